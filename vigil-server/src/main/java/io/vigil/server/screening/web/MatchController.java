package io.vigil.server.screening.web;

import io.vigil.process.InvalidField;
import io.vigil.screening.EntitySchema;
import io.vigil.screening.ListEntity;
import io.vigil.screening.Outcome;
import io.vigil.screening.ScreeningQuery;
import io.vigil.screening.ScreeningResult;
import io.vigil.server.screening.SanctionsLists;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Screening over HTTP. {@code POST /api/match/{list}} takes and returns what OpenSanctions' yente
 * {@code /match} does — FollowTheMoney queries in a batch, results with {@code score}, {@code
 * match} and {@code features} — so that tools written for yente work with Vigil; each result also
 * carries Vigil's {@code explanation}. {@code GET /api/search} is the simple search for a person at
 * a desk.
 */
@RestController
class MatchController {
  private static final int MAX_QUERIES = 1000;
  private final SanctionsLists lists;

  MatchController(SanctionsLists lists) {
    this.lists = lists;
  }

  /** A FollowTheMoney query as yente takes it. */
  record EntityExample(@Nullable String schema, @Nullable Map<String, List<String>> properties) {}

  record MatchRequest(@Nullable Map<String, EntityExample> queries) {}

  @PostMapping("/api/match/{list}")
  Map<String, Object> match(
      @PathVariable String list,
      @RequestBody MatchRequest body,
      @RequestParam(required = false) @Nullable Double threshold,
      @RequestParam(defaultValue = "5") int limit) {
    if (body.queries() == null || body.queries().isEmpty()) {
      throw new InvalidField(
          "queries", "is required: an object of query id to FollowTheMoney entity example");
    }
    if (body.queries().size() > MAX_QUERIES) {
      throw new InvalidField(
          "queries",
          "has " + body.queries().size() + " queries; at most " + MAX_QUERIES + " per request");
    }
    if (limit < 1 || limit > 500) {
      throw new InvalidField("limit", "must be 1 to 500");
    }
    double t = threshold == null ? lists.defaultThreshold() : threshold;
    if (t < 0 || t > 1) {
      throw new InvalidField("threshold", "must be within 0..1");
    }
    List<String> names = names(list);
    Map<String, Object> responses = new LinkedHashMap<>();
    for (var e : body.queries().entrySet()) {
      List<ScreeningQuery> qs = queries(e.getKey(), e.getValue());
      ScreeningQuery q = qs.get(0);
      // every name of the query is screened; an entity keeps its best score. yente returns
      // candidates below the threshold too, with match=false; so do we, down to 0.1 below it
      Map<String, ScreeningResult> best = new LinkedHashMap<>();
      for (ScreeningQuery one : qs) {
        for (ScreeningResult r : lists.screen(list, one, Math.max(0, t - 0.1), limit)) {
          best.merge(r.list() + "|" + r.entity().id(), r, (x, y) -> x.score() >= y.score() ? x : y);
        }
      }
      List<ScreeningResult> rs =
          best.values().stream()
              .sorted(java.util.Comparator.comparingDouble(ScreeningResult::score).reversed())
              .limit(limit)
              .toList();
      List<Map<String, Object>> results = new ArrayList<>();
      for (ScreeningResult r : rs) {
        results.add(result(r, t));
      }
      Map<String, Object> resp = new LinkedHashMap<>();
      resp.put("status", 200);
      resp.put("results", results);
      resp.put("total", Map.of("value", results.size(), "relation", "eq"));
      resp.put(
          "query",
          Map.of(
              "id",
              e.getKey(),
              "schema",
              q.schema().ftmName(),
              "properties",
              e.getValue().properties() == null ? Map.of() : e.getValue().properties()));
      responses.put(e.getKey(), resp);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("responses", responses);
    out.put("matcher", Map.of("name", "vigil", "threshold", t, "datasets", names));
    out.put("limit", limit);
    return out;
  }

  @GetMapping("/api/search")
  Map<String, Object> search(
      @RequestParam String name,
      @RequestParam(defaultValue = "default") String list,
      @RequestParam(required = false) @Nullable String schema,
      @RequestParam(required = false) @Nullable String birthDate,
      @RequestParam(required = false) @Nullable String nationality,
      @RequestParam(defaultValue = "10") int limit) {
    if (limit < 1 || limit > 100) {
      throw new InvalidField("limit", "must be 1 to 100");
    }
    ScreeningQuery q;
    try {
      q =
          new ScreeningQuery(
              name,
              schema == null ? EntitySchema.UNKNOWN : EntitySchema.parse(schema),
              birthDate,
              nationality,
              List.of());
    } catch (IllegalArgumentException ex) {
      throw new InvalidField(fieldOf(ex.getMessage()), ex.getMessage());
    }
    double t = lists.defaultThreshold();
    List<Map<String, Object>> results = new ArrayList<>();
    for (ScreeningResult r : lists.screen(list, q, Math.max(0, t - 0.1), limit)) {
      results.add(result(r, t));
    }
    return Map.of("query", name, "threshold", t, "results", results);
  }

  @GetMapping("/api/lists")
  List<Map<String, Object>> inForce() {
    var store = lists.store();
    List<Map<String, Object>> out = new ArrayList<>();
    for (String n : store.names().stream().sorted().toList()) {
      store
          .list(n)
          .ifPresent(
              l ->
                  out.add(
                      Map.of(
                          "name",
                          n,
                          "version",
                          l.version(),
                          "entities",
                          l.entities().size(),
                          "importedAt",
                          l.importedAt().toString())));
    }
    return out;
  }

  private List<String> names(String list) {
    try {
      return lists.names(list);
    } catch (IllegalArgumentException e) {
      throw new io.vigil.process.RecordNotFound("list", list);
    }
  }

  private static List<ScreeningQuery> queries(String id, @Nullable EntityExample ex) {
    if (ex == null || ex.properties() == null) {
      throw new InvalidField("queries." + id + ".properties", "is required");
    }
    Map<String, List<String>> p = ex.properties();
    List<String> names = new ArrayList<>(p.getOrDefault("name", List.of()));
    if (names.isEmpty()) {
      throw new InvalidField("queries." + id + ".properties.name", "needs at least one name");
    }
    try {
      EntitySchema schema =
          ex.schema() == null ? EntitySchema.UNKNOWN : EntitySchema.parse(ex.schema());
      String birth = first(p, "birthDate");
      String nat = first(p, "nationality");
      if (nat.isEmpty()) {
        nat = first(p, "country");
      }
      List<String> ids = new ArrayList<>();
      for (String k :
          List.of("idNumber", "passportNumber", "taxNumber", "registrationNumber", "imoNumber")) {
        ids.addAll(p.getOrDefault(k, List.of()));
      }
      String b = birth.length() > 10 ? birth.substring(0, 10) : birth;
      List<ScreeningQuery> out = new ArrayList<>();
      for (String n : names.subList(0, Math.min(names.size(), 20))) {
        out.add(new ScreeningQuery(n, schema, b, nat, ids));
      }
      return out;
    } catch (IllegalArgumentException e) {
      throw new InvalidField("queries." + id + "." + fieldOf(e.getMessage()), e.getMessage());
    }
  }

  private static String first(Map<String, List<String>> p, String key) {
    List<String> v = p.get(key);
    return v == null || v.isEmpty() ? "" : v.get(0);
  }

  private static String fieldOf(@Nullable String message) {
    if (message == null) {
      return "name";
    }
    String w = message.split(" ")[0];
    return w.matches("[a-zA-Z]+") ? w : "name";
  }

  static Map<String, Object> result(ScreeningResult r, double threshold) {
    ListEntity e = r.entity();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("caption", e.caption());
    m.put("schema", e.schema().ftmName());
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("name", e.names());
    if (!e.weakAliases().isEmpty()) {
      props.put("weakAlias", e.weakAliases());
    }
    if (!e.birthDates().isEmpty()) {
      props.put("birthDate", e.birthDates());
    }
    if (!e.countries().isEmpty()) {
      props.put("country", e.countries());
    }
    props.put("program", e.programs());
    m.put("properties", props);
    m.put("datasets", List.of(r.list()));
    m.put("score", Math.round(r.score() * 1000) / 1000.0);
    m.put("match", r.outcome() instanceof Outcome.Match);
    m.put(
        "outcome",
        switch (r.outcome()) {
          case Outcome.Match x -> "match";
          case Outcome.PossibleMatch x -> "possible-match";
          case Outcome.NoMatch x -> "no-match";
        });
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("name_score", r.explanation().nameScore());
    for (var a : r.explanation().adjustments()) {
      features.put(a.feature(), a.delta());
    }
    m.put("features", features);
    m.put("explanation", r.explanation());
    m.put("summary", r.explanation().summary());
    return m;
  }
}
