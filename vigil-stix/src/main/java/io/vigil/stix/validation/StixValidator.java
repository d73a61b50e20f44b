package io.vigil.stix.validation;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.ResourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/*
 * Design note. Validates STIX 2.1 bundles against the OASIS cti-stix2-json-schemas (stix2.1 branch,
 * JSON Schema draft 2020-12) with networknt json-schema-validator 3.x, offline: the schemas' $id
 * prefix (raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/) is mapped to
 * a local folder, and remote fetching is off, so validation never touches the network.
 *
 * The bundle is not validated through common/bundle.json as one document: that schema puts every
 * object under an anyOf/oneOf over ~35 object schemas, so one bad property produces dozens of
 * errors from the schemas the object was never meant to match, and it does not list grouping,
 * incident, location, note, opinion or extension-definition at all (they pass only as "custom"
 * objects against core.json). Instead the envelope is checked here (type, id, a non-empty objects
 * array, as bundle.json requires), and each object is validated against the schema of its own
 * type, so that an error names the object (index, type, id) and the property path. A type the
 * schemas do not define is a custom object and is validated as bundle.json does it: against
 * core.json (SDO/SRO: it has `created`) or cyber-observable-core.json (SCO), and its type must not
 * be a spec type. Sources: STIX 2.1 OASIS Standard §3 (common properties), §5 (custom objects),
 * the schemas' README; networknt docs (schema id resolvers, `fetchRemoteResources`).
 */

/** Validates STIX 2.1 bundles against the OASIS schemas in a local folder. */
public final class StixValidator {

  /** The prefix of every {@code $id} in the OASIS STIX 2.1 schemas. */
  public static final String SCHEMA_PREFIX =
      "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

  private static final String HTTPS_PREFIX = "https" + SCHEMA_PREFIX.substring(4);

  /** Where the schemas live below the shared data folder. */
  public static final String SHARED_SCHEMAS = "frameworks/stix21-json-schemas/schemas";

  private static final Pattern BUNDLE_ID =
      Pattern.compile(
          "^bundle--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SchemaRegistry registry;
  private final Map<String, String> schemaOfType;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private StixValidator(Path schemasFolder) {
    if (!Files.isDirectory(schemasFolder.resolve("common"))) {
      throw new IllegalArgumentException(
          "no STIX 2.1 schemas in " + schemasFolder + " (expected common/, sdos/, sros/…)");
    }
    Path root = schemasFolder.toAbsolutePath().normalize();
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaLoader(
                    l ->
                        l.fetchRemoteResources(false)
                            .resourceLoaders(r -> r.values(list -> list.addFirst(local(root))))));
    this.schemaOfType = typeSchemas(schemasFolder);
  }

  /** Serves the schemas' {@code $id} addresses from the local folder, and nothing else. */
  private static ResourceLoader local(Path root) {
    return iri -> {
      String s = iri.toString();
      String rest =
          s.startsWith(SCHEMA_PREFIX)
              ? s.substring(SCHEMA_PREFIX.length())
              : s.startsWith(HTTPS_PREFIX) ? s.substring(HTTPS_PREFIX.length()) : null;
      if (rest == null) {
        return null;
      }
      Path file = root.resolve(rest).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        return null;
      }
      return () -> Files.newInputStream(file);
    };
  }

  /** A validator over the schemas folder (the one holding {@code common/}, {@code sdos/}, …). */
  public static StixValidator offline(Path schemasFolder) {
    return new StixValidator(schemasFolder);
  }

  /** A validator over {@code <sharedData>/frameworks/stix21-json-schemas/schemas}. */
  public static StixValidator fromSharedData(Path sharedDataFolder) {
    return new StixValidator(sharedDataFolder.resolve(SHARED_SCHEMAS));
  }

  private static Map<String, String> typeSchemas(Path folder) {
    Map<String, String> m = new ConcurrentHashMap<>();
    for (String dir : List.of("sdos", "sros", "observables")) {
      try (var files = Files.list(folder.resolve(dir))) {
        files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".json"))
            .forEach(n -> m.put(n.substring(0, n.length() - 5), dir + "/" + n));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot list the schemas in " + folder, e);
      }
    }
    m.put("marking-definition", "common/marking-definition.json");
    m.put("language-content", "common/language-content.json");
    m.put("extension-definition", "common/extension-definition.json");
    return Map.copyOf(m);
  }

  /** The object types that have a schema of their own. */
  public Set<String> knownTypes() {
    return schemaOfType.keySet();
  }

  /** Validates a bundle given as JSON text (UTF-8); a syntax error is reported as a violation. */
  public ValidationReport validate(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      return new ValidationReport(
          0,
          List.of(
              new StixViolation(
                  -1, null, null, "$", "is not JSON: " + e.getOriginalMessage() + location(e))));
    }
    return validate(root);
  }

  private static String location(JacksonException e) {
    var loc = e.getLocation();
    return loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
  }

  /** Validates a parsed bundle. */
  public ValidationReport validate(JsonNode bundle) {
    List<StixViolation> out = new ArrayList<>();
    if (bundle == null || !bundle.isObject()) {
      return new ValidationReport(
          0, List.of(new StixViolation(-1, null, null, "$", "a bundle must be a JSON object")));
    }
    JsonNode type = bundle.get("type");
    if (type == null || !"bundle".equals(type.asString(null))) {
      out.add(new StixViolation(-1, null, null, "$.type", "must be \"bundle\""));
    }
    JsonNode id = bundle.get("id");
    if (id == null || !id.isString() || !BUNDLE_ID.matcher(id.asString()).matches()) {
      out.add(
          new StixViolation(
              -1,
              null,
              null,
              "$.id",
              "must be bundle--<UUID> (was " + (id == null ? "missing" : id) + ")"));
    }
    JsonNode objects = bundle.get("objects");
    if (objects == null) {
      return new ValidationReport(0, out);
    }
    if (!objects.isArray() || objects.isEmpty()) {
      out.add(new StixViolation(-1, null, null, "$.objects", "must be a non-empty array"));
      return new ValidationReport(0, out);
    }
    for (int i = 0; i < objects.size(); i++) {
      out.addAll(validateObject(i, objects.get(i)));
    }
    return new ValidationReport(objects.size(), out);
  }

  /** Validates one object; {@code index} is its place in the bundle (used in the messages). */
  public List<StixViolation> validateObject(int index, JsonNode object) {
    if (!object.isObject()) {
      return List.of(new StixViolation(index, null, null, "$", "an object must be a JSON object"));
    }
    String type = text(object, "type");
    String id = text(object, "id");
    if (type == null) {
      return List.of(new StixViolation(index, null, id, "$.type", "is required"));
    }
    String file = schemaOfType.get(type);
    List<StixViolation> out = new ArrayList<>();
    if (file == null) {
      file = object.has("created") ? "common/core.json" : "common/cyber-observable-core.json";
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Error e : schema(file).validate(object)) {
      String path = e.getInstanceLocation() == null ? "$" : e.getInstanceLocation().toString();
      String message = e.getMessage();
      if (seen.add(path + "\u0000" + message)) {
        out.add(new StixViolation(index, type, id, path, message));
      }
    }
    return out;
  }

  private Schema schema(String file) {
    return schemas.computeIfAbsent(
        file, f -> registry.getSchema(SchemaLocation.of(SCHEMA_PREFIX + f)));
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isString() ? v.asString() : null;
  }
}
