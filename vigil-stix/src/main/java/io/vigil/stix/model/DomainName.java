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
 * STIX 2.1 SCO {@code domain-name}: The Domain Name represents the properties of a network domain
 * name.
 *
 * <p>Properties follow the OASIS schema {@code observables/domain-name.json}; any other property
 * (custom {@code x_*} ones included) is kept in {@link #other()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DomainName(
    @JsonProperty("type") String type,
    @JsonProperty("spec_version") @Nullable String specVersion,
    @JsonProperty("id") String id,
    @JsonProperty("object_marking_refs") @Nullable List<String> objectMarkingRefs,
    @JsonProperty("granular_markings") @Nullable List<GranularMarking> granularMarkings,
    @JsonProperty("defanged") @Nullable Boolean defanged,
    @JsonProperty("extensions") @Nullable Map<String, JsonNode> extensions,
    @JsonProperty("value") @Nullable String value,
    @JsonProperty("resolves_to_refs") @Nullable List<String> resolvesToRefs,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  /** The {@code type} of this object. */
  public static final String TYPE = "domain-name";

  public DomainName {
    other = StixObject.others(other);
  }
}
