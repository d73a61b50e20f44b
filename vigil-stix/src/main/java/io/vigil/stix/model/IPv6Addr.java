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
 * STIX 2.1 SCO {@code ipv6-addr}: The IPv6 Address Object represents one or more IPv6 addresses
 * expressed using CIDR notation.
 *
 * <p>Properties follow the OASIS schema {@code observables/ipv6-addr.json}; any other property
 * (custom {@code x_*} ones included) is kept in {@link #other()} and written back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IPv6Addr(
    @JsonProperty("type") String type,
    @JsonProperty("spec_version") @Nullable String specVersion,
    @JsonProperty("id") String id,
    @JsonProperty("object_marking_refs") @Nullable List<String> objectMarkingRefs,
    @JsonProperty("granular_markings") @Nullable List<GranularMarking> granularMarkings,
    @JsonProperty("defanged") @Nullable Boolean defanged,
    @JsonProperty("extensions") @Nullable Map<String, JsonNode> extensions,
    @JsonProperty("value") @Nullable String value,
    @JsonProperty("resolves_to_refs") @Nullable List<String> resolvesToRefs,
    @JsonProperty("belongs_to_refs") @Nullable List<String> belongsToRefs,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  /** The {@code type} of this object. */
  public static final String TYPE = "ipv6-addr";

  public IPv6Addr {
    other = StixObject.others(other);
  }
}
