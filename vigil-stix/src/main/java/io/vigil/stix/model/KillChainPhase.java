package io.vigil.stix.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A phase of a kill chain, e.g. {@code mitre-attack / initial-access}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KillChainPhase(
    @JsonProperty("kill_chain_name") String killChainName,
    @JsonProperty("phase_name") String phaseName,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

  public KillChainPhase {
    other = StixObject.others(other);
  }
}
