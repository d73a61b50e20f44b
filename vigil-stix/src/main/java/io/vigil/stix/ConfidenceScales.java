package io.vigil.stix;

import io.vigil.process.evidence.InformationCredibility;
import io.vigil.process.judgment.Confidence;
import io.vigil.process.judgment.Likelihood;
import org.jspecify.annotations.Nullable;

/*
 * Design note. STIX 2.1 carries confidence as an integer 0-100 on any object and gives, in its
 * Appendix A ("Confidence Scales"), normative mappings from other scales. Vigil uses three:
 *  - None/Low/Med/High (A.1) for ICD 203 analytic confidence: Low 1-29 (value 15), Moderate =
 *    Med 30-69 (50), High 70-100 (85); None is 0. Reading back: 0 none, 1-29 LOW, 30-69 MODERATE,
 *    70-100 HIGH.
 *  - the DNI scale (A.5) for the ICD 203 likelihood terms: almost no chance 0-9 (5), very unlikely
 *    10-19 (15), unlikely 20-39 (30), roughly even chance 40-59 (50), likely 60-79 (70), very
 *    likely 80-89 (85), almost certain 90-100 (95). Written as x_vigil_likelihood_value beside the
 *    term, never into `confidence`, because ICD 203 keeps likelihood and confidence apart.
 *  - Admiralty credibility (A.3) for the evidence grade read from a bundle's confidence: 80-100 → 1
 *    confirmed, 60-79 → 2 probably true, 40-59 → 3 possibly true, 20-39 → 4 doubtful, 0-19 → 5
 *    improbable; no confidence → 6 cannot be judged (or the caller's default).
 * Sources: STIX 2.1 OASIS Standard, Appendix A, as summarised in
 * ../shared/brief/reference/eo13848-process.md §2 (representative values as the ruby-stix2 gem's
 * ConfidenceScale constants); the band edges of the DNI and Admiralty scales are from the spec as
 * remembered there and should be checked against the spec text.
 */

/** The STIX 2.1 Appendix A confidence scales Vigil maps to and from. */
public final class ConfidenceScales {
  private ConfidenceScales() {}

  /** ICD 203 analytic confidence on the None/Low/Med/High scale. */
  public static int confidence(Confidence c) {
    return switch (c) {
      case LOW -> 15;
      case MODERATE -> 50;
      case HIGH -> 85;
    };
  }

  /** A STIX confidence read back as ICD 203 confidence; null for 0 ("None"). */
  public static @Nullable Confidence confidence(int stix) {
    if (stix <= 0) {
      return null;
    }
    return stix < 30 ? Confidence.LOW : stix < 70 ? Confidence.MODERATE : Confidence.HIGH;
  }

  /** An ICD 203 likelihood term as its representative value on the DNI scale. */
  public static int dni(Likelihood l) {
    return switch (l) {
      case ALMOST_NO_CHANCE -> 5;
      case VERY_UNLIKELY -> 15;
      case UNLIKELY -> 30;
      case ROUGHLY_EVEN_CHANCE -> 50;
      case LIKELY -> 70;
      case VERY_LIKELY -> 85;
      case ALMOST_CERTAIN -> 95;
    };
  }

  /** A STIX confidence as Admiralty information credibility. */
  public static InformationCredibility credibility(int stix) {
    if (stix >= 80) {
      return InformationCredibility.CONFIRMED;
    }
    if (stix >= 60) {
      return InformationCredibility.PROBABLY_TRUE;
    }
    if (stix >= 40) {
      return InformationCredibility.POSSIBLY_TRUE;
    }
    return stix >= 20 ? InformationCredibility.DOUBTFUL : InformationCredibility.IMPROBABLE;
  }
}
