package io.vigil.domains;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one domain.
 *
 * @param domain the checked host in lower-case ASCII (A-labels for IDN)
 * @param score 0 (nothing protected in sight) to 1 (certain lookalike)
 * @param alert whether the score reaches {@link LookalikeDetector#ALERT_THRESHOLD}
 * @param imitates the organisation the domain resembles most, or null when nothing matched
 * @param reasons why, one rule per entry, strongest first
 */
public record Verdict(
    String domain,
    double score,
    boolean alert,
    @Nullable Imitation imitates,
    List<String> reasons) {
  public Verdict {
    if (domain.isBlank()) {
      throw new IllegalArgumentException("domain: must not be blank");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score: must be within 0..1 (was " + score + ")");
    }
    if (alert && imitates == null) {
      throw new IllegalArgumentException("imitates: an alert must name the imitated organisation");
    }
    reasons = List.copyOf(reasons);
  }
}
