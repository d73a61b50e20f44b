package io.vigil.process.product;

import io.vigil.process.Require;
import java.util.EnumSet;
import java.util.Set;

/** The finding for one category: the verdict, the effects seen, and why. */
public record Finding(Verdict verdict, Set<Effect> effects, String rationale) {
  public Finding {
    Require.present(verdict, "findings.verdict");
    effects = effects == null || effects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(effects));
    rationale = Require.text(rationale, "findings.rationale", 10000);
    Require.field(
        verdict == Verdict.MATERIALLY_AFFECTED
            || effects.isEmpty()
            || verdict == Verdict.AGENCIES_DISAGREE,
        "findings.effects",
        "effects are listed only when the category was materially affected (verdict %s)",
        verdict);
    Require.field(
        verdict != Verdict.MATERIALLY_AFFECTED || !effects.isEmpty(),
        "findings.effects",
        "a materially affected category must name at least one effect");
  }
}
