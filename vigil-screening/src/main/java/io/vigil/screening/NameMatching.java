package io.vigil.screening;

import java.util.List;

/** Comparison of two bare names: the measure behind {@code vigil eval names}. */
public final class NameMatching {
  private NameMatching() {}

  /** The default threshold: one for every schema, script and list. */
  public static final double DEFAULT_THRESHOLD = 0.70;

  /** Score of a query name against a list name, 0..1. */
  public static double score(String query, String listName, EntitySchema schema) {
    return explain(query, listName, schema).nameScore();
  }

  /** Score with its explanation. */
  public static Explanation explain(String query, String listName, EntitySchema schema) {
    List<PreparedName> qs = PreparedName.of(query, schema);
    List<PreparedName> cs = PreparedName.of(listName, schema);
    NameScorer.Alignment best = null;
    PreparedName bestQ = null;
    for (PreparedName q : qs) {
      for (PreparedName c : cs) {
        if (!PreparedName.comparable(q, c)) {
          continue;
        }
        NameScorer.Alignment a = NameScorer.align(q, c, true);
        if (best == null || a.score() > best.score()) {
          best = a;
          bestQ = q;
        }
      }
    }
    if (best == null) {
      return new Explanation(
          query, listName, false, "none", List.of(), List.of(), List.of(), 0, List.of(), 0);
    }
    double s = NameScorer.round(best.score());
    return new Explanation(
        query,
        listName,
        false,
        bestQ.how,
        best.tokens(),
        best.unmatchedQuery(),
        best.unmatchedName(),
        s,
        List.of(),
        s);
  }
}
