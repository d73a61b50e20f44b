package io.vigil.process;

import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.actor.Actor;
import io.vigil.process.actor.ActorKind;
import io.vigil.process.election.Election;
import io.vigil.process.election.ElectionScope;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.Finding;
import io.vigil.process.product.ImpactCategory;
import io.vigil.process.product.ImpactReport;
import io.vigil.process.product.Position;
import io.vigil.process.product.Verdict;
import io.vigil.process.product.Workflow;
import io.vigil.process.sanctions.Criterion;
import io.vigil.process.sanctions.Decision;
import io.vigil.process.sanctions.Determination;
import io.vigil.process.sanctions.DeterminationStatus;
import io.vigil.process.sanctions.Measure;
import io.vigil.process.sanctions.Recommendation;
import io.vigil.process.sanctions.RecommendationStatus;
import io.vigil.process.sanctions.Sector;
import io.vigil.process.sanctions.Target;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A process service over an in-memory store, a recording audit trail and a mutable clock. */
final class ProcessFixture {
  static final String ELECTION = "us-2020-general";

  static final Principal ANALYST = user("analyst", "NIC", Role.ANALYST);
  static final Principal REVIEWER = user("reviewer", "NIC", Role.REVIEWER);
  static final Principal APPROVER = user("approver", "ODNI", Role.APPROVER);
  static final Principal CIA = user("cia", "CIA", Role.ANALYST);
  static final Principal IMPACT = user("impact", "DOJ", Role.IMPACT_AUTHOR);
  static final Principal IMPACT2 = user("impact2", "DHS", Role.IMPACT_AUTHOR);
  static final Principal TREASURY = user("treasury", "Treasury", Role.TREASURY_OFFICER);
  static final Principal TREASURY2 = user("treasury2", "Treasury", Role.TREASURY_OFFICER);
  static final Principal STATE = user("state", "State", Role.STATE_OFFICER);
  static final Principal PRESIDENT = user("president", "EOP", Role.DECISION_MAKER);
  static final Principal ADMIN =
      new Principal("admin", "Vigil", Set.of(Role.ADMINISTRATOR), Classification.UNCLASSIFIED);

  /** Shared with every organization of the users above. */
  static final Marking PRODUCT =
      new Marking(
          Classification.SECRET,
          List.of(),
          Tlp.AMBER,
          "NIC",
          List.of("ODNI", "CIA", "DOJ", "DHS", "Treasury", "State", "EOP"));

  final MutableClock clock = MutableClock.atNoon(LocalDate.of(2020, 11, 20));
  final InMemoryProcessStore store = new InMemoryProcessStore();
  final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
  final ProcessService service =
      new ProcessService(store, Transactions.direct(), audit, clock, IdGenerator.seeded(7));

  static Principal user(String name, String org, Role role) {
    return new Principal(name, org, Set.of(role), Classification.TOP_SECRET);
  }

  Election election2020() {
    return service.createElection(
        ADMIN,
        new Election(
            ELECTION,
            "2020 US general election",
            ElectionScope.FEDERAL,
            "United States",
            LocalDate.of(2020, 11, 3),
            LocalDate.of(2020, 11, 3),
            "",
            List.of()));
  }

  static Assessment assessmentDraft(String id) {
    return new Assessment(
        id,
        ELECTION,
        "Foreign threats to the 2020 election",
        "influence operations",
        "proxies and spoofed emails",
        List.of(),
        List.of(),
        "the declassified key judgments",
        List.of(),
        List.of(),
        Assessment.RECIPIENTS,
        Workflow.draft(ANALYST.username()),
        PRODUCT,
        "",
        List.of());
  }

  Assessment draftAssessment() {
    return service.createAssessment(ANALYST, assessmentDraft("asm-1"));
  }

  /** Submits, reviews, coordinates (CIA concurs), approves and transmits a draft. */
  Assessment transmitAssessment(String id) {
    service.submitAssessment(ANALYST, id, "ready");
    service.reviewAssessment(REVIEWER, id, true, "fine");
    service.coordinateAssessment(CIA, id, Position.CONCUR, "");
    service.approveAssessment(APPROVER, id, "approved");
    return service.transmitAssessment(APPROVER, id);
  }

  static Map<ImpactCategory, Finding> findingsNotAffected() {
    Map<ImpactCategory, Finding> m = new EnumMap<>(ImpactCategory.class);
    for (ImpactCategory c : ImpactCategory.values()) {
      m.put(c, new Finding(Verdict.NOT_MATERIALLY_AFFECTED, Set.of(), "no evidence"));
    }
    return m;
  }

  ImpactReport draftImpactReport() {
    return service.createImpactReport(
        IMPACT,
        new ImpactReport(
            "imp-1",
            ELECTION,
            "Key findings",
            findingsNotAffected(),
            List.of(),
            List.of(),
            ImpactReport.RECIPIENTS,
            null,
            Workflow.draft(IMPACT.username()),
            PRODUCT,
            "",
            List.of()));
  }

  ImpactReport transmitImpactReport(String id) {
    service.submitImpactReport(IMPACT, id, "ready");
    service.reviewImpactReport(IMPACT2, id, true, "fine");
    service.coordinateImpactReport(IMPACT2, id, Position.CONCUR, "");
    service.approveImpactReport(IMPACT2, id, "approved");
    return service.transmitImpactReport(IMPACT2, id);
  }

  /** Both products transmitted: the assessment on 7 Jan 2021, the report on 10 Feb 2021. */
  void bothProductsTransmitted() {
    election2020();
    draftAssessment();
    clock.setNoon(LocalDate.of(2021, 1, 7));
    transmitAssessment("asm-1");
    draftImpactReport();
    clock.setNoon(LocalDate.of(2021, 2, 10));
    transmitImpactReport("imp-1");
  }

  static Target largest(String name, Sector sector) {
    return new Target(name, "Russia", sector, true, Set.of(Measure.BLOCKING), "largest business");
  }

  static List<Target> fiveSectors() {
    return List.of(
        largest("Bank A", Sector.FINANCIAL_SERVICES),
        largest("Arms B", Sector.DEFENSE),
        largest("Gas C", Sector.ENERGY),
        largest("Chips D", Sector.TECHNOLOGY),
        largest("Rail E", Sector.TRANSPORTATION));
  }

  static Recommendation recommendation(List<Target> targets, String justification) {
    return new Recommendation(
        "rec-draft",
        ELECTION,
        "Russia",
        targets,
        justification,
        "calibrated to influence operations without access to infrastructure",
        "limited effect on the US and allies",
        RecommendationStatus.DRAFT,
        List.of(),
        Decision.PENDING,
        "",
        null,
        PRODUCT,
        List.of());
  }

  Actor actor(String id, boolean foreign) {
    return service.createActor(
        ANALYST,
        new Actor(
            id,
            ActorKind.PERSON,
            "Person " + id,
            foreign,
            foreign ? "Russia" : "United States",
            List.of(),
            List.of(),
            List.of(),
            null,
            Marking.publicRecord("Treasury"),
            "",
            List.of()));
  }

  static Determination determinationDraft(String actorId) {
    return new Determination(
        "det-draft",
        ELECTION,
        actorId,
        Criterion.ENGAGED_SPONSORED_CONCEALED_OR_COMPLICIT,
        "released edited audio tapes",
        Map.of(),
        DeterminationStatus.PROPOSED,
        "treasury",
        null,
        null,
        Determination.PROGRAM,
        List.of(),
        null,
        "",
        Marking.publicRecord("Treasury"),
        List.of(),
        null);
  }
}
