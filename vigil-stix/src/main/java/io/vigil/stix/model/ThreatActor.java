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
 * STIX 2.1 SDO {@code threat-actor}: Threat Actors are actual individuals, groups, or organizations
 * believed to be operating with malicious intent.
 *
 * <p>Properties follow the OASIS schema {@code sdos/threat-actor.json}; any other property (custom
 * {@code x_*} ones included) is kept in {@link #other()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ThreatActor(
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
    @JsonProperty("threat_actor_types") @Nullable List<String> threatActorTypes,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("aliases") @Nullable List<String> aliases,
    @JsonProperty("roles") @Nullable List<String> roles,
    @JsonProperty("goals") @Nullable List<String> goals,
    @JsonProperty("first_seen") @Nullable String firstSeen,
    @JsonProperty("last_seen") @Nullable String lastSeen,
    @JsonProperty("sophistication") @Nullable String sophistication,
    @JsonProperty("resource_level") @Nullable String resourceLevel,
    @JsonProperty("primary_motivation") @Nullable String primaryMotivation,
    @JsonProperty("secondary_motivations") @Nullable List<String> secondaryMotivations,
    @JsonProperty("personal_motivations") @Nullable List<String> personalMotivations,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  /** The {@code type} of this object. */
  public static final String TYPE = "threat-actor";

  public ThreatActor {
    other = StixObject.others(other);
  }
}
