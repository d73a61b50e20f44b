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
 * STIX 2.1 SDO {@code identity}: Identities can represent actual individuals, organizations, or
 * groups (e.g., ACME, Inc.) as well as classes of individuals, organizations, or groups.
 *
 * <p>Properties follow the OASIS schema {@code sdos/identity.json}; any other property (custom
 * {@code x_*} ones included) is kept in {@link #other()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Identity(
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
    @JsonProperty("roles") @Nullable List<String> roles,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("identity_class") @Nullable String identityClass,
    @JsonProperty("sectors") @Nullable List<String> sectors,
    @JsonProperty("contact_information") @Nullable String contactInformation,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  /** The {@code type} of this object. */
  public static final String TYPE = "identity";

  public Identity {
    other = StixObject.others(other);
  }
}
