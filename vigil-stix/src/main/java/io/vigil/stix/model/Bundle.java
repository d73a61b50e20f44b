package io.vigil.stix.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A STIX 2.1 bundle: an id and the objects it carries, in their order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Bundle(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("objects") List<StixObject> objects,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

  public Bundle {
    objects = objects == null ? List.of() : List.copyOf(objects);
    other = StixObject.others(other);
  }

  /** A bundle of {@code objects}. */
  public static Bundle of(String id, List<StixObject> objects) {
    return new Bundle("bundle", id, objects, Map.of());
  }

  /** The objects of one record type, in bundle order. */
  public <T extends StixObject> List<T> all(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The object with this id, if the bundle carries it. */
  public Optional<StixObject> find(String stixId) {
    return objects.stream().filter(o -> o.id().equals(stixId)).findFirst();
  }
}
