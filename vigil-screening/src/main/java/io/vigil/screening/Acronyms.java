package io.vigil.screening;

import io.vigil.screening.NameNormalizer.Kind;

/*
 * Design note: an acronym or initialism is one token whose letters are the initials of consecutive
 * tokens of the other name: PLA for People's Liberation Army, US for United States (in "U.S.
 * Department of State"), BOE for Bank of England (particles such as of, the, and are skipped, or
 * spell a letter: both readings are tried), and, for persons, glued initials of given names: JC for
 * Jean-Claude in "JC Juncker". The rules, shared by the scorer (which only spells with tokens no
 * other test matched) and the index (which indexes every run of every name, so an acronym query
 * finds the names it spells):
 *
 * - the spelled name is an organization's (or a vessel's or an aircraft's): the acronym is a name
 *   token of 2-8 letters; the run has at least two names or generic words (no legal forms or
 *   numbers) and may hold particles; it scores 0.9, below an exact match;
 * - the spelled name is a person's (or of unknown schema) and the acronym's is no organization's:
 *   the acronym has 2 or 3 letters and no vowel (JC, MJ: a token with a vowel may be a name, Ali is
 *   not A. L. I.), the run is 2-3 names that are not the whole name, and both names must share
 *   another matched token (the surname); each spelled name earns what an initial earns (0.8, weight
 *   at most 0.4), as "J. C. Juncker" does;
 * - a name that may be a person's never spells an organization's acronym (Vladimir Putin is not
 *   VP-CSP).
 */
final class Acronyms {
  private Acronyms() {}

  static final double ORG = 0.9;
  static final double PERSON = 0.8;
  static final int MAX = 8;

  /** Whether a token may be an acronym under the rules for organizations or for persons. */
  static boolean candidate(String t, Kind kind, boolean org) {
    int l = t.length();
    if (kind != Kind.NAME || l < 2 || l > (org ? MAX : 3)) {
      return false;
    }
    for (int i = 0; i < l; i++) {
      char c = t.charAt(i);
      if (c < 'a' || c > 'z' || !org && "aeiouy".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean spelling(String t, Kind k, boolean org) {
    char c = t.charAt(0);
    return (k == Kind.NAME || org && k == Kind.GENERIC) && c >= 'a' && c <= 'z';
  }

  /**
   * The last token of the run that starts at {@code start} and spells {@code t}, or -1. Tokens with
   * {@code blocked[j] > 0} (already matched) break a run; with {@code include} the particles inside
   * the run spell a letter, otherwise they are skipped.
   */
  static int spells(
      String t,
      String[] tokens,
      Kind[] kinds,
      int start,
      boolean include,
      boolean org,
      double[] blocked) {
    int pos = 0;
    int names = 0;
    for (int j = start; j < tokens.length; j++) {
      if (blocked != null && blocked[j] > 0) {
        return -1;
      }
      boolean particle = kinds[j] == Kind.PARTICLE;
      if (particle && org && j > start) {
        if (!include) {
          continue;
        }
      } else if (!spelling(tokens[j], kinds[j], org)) {
        return -1;
      }
      if (tokens[j].charAt(0) != t.charAt(pos)) {
        return -1;
      }
      pos++;
      names += particle ? 0 : 1;
      if (pos == t.length()) {
        if (particle || names < 2 || !org && j - start + 1 >= tokens.length) {
          return -1;
        }
        return j;
      }
    }
    return -1;
  }

  /** Receives the acronym a run of tokens spells, with the run's first and last token. */
  interface Sink {
    void accept(String acronym, int start, int end);
  }

  /** Every acronym a run of the name spells (for the index; may repeat one). */
  static void runs(String[] tokens, Kind[] kinds, boolean org, Sink sink) {
    StringBuilder sb = new StringBuilder(MAX);
    for (int start = 0; start < tokens.length; start++) {
      if (!spelling(tokens[start], kinds[start], org)) {
        continue;
      }
      for (int mode = 0; mode < (org ? 2 : 1); mode++) {
        sb.setLength(0);
        int names = 0;
        for (int j = start; j < tokens.length && sb.length() < MAX; j++) {
          boolean particle = kinds[j] == Kind.PARTICLE;
          if (particle && org && j > start) {
            if (mode == 0) {
              continue;
            }
          } else if (!spelling(tokens[j], kinds[j], org)) {
            break;
          }
          sb.append(tokens[j].charAt(0));
          if (particle) {
            continue;
          }
          names++;
          if (names >= 2
              && (org || j - start + 1 < tokens.length)
              && candidate(sb.toString(), Kind.NAME, org)) {
            sink.accept(sb.toString(), start, j);
          }
        }
      }
    }
  }
}
