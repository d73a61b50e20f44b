package io.vigil.process.judgment;

import io.vigil.process.InvalidField;
import java.util.Locale;

/**
 * ICD 203's estimative language. ICD 203 offers two equivalent rows of terms and forbids mixing
 * them; Vigil keeps one vocabulary, row A ("almost no chance" … "almost certain"). Text in the
 * other row is refused with a message naming the term to use instead, so that a product never mixes
 * rows.
 */
public enum Likelihood {
  ALMOST_NO_CHANCE("almost no chance", "remote", 1, 5),
  VERY_UNLIKELY("very unlikely", "highly improbable", 5, 20),
  UNLIKELY("unlikely", "improbable", 20, 45),
  ROUGHLY_EVEN_CHANCE("roughly even chance", "roughly even odds", 45, 55),
  LIKELY("likely", "probable", 55, 80),
  VERY_LIKELY("very likely", "highly probable", 80, 95),
  ALMOST_CERTAIN("almost certain", "nearly certain", 95, 99);

  private final String term;
  private final String otherRow;
  private final int lowPercent;
  private final int highPercent;

  Likelihood(String term, String otherRow, int low, int high) {
    this.term = term;
    this.otherRow = otherRow;
    this.lowPercent = low;
    this.highPercent = high;
  }

  /** The ICD 203 term of the vocabulary Vigil uses. */
  public String term() {
    return term;
  }

  public int lowPercent() {
    return lowPercent;
  }

  public int highPercent() {
    return highPercent;
  }

  /** Parses a term ({@code very likely}) or a constant name ({@code VERY_LIKELY}). */
  public static Likelihood parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (t.equals("almost certainly")) {
      t = "almost certain";
    }
    String other =
        switch (t) {
          case "probably" -> "probable";
          case "improbably" -> "improbable";
          case "nearly certainly" -> "nearly certain";
          default -> t;
        };
    for (Likelihood l : values()) {
      if (l.term.equals(t)) {
        return l;
      }
    }
    for (Likelihood l : values()) {
      if (l.otherRow.equals(other)) {
        throw new InvalidField(
            "likelihood",
            "'"
                + text
                + "' is from the other ICD 203 vocabulary; Vigil uses one row only: write '"
                + l.term
                + "'");
      }
    }
    throw new InvalidField("likelihood", "'" + text + "' is not an ICD 203 likelihood term");
  }
}
