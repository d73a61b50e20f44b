package io.vigil.process.evidence;

import io.vigil.process.InvalidField;
import io.vigil.process.Require;

/** An Admiralty grading such as {@code B2}: source reliability and information credibility. */
public record AdmiraltyGrade(SourceReliability reliability, InformationCredibility credibility) {
  public AdmiraltyGrade {
    Require.present(reliability, "grading.reliability");
    Require.present(credibility, "grading.credibility");
  }

  /** Parses a code such as {@code B2}. */
  public static AdmiraltyGrade parse(String code) {
    String c = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (!c.matches("[A-F][1-6]")) {
      throw new InvalidField(
          "grading", "must be a letter A-F and a digit 1-6, like B2 (was '" + code + "')");
    }
    return new AdmiraltyGrade(
        SourceReliability.valueOf(c.substring(0, 1)), InformationCredibility.of(c.charAt(1) - '0'));
  }

  public String code() {
    return reliability.name() + credibility.code();
  }
}
