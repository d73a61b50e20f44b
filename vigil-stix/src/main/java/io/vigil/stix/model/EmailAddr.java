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
 * STIX 2.1 SCO {@code email-addr}: The Email Address Object represents a single email address.
 *
 * <p>Properties follow the OASIS schema {@code observables/email-addr.json}; any other property
 * (custom {@code x_*} ones included) is kept in {@link #other()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmailAddr(
    @JsonProperty("type") String type,
    @JsonProperty("spec_version") @Nullable String specVersion,
    @JsonProperty("id") String id,
    @JsonProperty("object_marking_refs") @Nullable List<String> objectMarkingRefs,
    @JsonProperty("granular_markings") @Nullable List<GranularMarking> granularMarkings,
    @JsonProperty("defanged") @Nullable Boolean defanged,
    @JsonProperty("extensions") @Nullable Map<String, JsonNode> extensions,
    @JsonProperty("value") @Nullable String value,
    @JsonProperty("display_name") @Nullable String displayName,
    @JsonProperty("belongs_to_ref") @Nullable String belongsToRef,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  /** The {@code type} of this object. */
  public static final String TYPE = "email-addr";

  public EmailAddr {
    other = StixObject.others(other);
  }
}
