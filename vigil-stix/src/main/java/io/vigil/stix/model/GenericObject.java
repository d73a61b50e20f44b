package io.vigil.stix.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A STIX object of a type without a record here: custom objects ({@code x-mitre-tactic}, {@code
 * x-mitre-matrix}) and spec types Vigil does not use ({@code location}, {@code course-of-action},
 * …). Everything but {@code type} and {@code id} stays in {@link #other()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenericObject(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other)
    implements StixObject {

  public GenericObject {
    other = StixObject.others(other);
  }

  @Override
  public @Nullable List<String> objectMarkingRefs() {
    JsonNode refs = other.get("object_marking_refs");
    if (refs == null || !refs.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    refs.forEach(r -> out.add(r.asString()));
    return out;
  }

  /** A text property from {@link #other()}, or null. */
  public @Nullable String text(String property) {
    JsonNode v = other.get(property);
    return v == null || !v.isString() ? null : v.asString();
  }
}
