package io.vigil.process.judgment;

import io.vigil.process.Require;
import java.time.Instant;

/** ICD 203 tradecraft standard 7: every change of a judgment is kept, with what it was before. */
public record JudgmentChange(
    Instant at, String by, String reason, String previousStatement, Likelihood previousLikelihood) {
  public JudgmentChange {
    Require.present(at, "history.at");
    by = Require.text(by, "history.by", 64);
    reason = Require.text(reason, "reason", 2000);
    previousStatement = Require.text(previousStatement, "history.previousStatement", 4000);
    Require.present(previousLikelihood, "history.previousLikelihood");
  }
}
