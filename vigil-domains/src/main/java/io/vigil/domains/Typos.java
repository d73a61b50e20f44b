package io.vigil.domains;

/*
 * Design note. Typo distance is the optimal-string-alignment distance (Damerau-Levenshtein without
 * re-editing a transposed pair): insertion, deletion, substitution and adjacent transposition each
 * cost 1. The candidates come from a symmetric-delete index (Garbe's SymSpell idea: a name and a
 * typo of it at distance 1 share a one-deletion form), so only a handful of pairs are ever aligned.
 * Each edit is named after the dnstwist fuzzer that would have produced it (omission, repetition,
 * insertion, addition, transposition, vowel-swap, replacement with a keyboard neighbour,
 * bitsquatting, substitution), so that the reason reads like the attacker's technique.
 * Sources: https://github.com/elceef/dnstwist (fuzzers); https://github.com/wolfgarbe/SymSpell
 */
final class Typos {
  private static final String[] QWERTY = {"1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm"};

  private Typos() {}

  /**
   * Optimal-string-alignment distance, or {@code limit + 1} as soon as it exceeds {@code limit}.
   */
  static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, prev2[j - 2] + 1);
        }
        cur[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /** The fuzzer name for a single edit turning {@code name} into {@code typo}. */
  static String kind(String typo, String name) {
    if (typo.length() == name.length() - 1) {
      return "omission";
    }
    if (typo.length() == name.length() + 1) {
      for (int i = 0; i < typo.length(); i++) {
        if (i == name.length() || typo.charAt(i) != name.charAt(i)) {
          char c = typo.charAt(i);
          boolean repeated =
              (i > 0 && typo.charAt(i - 1) == c)
                  || (i + 1 < typo.length() && typo.charAt(i + 1) == c);
          if (repeated) {
            return "repetition";
          }
          boolean neighbour =
              (i > 0 && adjacent(typo.charAt(i - 1), c))
                  || (i + 1 < typo.length() && adjacent(typo.charAt(i + 1), c));
          return neighbour ? "insertion" : "addition";
        }
      }
      return "addition";
    }
    if (typo.length() == name.length()) {
      int first = -1;
      int count = 0;
      for (int i = 0; i < typo.length(); i++) {
        if (typo.charAt(i) != name.charAt(i)) {
          if (first < 0) {
            first = i;
          }
          count++;
        }
      }
      if (count == 2
          && first + 1 < typo.length()
          && typo.charAt(first) == name.charAt(first + 1)
          && typo.charAt(first + 1) == name.charAt(first)) {
        return "transposition";
      }
      if (count == 1) {
        char a = typo.charAt(first);
        char b = name.charAt(first);
        if (vowel(a) && vowel(b)) {
          return "vowel-swap";
        }
        if (adjacent(a, b)) {
          return "replacement";
        }
        if (Integer.bitCount(a ^ b) == 1) {
          return "bitsquatting";
        }
        return "substitution";
      }
    }
    return "two edits";
  }

  static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** Whether two keys are neighbours on a QWERTY keyboard (same row or the rows above/below). */
  static boolean adjacent(char a, char b) {
    int[] pa = position(a);
    int[] pb = position(b);
    if (pa == null || pb == null || (pa[0] == pb[0] && pa[1] == pb[1])) {
      return false;
    }
    return Math.abs(pa[0] - pb[0]) <= 1 && Math.abs(pa[1] - pb[1]) <= 1;
  }

  /** The QWERTY neighbours of {@code c}. */
  static String neighbours(char c) {
    StringBuilder out = new StringBuilder();
    for (String row : QWERTY) {
      for (int i = 0; i < row.length(); i++) {
        if (row.charAt(i) != '-' && adjacent(c, row.charAt(i))) {
          out.append(row.charAt(i));
        }
      }
    }
    return out.toString();
  }

  private static int @org.jspecify.annotations.Nullable [] position(char c) {
    for (int r = 0; r < QWERTY.length; r++) {
      int i = QWERTY[r].indexOf(c);
      if (i >= 0) {
        return new int[] {r, i};
      }
    }
    return null;
  }
}
