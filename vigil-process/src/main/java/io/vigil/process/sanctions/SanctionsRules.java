package io.vigil.process.sanctions;

import io.vigil.process.RuleViolated;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * Design note. Sec. 2(a) lets the Secretary of the Treasury determine a foreign person only "in
 * consultation with" State, the Attorney General and Homeland Security, so a determination cannot
 * leave PROPOSED until all three consultations are on record, and the official who determines is
 * not the one who proposed (four eyes). Sec. 3(b) makes State and Treasury joint authors, so a
 * recommendation is submitted only with a sign-off from each, and only the decision-maker decides.
 * Each rule is a pure function returning the new record.
 */

/** The state transitions of Sec. 2 determinations and Sec. 3(b) recommendations. */
public final class SanctionsRules {
  private SanctionsRules() {}

  public static Determination consult(
      Determination d, Principal user, Department dept, String note, Instant at) {
    if (d.status() != DeterminationStatus.PROPOSED) {
      throw new RuleViolated(
          "consult-before-determination",
          "the determination is "
              + d.status()
              + ": consultations are recorded while it is PROPOSED");
    }
    user.requireAny(Set.of(Role.TREASURY_OFFICER, Role.STATE_OFFICER), "record a consultation");
    if (!user.has(Role.TREASURY_OFFICER) && dept != Department.STATE) {
      // Treasury consults and records; a State officer may record State's own consultation only
      throw new io.vigil.process.NotPermitted(
          "user '"
              + user.username()
              + "' may record the consultation of State only, not of "
              + dept);
    }
    Map<Department, Consultation> c = new EnumMap<>(Department.class);
    c.putAll(d.consultations());
    c.put(dept, new Consultation(dept, user.username(), at, note));
    return d.with(
        c,
        d.status(),
        d.determinedBy(),
        d.effectiveDate(),
        d.delistedOn(),
        d.delistingReason(),
        at);
  }

  public static Determination determine(
      Determination d, Principal user, LocalDate effective, Instant at) {
    if (d.status() != DeterminationStatus.PROPOSED) {
      throw new RuleViolated("workflow-order", "the determination is already " + d.status());
    }
    user.require(Role.TREASURY_OFFICER, "make a Sec. 2 determination");
    Set<Department> missing = EnumSet.allOf(Department.class);
    missing.removeAll(d.consultations().keySet());
    if (!missing.isEmpty()) {
      throw new RuleViolated(
          "consultation-required",
          "Sec. 2(a) requires consultation of State, Justice and Homeland Security before a determination; not yet consulted: "
              + missing);
    }
    if (user.username().equals(d.proposedBy())) {
      throw new RuleViolated(
          "segregation-of-duties",
          "user '"
              + user.username()
              + "' proposed this determination and may not also determine it");
    }
    return d.with(
        d.consultations(),
        DeterminationStatus.DETERMINED,
        user.username(),
        effective,
        null,
        "",
        at);
  }

  public static Determination publish(Determination d, Principal user, Instant at) {
    if (d.status() != DeterminationStatus.DETERMINED) {
      throw new RuleViolated(
          "publish-after-determination",
          "the determination is "
              + d.status()
              + ": only a DETERMINED person is published as a designation");
    }
    user.require(Role.TREASURY_OFFICER, "publish a designation");
    return d.with(
        d.consultations(),
        DeterminationStatus.PUBLISHED,
        d.determinedBy(),
        d.effectiveDate(),
        null,
        "",
        at);
  }

  public static Determination delist(
      Determination d, Principal user, LocalDate on, String reason, Instant at) {
    if (d.status() != DeterminationStatus.PUBLISHED
        && d.status() != DeterminationStatus.DETERMINED) {
      throw new RuleViolated(
          "delist-designated-only",
          "the determination is "
              + d.status()
              + ": only a determined or published person can be delisted");
    }
    user.require(Role.TREASURY_OFFICER, "delist a designation");
    if (reason.isBlank()) {
      throw new io.vigil.process.InvalidField("reason", "a delisting must give its reason");
    }
    return d.with(
        d.consultations(),
        DeterminationStatus.DELISTED,
        d.determinedBy(),
        d.effectiveDate(),
        on,
        reason,
        at);
  }

  /**
   * A State or Treasury officer signs the draft; when both departments have signed it is submitted.
   */
  public static Recommendation signOff(Recommendation r, Principal user) {
    if (r.status() != RecommendationStatus.DRAFT
        && r.status() != RecommendationStatus.NEEDS_REVIEW) {
      throw new RuleViolated(
          "workflow-order", "the recommendation is " + r.status() + ": only a draft is signed off");
    }
    user.requireAny(
        Set.of(Role.STATE_OFFICER, Role.TREASURY_OFFICER), "sign off the Sec. 3(b) recommendation");
    r.requireComplete();
    List<String> signed = new ArrayList<>(r.signedOffBy());
    String tag = (user.has(Role.STATE_OFFICER) ? "STATE:" : "TREASURY:") + user.username();
    if (!signed.contains(tag)) {
      signed.add(tag);
    }
    boolean state = signed.stream().anyMatch(s -> s.startsWith("STATE:"));
    boolean treasury = signed.stream().anyMatch(s -> s.startsWith("TREASURY:"));
    RecommendationStatus next = state && treasury ? RecommendationStatus.SUBMITTED : r.status();
    return r.with(next, signed, r.decision(), r.decisionNote(), r.decidedBy());
  }

  public static Recommendation decide(
      Recommendation r, Principal user, Decision decision, String note) {
    if (r.status() != RecommendationStatus.SUBMITTED) {
      throw new RuleViolated(
          "decide-after-submission",
          "the recommendation is "
              + r.status()
              + ": the President decides on a recommendation that State and Treasury have both signed");
    }
    user.require(Role.DECISION_MAKER, "decide on the Sec. 3(b) recommendation");
    if (decision == Decision.PENDING) {
      throw new io.vigil.process.InvalidField(
          "decision", "must be APPROVED, PARTIALLY_APPROVED or REJECTED");
    }
    return r.with(RecommendationStatus.DECIDED, r.signedOffBy(), decision, note, user.username());
  }

  /** An amendment of the assessment or the report reopens the recommendation for review. */
  public static Recommendation reopen(Recommendation r) {
    if (r.status() == RecommendationStatus.DRAFT) {
      return r;
    }
    return r.with(
        RecommendationStatus.NEEDS_REVIEW,
        List.of(),
        r.decision(),
        r.decisionNote(),
        r.decidedBy());
  }
}
