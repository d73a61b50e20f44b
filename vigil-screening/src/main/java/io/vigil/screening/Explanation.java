package io.vigil.screening;

import java.util.List;

/**
 * Why a listed party scored what it scored.
 *
 * @param queryName the query name as given
 * @param matchedName the name of the listed party that scored best
 * @param weakAlias whether that name is a weak alias
 * @param transliteration how the query was put in Latin letters ({@code latin} when it was)
 * @param tokens which query token matched which name token, how, and how well
 * @param unmatchedQuery query tokens that found no partner (they lower the score most)
 * @param unmatchedName name tokens the query did not mention (they lower the score a little)
 * @param nameScore the score of the names alone
 * @param adjustments what raised or lowered the score beyond the names
 * @param score the final score
 */
public record Explanation(
    String queryName,
    String matchedName,
    boolean weakAlias,
    String transliteration,
    List<TokenMatch> tokens,
    List<String> unmatchedQuery,
    List<String> unmatchedName,
    double nameScore,
    List<Adjustment> adjustments,
    double score) {

  public Explanation {
    tokens = List.copyOf(tokens);
    unmatchedQuery = List.copyOf(unmatchedQuery);
    unmatchedName = List.copyOf(unmatchedName);
    adjustments = List.copyOf(adjustments);
  }

  /**
   * One aligned pair of tokens.
   *
   * @param query the query token (Latin, folded)
   * @param name the list-name token
   * @param how {@code exact}, {@code translit}, {@code translit-variant}, {@code phonetic}, {@code
   *     edit}, {@code skeleton}, {@code skeleton-edit}, {@code initial}, {@code anagram}, {@code
   *     joined}, {@code abbreviation} (Intl, International), {@code nickname} (Bill, William),
   *     {@code wade-giles} or {@code joined, wade-giles} (a syllable whose aspiration mark was left
   *     out), or {@code acronym} (one token spelling the initials of several, which are given
   *     space-separated)
   * @param similarity 0..1
   */
  public record TokenMatch(String query, String name, String how, double similarity) {}

  /**
   * A change of the score for evidence beyond the name.
   *
   * @param feature e.g. {@code birth_date_match}, {@code country_mismatch}, {@code id_match}
   * @param delta how much the score moved
   * @param detail the values compared
   */
  public record Adjustment(String feature, double delta, String detail) {}

  /** A one-line human reading. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(java.util.Locale.ROOT, "%.3f '%s'", score, matchedName));
    if (weakAlias) {
      sb.append(" (weak alias)");
    }
    sb.append(':');
    for (TokenMatch t : tokens) {
      sb.append(' ')
          .append(t.query())
          .append('~')
          .append(t.name())
          .append('[')
          .append(t.how())
          .append(String.format(java.util.Locale.ROOT, " %.2f", t.similarity()))
          .append(']');
    }
    if (!unmatchedQuery.isEmpty()) {
      sb.append("; query-only ").append(unmatchedQuery);
    }
    if (!unmatchedName.isEmpty()) {
      sb.append("; name-only ").append(unmatchedName);
    }
    for (Adjustment a : adjustments) {
      sb.append(
          String.format(
              java.util.Locale.ROOT, "; %s %+.2f (%s)", a.feature(), a.delta(), a.detail()));
    }
    return sb.toString();
  }
}
