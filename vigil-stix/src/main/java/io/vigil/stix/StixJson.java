package io.vigil.stix;

import io.vigil.stix.model.Bundle;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/*
 * Design note. One Jackson 3 mapper for STIX: unknown properties never fail (every record has an
 * any-setter map for them), floats are read as BigDecimal so that numbers in custom properties
 * come back digit for digit, and records are written with NON_NULL so that absent properties stay
 * absent. The object type is chosen from the "type" property (StixObject's @JsonSubTypes), with
 * GenericObject for any other type. Sources: Jackson 3 databind docs (@JsonAnySetter on record
 * components, EXISTING_PROPERTY type ids); STIX 2.1 §3 (common properties), §11 (customization).
 */

/**
 * Reads and writes STIX 2.1 JSON with the typed model. Unknown and custom properties are kept
 * ({@code other()} of every record), so {@code write(read(x))} has the same JSON tree as {@code x}.
 */
public final class StixJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private StixJson() {}

  /** The mapper used for STIX (Jackson 3). */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** Parses a bundle; throws {@link JacksonException} on bad JSON or a wrongly typed property. */
  public static Bundle read(byte[] json) {
    return MAPPER.readValue(json, Bundle.class);
  }

  /** Converts a parsed tree to the typed bundle. */
  public static Bundle read(JsonNode tree) {
    return MAPPER.treeToValue(tree, Bundle.class);
  }

  /** The bundle as a JSON tree. */
  public static JsonNode tree(Bundle bundle) {
    return MAPPER.valueToTree(bundle);
  }

  /** The bundle as pretty-printed UTF-8 JSON. */
  public static byte[] write(Bundle bundle) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(bundle);
  }
}
