package io.vigil.stix.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A pointer to information outside STIX ({@code common/external-reference.json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExternalReference(
    @JsonProperty("source_name") @Nullable String sourceName,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("url") @Nullable String url,
    @JsonProperty("hashes") @Nullable Map<String, String> hashes,
    @JsonProperty("external_id") @Nullable String externalId,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

  public ExternalReference {
    other = StixObject.others(other);
  }

  /** A reference with a source, an id and a URL. */
  public static ExternalReference of(String sourceName, String externalId, @Nullable String url) {
    return new ExternalReference(sourceName, null, url, null, externalId, Map.of());
  }
}
