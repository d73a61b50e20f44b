package io.vigil.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Design note: the facade the CLI and the server call. It indexes every strong name and weak alias
 * of every entity of the given lists (see NameIndex), scores the candidates the index returns with
 * NameScorer, takes the best name per entity (weak aliases count x0.9, as yente's weak_alias
 * feature weighs 0.8 against 1.0 for names), then adds secondary evidence the way yente's logic-v2
 * qualifiers do: a shared identifier is strong evidence (score at least 0.95), a shared birth date
 * or nationality raises the score a little, a contradicting birth year or nationality lowers it.
 * A query of one schema never matches a party of an incompatible one (a person is not a vessel).
 * Immutable after construction and safe for concurrent queries.
 */
/** Screens names against one or more lists through an index. Thread-safe. */
public final class Screener {
  /** Candidates scored in full per query form. */
  static final int CANDIDATES = 64;

  private final List<ListEntity> entities = new ArrayList<>();
  private final List<String> entityList = new ArrayList<>();
  private final Map<String, List<Integer>> byIdentifier = new HashMap<>();
  private final NameIndex index = new NameIndex();

  private Screener(Collection<SanctionsList> lists) {
    for (SanctionsList list : lists) {
      for (ListEntity e : list.entities()) {
        int id = entities.size();
        entities.add(e);
        entityList.add(list.name());
        for (String n : e.names()) {
          index.add(n, e.schema(), id, false);
        }
        for (String n : e.weakAliases()) {
          index.add(n, e.schema(), id, true);
        }
        for (Identifier i : e.identifiers()) {
          if (i.key().length() >= 5) {
            byIdentifier.computeIfAbsent(i.key(), k -> new ArrayList<>()).add(id);
          }
        }
      }
    }
  }

  /** Builds the index over the lists. */
  public static Screener of(Collection<SanctionsList> lists) {
    return new Screener(lists);
  }

  /** Number of indexed names (all Latin forms of all names and aliases). */
  public int indexedNames() {
    return index.size();
  }

  /** Number of entities. */
  public int entities() {
    return entities.size();
  }

  /**
   * Listed parties scoring at least {@code threshold} against the query, best first, at most {@code
   * limit}.
   */
  public List<ScreeningResult> screen(ScreeningQuery query, double threshold, int limit) {
    return screen(query, threshold, limit, false);
  }

  List<ScreeningResult> screen(
      ScreeningQuery query, double threshold, int limit, boolean exhaustive) {
    if (threshold < 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be within 0..1, was " + threshold);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    List<PreparedName> forms = PreparedName.of(query.name(), query.schema());
    Map<Integer, Best> best = new HashMap<>();
    // birth date and nationality can add at most 0.08 to a name's score; without them, nothing
    boolean evidence = !query.birthDate().isEmpty() || !query.nationality().isEmpty();
    double floor = Math.max(0, threshold - (evidence ? 0.08 : 0));
    for (PreparedName q : forms) {
      int[] cands = exhaustive ? index.allNames() : index.candidates(q, floor, CANDIDATES);
      for (int name : cands) {
        int entity = index.entityOf(name);
        ListEntity e = entities.get(entity);
        if (!query.schema().compatibleWith(e.schema())) {
          continue;
        }
        PreparedName c = index.prepared(name);
        if (!PreparedName.comparable(q, c)) {
          continue;
        }
        NameScorer.Alignment a = NameScorer.align(q, c, false);
        double s = a.score() * (index.isWeak(name) ? 0.9 : 1.0);
        Best b = best.get(entity);
        if (b == null || s > b.score) {
          best.put(entity, new Best(s, q, name));
        }
      }
    }
    // identifier hits even when the name is far off
    for (String idText : query.identifiers()) {
      for (int entity : byIdentifier.getOrDefault(Identifier.normalize(idText), List.of())) {
        best.putIfAbsent(entity, new Best(0, forms.isEmpty() ? null : forms.get(0), -1));
      }
    }
    String queryCountry = query.nationality().isEmpty() ? "" : Countries.code(query.nationality());
    List<ScreeningResult> out = new ArrayList<>();
    for (Map.Entry<Integer, Best> en : best.entrySet()) {
      Best b = en.getValue();
      if (b.score < floor && b.name >= 0) {
        continue;
      }
      ListEntity e = entities.get(en.getKey());
      List<Explanation.Adjustment> adj = adjustments(query, queryCountry, e);
      double score = b.score;
      for (Explanation.Adjustment a : adj) {
        score += a.delta();
      }
      if (adj.stream().anyMatch(a -> a.feature().equals("id_match"))) {
        score = Math.max(score, 0.95);
      }
      score = NameScorer.round(Math.max(0, Math.min(1, score)));
      if (score < threshold) {
        continue;
      }
      Explanation x = explain(query, b, e, adj, score);
      out.add(
          new ScreeningResult(
              entityList.get(en.getKey()), e, score, Outcome.of(score, threshold), x));
    }
    out.sort(
        Comparator.comparingDouble(ScreeningResult::score)
            .reversed()
            .thenComparing(r -> r.entity().id()));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  private record Best(double score, PreparedName query, int name) {}

  private Explanation explain(
      ScreeningQuery query, Best b, ListEntity e, List<Explanation.Adjustment> adj, double score) {
    if (b.name < 0 || b.query == null) {
      return new Explanation(
          query.name(), e.caption(), false, "none", List.of(), List.of(), List.of(), 0, adj, score);
    }
    PreparedName c = index.prepared(b.name);
    NameScorer.Alignment a = NameScorer.align(b.query, c, true);
    boolean weak = index.isWeak(b.name);
    String how = b.query.how;
    if (!c.how.equals("latin")) {
      how = how + " / list name " + c.how;
    }
    return new Explanation(
        query.name(),
        index.original(b.name),
        weak,
        how,
        a.tokens(),
        a.unmatchedQuery(),
        a.unmatchedName(),
        NameScorer.round(b.score),
        adj,
        score);
  }

  static List<Explanation.Adjustment> adjustments(ScreeningQuery q, String cc, ListEntity e) {
    List<Explanation.Adjustment> out = new ArrayList<>();
    if (!q.identifiers().isEmpty()) {
      for (String id : q.identifiers()) {
        String key = Identifier.normalize(id);
        for (Identifier i : e.identifiers()) {
          if (key.length() >= 5 && key.equals(i.key())) {
            out.add(new Explanation.Adjustment("id_match", 0.3, i.type() + " " + i.value()));
          }
        }
      }
    }
    if (!q.birthDate().isEmpty() && !e.birthDates().isEmpty()) {
      String qd = q.birthDate();
      boolean exact = false;
      boolean year = false;
      boolean near = false;
      int qy = Integer.parseInt(qd.substring(0, 4));
      for (String d : e.birthDates()) {
        if (d.length() < 4 || !Character.isDigit(d.charAt(0))) {
          continue;
        }
        if (qd.length() == 10 && d.equals(qd)) {
          exact = true;
        }
        int ey;
        try {
          ey = Integer.parseInt(d.substring(0, 4));
        } catch (NumberFormatException ex) {
          continue;
        }
        if (ey == qy) {
          year = true;
          if (d.length() == 10 && qd.length() == 10 && !d.equals(qd)) {
            near = true;
          }
        } else if (Math.abs(ey - qy) <= 1) {
          near = true;
        }
      }
      if (exact) {
        out.add(new Explanation.Adjustment("birth_date_match", 0.05, qd));
      } else if (year && !near) {
        out.add(new Explanation.Adjustment("birth_year_match", 0.02, qd));
      } else if (year || near) {
        out.add(
            new Explanation.Adjustment(
                "birth_date_near", -0.05, qd + " vs " + String.join(", ", e.birthDates())));
      } else {
        out.add(
            new Explanation.Adjustment(
                "birth_date_mismatch", -0.15, qd + " vs " + String.join(", ", e.birthDates())));
      }
    }
    if (!cc.isEmpty() && !e.countries().isEmpty()) {
      {
        if (e.countries().contains(cc)) {
          out.add(new Explanation.Adjustment("country_match", 0.03, cc));
        } else {
          out.add(
              new Explanation.Adjustment(
                  "country_mismatch", -0.1, cc + " vs " + String.join(", ", e.countries())));
        }
      }
    }
    return out;
  }
}
