package io.vigil.domains;

import com.ibm.icu.text.SpoofChecker;
import java.util.Locale;

/*
 * Design note. Two names "look alike" when their skeletons are equal. The skeleton of a label:
 *
 * 1. Non-ASCII labels first go through ICU's UTS #39 skeleton (confusables.txt: Cyrillic a/e/o/p/s,
 *    Greek omicron, U+04CF palochka, fullwidth forms, ...) and are lower-cased afterwards, so that
 *    0 -> O -> o also folds.
 * 2. Every label then goes through an ASCII table of visual pairs that UTS #39 does not fold, or
 *    folds the other way: rn -> m, vv -> w, 0 -> o, 1 -> l, q -> g (the table dnstwist keeps by hand;
 *    its issues #1 and #16 ask for exactly these). i -> l and cl -> d are left out on purpose: with
 *    i -> l, "mail" and "mall" share a skeleton and gmail is found inside every shopping mall; cl -> d
 *    fires across the seam of run-together words (dnc + login reads "dndogin").
 * 3. Runs of one letter collapse (gooogle -> gogle, 11 -> l), which also makes repetition typos
 *    skeleton-equal.
 * The same function is applied to the protected names and to the candidate, so the folding only has
 * to be consistent, not reversible. ASCII labels skip ICU entirely: a SpoofChecker call costs about
 * 5 us, far too much for a feed of millions of names, and for ASCII the table is a superset of what
 * UTS #39 folds (UTS #39 maps m -> rn and d -> cl; we map the other way).
 * Sources: https://www.unicode.org/reports/tr39/#Confusable_Detection ;
 * https://github.com/elceef/dnstwist/issues/1 ; https://github.com/elceef/dnstwist/issues/16
 */
final class Skeletons {
  private static final SpoofChecker SPOOF =
      new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

  private Skeletons() {}

  /** The skeleton of an ASCII or Unicode label or token; hyphens are kept. */
  static String of(String label) {
    String text = label;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        text = SPOOF.getSkeleton(text).toLowerCase(Locale.ROOT);
        break;
      }
    }
    return fold(text);
  }

  /** Whether {@code a} and {@code b} differ only by repeated letters. */
  static boolean sameWithoutRepeats(String a, String b) {
    return collapse(a).equals(collapse(b));
  }

  private static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String fold(String s) {
    int n = s.length();
    boolean unchanged = true;
    for (int i = 0; i < n && unchanged; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      unchanged =
          c != '0'
              && c != '1'
              && c != 'q'
              && c != next
              && !(c == 'r' && next == 'n')
              && !(c == 'v' && next == 'v');
    }
    if (unchanged) {
      return s;
    }
    char[] out = new char[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      char folded;
      if (c == 'r' && next == 'n') {
        folded = 'm';
        i++;
      } else if (c == 'v' && next == 'v') {
        folded = 'w';
        i++;
      } else {
        folded =
            switch (c) {
              case '0' -> 'o';
              case '1' -> 'l';
              case 'q' -> 'g';
              default -> c;
            };
      }
      if (length == 0 || out[length - 1] != folded) {
        out[length++] = folded;
      }
    }
    return new String(out, 0, length);
  }
}
