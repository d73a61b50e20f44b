package io.vigil.process.evidence;

/** Admiralty (NATO) code, information credibility 1–6. */
public enum InformationCredibility {
  CONFIRMED(1, "confirmed by other sources"),
  PROBABLY_TRUE(2, "probably true"),
  POSSIBLY_TRUE(3, "possibly true"),
  DOUBTFUL(4, "doubtful"),
  IMPROBABLE(5, "improbable"),
  CANNOT_BE_JUDGED(6, "truth cannot be judged");

  private final int code;
  private final String meaning;

  InformationCredibility(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  public static InformationCredibility of(int code) {
    for (InformationCredibility c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    throw new io.vigil.process.InvalidField("grading.credibility", "must be 1 to 6, was " + code);
  }
}
