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
 * STIX 2.1 {@code marking-definition}: a TLP 1.0 marking ({@code definition_type: tlp}), a
 * statement ({@code definition_type: statement}), or an extension-defined marking such as the TLP
 * 2.0 ones (extension {@code extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d}).
 * Properties follow {@code common/marking-definition.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MarkingDefinition(
    @JsonProperty("type") String type,
    @JsonProperty("spec_version") @Nullable String specVersion,
    @JsonProperty("id") String id,
    @JsonProperty("created_by_ref") @Nullable String createdByRef,
    @JsonProperty("created") @Nullable String created,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("definition_type") @Nullable String definitionType,
    @JsonProperty("definition") @Nullable JsonNode definition,
    @JsonProperty("external_references") @Nullable List<ExternalReference> externalReferences,
    @JsonProperty("object_marking_refs") @Nullable List<String> objectMarkingRefs,
    @JsonProperty("granular_markings") @Nullable List<GranularMarking> granularMarkings,
    @JsonProperty("extensions") @Nullable Map<String, JsonNode> extensions,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  /** The {@code type} of this object. */
  public static final String TYPE = "marking-definition";

  public MarkingDefinition {
    other = StixObject.others(other);
  }
}
