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
 * STIX 2.1 SDO {@code indicator}: Indicators contain a pattern that can be used to detect
 * suspicious or malicious cyber activity.
 *
 * <p>Properties follow the OASIS schema {@code sdos/indicator.json}; any other property (custom
 * {@code x_*} ones included) is kept in {@link #other()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(
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
    @JsonProperty("indicator_types") @Nullable List<String> indicatorTypes,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("pattern") @Nullable String pattern,
    @JsonProperty("pattern_type") @Nullable String patternType,
    @JsonProperty("pattern_version") @Nullable String patternVersion,
    @JsonProperty("valid_from") @Nullable String validFrom,
    @JsonProperty("valid_until") @Nullable String validUntil,
    @JsonProperty("kill_chain_phases") @Nullable List<KillChainPhase> killChainPhases,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  /** The {@code type} of this object. */
  public static final String TYPE = "indicator";

  public Indicator {
    other = StixObject.others(other);
  }
}
