package io.vigil.screening;

import com.ibm.icu.lang.UScript;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Han characters of a name, compared as characters (NameScorer rule 7): readings alone cannot
 * tell homophones apart (石 and 市 both read shi). Traditional forms are folded to simplified ones
 * with ICU's Traditional-Simplified transform first, so 習近平 and 习近平 are the same characters.
 */
final class HanCharacters {
  private HanCharacters() {}

  /** Folded Han characters per name; names repeat across queries, and the set stays small. */
  private static final ConcurrentHashMap<String, String> FOLDED = new ConcurrentHashMap<>();

  /** The name's Han characters, in order, traditional forms folded to simplified. */
  static String of(String name) {
    String hit = FOLDED.get(name);
    if (hit != null) {
      return hit;
    }
    StringBuilder han = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (UScript.getScript(cp) == UScript.HAN) {
        han.appendCodePoint(cp);
      }
    }
    String folded =
        han.isEmpty() ? "" : NameNormalizer.translit("Traditional-Simplified", han.toString());
    if (name.length() <= 64) { // names, not whatever a client sends: the cache stays a few MB
      if (FOLDED.size() > 20_000) {
        FOLDED.clear();
      }
      FOLDED.put(name, folded);
    }
    return folded;
  }

  /** How many Han characters of {@code query} {@code listName} lacks (each counted once). */
  static int missing(String query, String listName) {
    String q = of(query);
    String l = of(listName);
    if (q.equals(l)) {
      return 0;
    }
    int[] pool = l.codePoints().toArray();
    int missing = 0;
    for (int i = 0; i < q.length(); ) {
      int cp = q.codePointAt(i);
      i += Character.charCount(cp);
      boolean found = false;
      for (int k = 0; k < pool.length; k++) {
        if (pool[k] == cp) {
          pool[k] = -1;
          found = true;
          break;
        }
      }
      missing += found ? 0 : 1;
    }
    return missing;
  }
}
