package io.vigil.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/*
 * Design note: FollowTheMoney (OpenSanctions' data model, followthemoney.tech) exchanges entities as
 * JSON lines {"id", "schema", "properties": {prop: [values]}}; delta files wrap them as
 * {"op": "ADD"|"MOD"|"DEL", "entity": {...}}. Only matchable schemata become list entities
 * (Person, Organization, Company, PublicBody, LegalEntity, Vessel, Airplane); Sanction entities
 * lend their program to the entity they point at; other schemata (Address, Ownership, ...) are
 * skipped. Lines are streamed; any line that is not a JSON object with an id and a schema rejects
 * the file with its line number. Strict UTF-8 (RFC 8259).
 */
final class FollowTheMoney {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Set<String> NAME_PROPS = Set.of("name", "alias", "previousName");
  private static final Set<String> COUNTRY_PROPS =
      Set.of("nationality", "citizenship", "country", "jurisdiction", "mainCountry", "flag");
  private static final Set<String> ID_PROPS =
      Set.of(
          "idNumber",
          "passportNumber",
          "registrationNumber",
          "taxNumber",
          "innCode",
          "ogrnCode",
          "imoNumber",
          "mmsi",
          "swiftBic",
          "leiCode",
          "vatCode",
          "okpoCode",
          "kppCode",
          "uniqueEntityId",
          "dunsCode",
          "callSign",
          "serialNumber",
          "icaoCode",
          "permId",
          "bikCode",
          "npiCode",
          "isin");

  private FollowTheMoney() {}

  static SanctionsList read(Path file, String listName, Clock clock) {
    Map<String, ListEntity> entities = new LinkedHashMap<>();
    apply(file, entities);
    return new SanctionsList(
        listName, file.getFileName().toString(), clock.instant(), List.copyOf(entities.values()));
  }

  /** Applies a file of entities or delta operations to a map of entities by id. */
  static void apply(Path file, Map<String, ListEntity> entities) {
    Map<String, List<String>> programsByEntity = new HashMap<>();
    Map<String, ListEntity> staged = new LinkedHashMap<>(entities);
    try (BufferedReader in =
        new BufferedReader(
            new java.io.InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      long n = 0;
      boolean any = false;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JacksonException e) {
          throw new ListFileRejected(
              file.toString(), n, "not a JSON object: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
          throw new ListFileRejected(file.toString(), n, "not a JSON object");
        }
        String op = "ADD";
        JsonNode entity = node;
        if (node.has("op") && node.has("entity")) {
          op = node.get("op").asString();
          entity = node.get("entity");
        }
        String id = text(entity, "id");
        String schema = text(entity, "schema");
        if (id.isEmpty()) {
          throw new ListFileRejected(file.toString(), n, "entity without an id");
        }
        any = true;
        if (op.equals("DEL")) {
          staged.remove(id);
          continue;
        }
        if (!op.equals("ADD") && !op.equals("MOD")) {
          throw new ListFileRejected(file.toString(), n, "unknown delta op '" + op + "'");
        }
        if (schema.isEmpty()) {
          throw new ListFileRejected(file.toString(), n, "entity " + id + " without a schema");
        }
        JsonNode props = entity.path("properties");
        if (schema.equals("Sanction")) {
          for (String target : values(props, "entity")) {
            List<String> progs = programsByEntity.computeIfAbsent(target, k -> new ArrayList<>());
            progs.addAll(values(props, "programId"));
            if (values(props, "programId").isEmpty()) {
              progs.addAll(values(props, "program"));
            }
          }
          continue;
        }
        EntitySchema s = schemaOf(schema);
        if (s == null) {
          continue;
        }
        ListEntity e = toEntity(id, s, entity, props);
        if (e != null) {
          staged.put(id, e);
        }
      }
      if (!any) {
        throw new ListFileRejected(file.toString(), 0, "no entities");
      }
    } catch (CharacterCodingException e) {
      throw new ListFileRejected(file.toString(), 0, "not UTF-8: " + e.getMessage());
    } catch (java.io.UncheckedIOException | IOException e) {
      throw new ListFileRejected(file.toString(), 0, "cannot read: " + e.getMessage());
    }
    for (Map.Entry<String, List<String>> p : programsByEntity.entrySet()) {
      ListEntity e = staged.get(p.getKey());
      if (e != null) {
        List<String> progs = new ArrayList<>(e.programs());
        progs.addAll(p.getValue());
        staged.put(
            e.id(),
            new ListEntity(
                e.id(),
                e.schema(),
                e.caption(),
                e.names(),
                e.weakAliases(),
                e.birthDates(),
                e.countries(),
                e.identifiers(),
                progs,
                e.remarks()));
      }
    }
    entities.clear();
    entities.putAll(staged);
  }

  static EntitySchema schemaOf(String schema) {
    return switch (schema) {
      case "Person" -> EntitySchema.PERSON;
      case "Organization", "Company", "PublicBody" -> EntitySchema.ORGANIZATION;
      case "LegalEntity" -> EntitySchema.UNKNOWN;
      case "Vessel" -> EntitySchema.VESSEL;
      case "Airplane" -> EntitySchema.AIRCRAFT;
      default -> null;
    };
  }

  private static ListEntity toEntity(String id, EntitySchema s, JsonNode entity, JsonNode props) {
    List<String> names = new ArrayList<>();
    for (String p : NAME_PROPS) {
      names.addAll(values(props, p));
    }
    String caption = text(entity, "caption");
    if (caption.isEmpty()) {
      caption = names.isEmpty() ? "" : names.get(0);
    }
    if (caption.isEmpty()) {
      return null;
    }
    List<String> countries = new ArrayList<>();
    for (String p : COUNTRY_PROPS) {
      for (String c : values(props, p)) {
        String cc = Countries.code(c);
        if (!cc.isEmpty()) {
          countries.add(cc);
        }
      }
    }
    List<Identifier> ids = new ArrayList<>();
    for (String p : ID_PROPS) {
      for (String v : values(props, p)) {
        if (!v.isBlank()) {
          ids.add(new Identifier(p, v, ""));
        }
      }
    }
    List<String> programs = new ArrayList<>(values(props, "programId"));
    programs.addAll(values(props, "program"));
    return new ListEntity(
        id,
        s,
        caption,
        names,
        values(props, "weakAlias"),
        values(props, "birthDate"),
        countries,
        ids,
        programs,
        String.join(" ", values(props, "notes")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asString();
  }

  private static List<String> values(JsonNode props, String field) {
    JsonNode v = props.get(field);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isArray()) {
      for (JsonNode x : v) {
        if (x.isString()) {
          out.add(x.asString());
        }
      }
    } else if (v.isString()) {
      out.add(v.asString());
    }
    return out;
  }

  /** One FollowTheMoney JSON object for an entity. */
  static ObjectNode toJson(ListEntity e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", e.id());
    o.put("schema", e.schema().ftmName());
    o.put("caption", e.caption());
    ObjectNode p = o.putObject("properties");
    array(p, "name", List.of(e.caption()));
    List<String> aliases = new ArrayList<>(e.names().subList(1, e.names().size()));
    array(p, "alias", aliases);
    array(p, "weakAlias", e.weakAliases());
    if (e.schema() == EntitySchema.PERSON) {
      array(p, "birthDate", e.birthDates());
      array(p, "nationality", e.countries());
    } else {
      array(p, "country", e.countries());
    }
    List<String> idValues = new ArrayList<>();
    for (Identifier i : e.identifiers()) {
      idValues.add(i.value());
    }
    array(p, "idNumber", idValues);
    array(p, "program", e.programs());
    array(p, "topics", List.of("sanction"));
    if (!e.remarks().isEmpty()) {
      array(p, "notes", List.of(e.remarks()));
    }
    return o;
  }

  private static void array(ObjectNode p, String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    ArrayNode a = p.putArray(name);
    values.forEach(a::add);
  }

  static void write(List<ListEntity> entities, Writer out) throws IOException {
    for (ListEntity e : entities) {
      out.write(JSON.writeValueAsString(toJson(e)));
      out.write('\n');
    }
  }
}
