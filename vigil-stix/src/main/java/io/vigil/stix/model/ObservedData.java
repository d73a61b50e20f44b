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
 * STIX 2.1 SDO {@code observed-data}: Observed data conveys information that was observed on
 * systems and networks, such as log data or network traffic, using the Cyber Observable
 * specification.
 *
 * <p>Properties follow the OASIS schema {@code sdos/observed-data.json}; any other property (custom
 * {@code x_*} ones included) is kept in {@link #other()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservedData(
    @JsonProperty("type") String type,
    @JsonProperty("spec_version") @Nullable String specVersion,
    @JsonProperty("id") String id,
    @JsonProperty("created_by_ref") @Nullable String createdByRef,
    @JsonProperty("created") @Nullable String created,
    @JsonProperty("modified") @Nullable String modified,
    @JsonProperty("labels") @Nullable List<String> labels,
    @JsonProperty("revoked") @Nullable Boolean revoked,
    @JsonProperty("confidence") @Nullable Integer confidence,
    @JsonProperty("lang") @Nullable String lang,
    @JsonProperty("external_references") @Nullable List<ExternalReference> externalReferences,
    @JsonProperty("object_marking_refs") @Nullable List<String> objectMarkingRefs,
    @JsonProperty("granular_markings") @Nullable List<GranularMarking> granularMarkings,
    @JsonProperty("extensions") @Nullable Map<String, JsonNode> extensions,
    @JsonProperty("first_observed") @Nullable String firstObserved,
    @JsonProperty("last_observed") @Nullable String lastObserved,
    @JsonProperty("number_observed") @Nullable Integer numberObserved,
    @JsonProperty("objects") @Nullable JsonNode objects,
    @JsonProperty("object_refs") @Nullable List<String> objectRefs,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  /** The {@code type} of this object. */
  public static final String TYPE = "observed-data";

  public ObservedData {
    other = StixObject.others(other);
  }
}
