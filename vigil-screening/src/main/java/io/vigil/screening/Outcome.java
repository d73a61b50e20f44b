package io.vigil.screening;

/** What a score means at a threshold: a match, a possible match to review, or no match. */
public sealed interface Outcome permits Outcome.Match, Outcome.PossibleMatch, Outcome.NoMatch {
  /** The score the outcome was decided on. */
  double score();

  /** At or above the threshold. */
  record Match(double score) implements Outcome {}

  /** Within 0.1 below the threshold: worth a look by a person. */
  record PossibleMatch(double score) implements Outcome {}

  /** Further below. */
  record NoMatch(double score) implements Outcome {}

  /** The outcome of a score at a threshold. */
  static Outcome of(double score, double threshold) {
    if (score >= threshold) {
      return new Match(score);
    }
    if (score >= threshold - 0.1) {
      return new PossibleMatch(score);
    }
    return new NoMatch(score);
  }
}
