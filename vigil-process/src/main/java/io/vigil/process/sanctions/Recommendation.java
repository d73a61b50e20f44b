package io.vigil.process.sanctions;

import io.vigil.process.InvalidField;
import io.vigil.process.ProcessRecord;
import io.vigil.process.Require;
import io.vigil.process.marking.Marking;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Sec. 3(b) recommendation of State and Treasury to the President: targets with measures from
 * the menu of eight, the largest businesses of the sponsoring country with at least one entity in
 * each of five sectors (or comparable sectors, justified), the calibration to the scope of the
 * interference, and the impact on the United States and its allies; then the President's decision.
 */
public record Recommendation(
    String id,
    String electionId,
    String country,
    List<Target> targets,
    String comparableSectorsJustification,
    String calibrationRationale,
    String impactAssessment,
    RecommendationStatus status,
    List<String> signedOffBy,
    Decision decision,
    String decisionNote,
    @Nullable String decidedBy,
    Marking marking,
    List<String> verify)
    implements ProcessRecord {

  static final Set<Sector> FIVE =
      EnumSet.of(
          Sector.FINANCIAL_SERVICES,
          Sector.DEFENSE,
          Sector.ENERGY,
          Sector.TECHNOLOGY,
          Sector.TRANSPORTATION);

  public Recommendation {
    id = Require.text(id, "id", 64);
    electionId = Require.text(electionId, "electionId", 64);
    country = Require.text(country, "country", 60);
    targets = Require.list(targets, "targets");
    comparableSectorsJustification =
        Require.optionalText(
            comparableSectorsJustification, "comparableSectorsJustification", 10000);
    calibrationRationale =
        Require.optionalText(calibrationRationale, "calibrationRationale", 10000);
    impactAssessment = Require.optionalText(impactAssessment, "impactAssessment", 20000);
    Require.present(status, "status");
    signedOffBy = Require.list(signedOffBy, "signedOffBy");
    Require.present(decision, "decision");
    decisionNote = Require.optionalText(decisionNote, "decisionNote", 10000);
    Require.present(marking, "marking");
    verify = Require.list(verify, "verify");
  }

  @Override
  public @Nullable String state() {
    return status.name();
  }

  /**
   * The checks before submission: targets, calibration and impact present, and the five-sector rule
   * for the largest businesses, unless comparable sectors are justified.
   */
  public void requireComplete() {
    if (targets.isEmpty()) {
      throw new InvalidField("targets", "the recommendation proposes no target");
    }
    if (calibrationRationale.isBlank()) {
      throw new InvalidField(
          "calibrationRationale",
          "sanctions must be calibrated to the scope of the interference (Sec. 3(b))");
    }
    if (impactAssessment.isBlank()) {
      throw new InvalidField(
          "impactAssessment",
          "must assess the effect on the economic and national-security interests of the US and its allies (Sec. 3(b))");
    }
    Set<Sector> covered = EnumSet.noneOf(Sector.class);
    boolean comparable = false;
    for (Target t : targets) {
      if (t.largestBusiness()) {
        covered.add(t.sector());
        comparable |= t.sector() == Sector.COMPARABLE;
      }
    }
    Set<Sector> missing = EnumSet.copyOf(FIVE);
    missing.removeAll(covered);
    if (!missing.isEmpty() && (comparableSectorsJustification.isBlank() || !comparable)) {
      throw new InvalidField(
          "targets",
          "the largest business entities must include at least one of each of the five sectors; missing "
              + missing
              + " (or add targets in comparable sectors with a comparableSectorsJustification)");
    }
  }

  Recommendation with(
      RecommendationStatus s, List<String> signed, Decision d, String note, @Nullable String by) {
    return new Recommendation(
        id,
        electionId,
        country,
        targets,
        comparableSectorsJustification,
        calibrationRationale,
        impactAssessment,
        s,
        signed,
        d,
        note,
        by,
        marking,
        verify);
  }

  /** Replaces the editable content of a draft. */
  public Recommendation withContent(Recommendation edit) {
    return new Recommendation(
        id,
        electionId,
        edit.country,
        edit.targets,
        edit.comparableSectorsJustification,
        edit.calibrationRationale,
        edit.impactAssessment,
        status,
        List.of(),
        decision,
        decisionNote,
        decidedBy,
        marking,
        verify);
  }
}
