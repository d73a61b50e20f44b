package io.vigil.stix.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * STIX 2.1 SCO {@code file}: The File Object represents the properties of a file.
 *
 * <p>Properties follow the OASIS schema {@code observables/file.json}; any other property (custom
 * {@code x_*} ones included) is kept in {@link #other()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record File(
    @JsonProperty("type") String type,
    @JsonProperty("spec_version") @Nullable String specVersion,
    @JsonProperty("id") String id,
    @JsonProperty("object_marking_refs") @Nullable List<String> objectMarkingRefs,
    @JsonProperty("granular_markings") @Nullable List<GranularMarking> granularMarkings,
    @JsonProperty("defanged") @Nullable Boolean defanged,
    @JsonProperty("extensions") @Nullable Map<String, JsonNode> extensions,
    @JsonProperty("hashes") @Nullable Map<String, String> hashes,
    @JsonProperty("size") @Nullable Long size,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("name_enc") @Nullable String nameEnc,
    @JsonProperty("magic_number_hex") @Nullable String magicNumberHex,
    @JsonProperty("mime_type") @Nullable String mimeType,
    @JsonProperty("ctime") @Nullable String ctime,
    @JsonProperty("mtime") @Nullable String mtime,
    @JsonProperty("atime") @Nullable String atime,
    @JsonProperty("parent_directory_ref") @Nullable String parentDirectoryRef,
    @JsonProperty("contains_refs") @Nullable List<String> containsRefs,
    @JsonProperty("content_ref") @Nullable String contentRef,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  /** The {@code type} of this object. */
  public static final String TYPE = "file";

  public File {
    other = StixObject.others(other);
  }
}
