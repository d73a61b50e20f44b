package io.vigil.stix.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A marking (or a language) applied to selected properties of an object. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GranularMarking(
    @JsonProperty("selectors") List<String> selectors,
    @JsonProperty("lang") @Nullable String lang,
    @JsonProperty("marking_ref") @Nullable String markingRef,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

  public GranularMarking {
    selectors = selectors == null ? List.of() : List.copyOf(selectors);
    other = StixObject.others(other);
  }
}
