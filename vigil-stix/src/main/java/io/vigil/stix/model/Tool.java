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
 * STIX 2.1 SDO {@code tool}: Tools are legitimate software that can be used by threat actors to
 * perform attacks.
 *
 * <p>Properties follow the OASIS schema {@code sdos/tool.json}; any other property (custom {@code
 * x_*} ones included) is kept in {@link #other()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tool(
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
    @JsonProperty("aliases") @Nullable List<String> aliases,
    @JsonProperty("tool_types") @Nullable List<String> toolTypes,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("tool_version") @Nullable String toolVersion,
    @JsonProperty("kill_chain_phases") @Nullable List<KillChainPhase> killChainPhases,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  /** The {@code type} of this object. */
  public static final String TYPE = "tool";

  public Tool {
    other = StixObject.others(other);
  }
}
