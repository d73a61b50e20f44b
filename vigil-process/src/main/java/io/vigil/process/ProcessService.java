package io.vigil.process;

import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.activity.Activity;
import io.vigil.process.actor.Actor;
import io.vigil.process.audit.AuditTrail;
import io.vigil.process.deadline.Deadline;
import io.vigil.process.deadline.Deadlines;
import io.vigil.process.election.Election;
import io.vigil.process.evidence.CustodyEvent;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.judgment.JudgmentChange;
import io.vigil.process.marking.Classification;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.ImpactReport;
import io.vigil.process.product.Position;
import io.vigil.process.product.Product;
import io.vigil.process.product.ProductStatus;
import io.vigil.process.product.Step;
import io.vigil.process.product.Workflow;
import io.vigil.process.sanctions.Decision;
import io.vigil.process.sanctions.Department;
import io.vigil.process.sanctions.Determination;
import io.vigil.process.sanctions.DeterminationStatus;
import io.vigil.process.sanctions.Recommendation;
import io.vigil.process.sanctions.RecommendationStatus;
import io.vigil.process.sanctions.SanctionsRules;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/*
 * Design note. The one entry point to the process for the server, the CLI and tests. Every call
 * takes the acting Principal, checks the role and the markings, runs in one transaction, and writes
 * an audit record with the record before and after, so that a failed step leaves nothing
 * half-written and every change is attributable. Reads of records above UNCLASSIFIED are audited
 * too (EO 13526 practice, and the OpenCTI/MISP requests for an access log). A record the user may
 * not read is reported as not found, so its existence does not leak. Time comes from an injected
 * Clock so that deadline tests never sleep.
 */

/** The EO 13848 process as a service: plain Java, persistence and transactions injected. */
public final class ProcessService {
  private final ProcessStore store;
  private final Transactions tx;
  private final AuditTrail audit;
  private final Clock clock;
  private final IdGenerator ids;

  public ProcessService(
      ProcessStore store, Transactions tx, AuditTrail audit, Clock clock, IdGenerator ids) {
    this.store = store;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.ids = ids;
  }

  public Clock clock() {
    return clock;
  }

  // ---------------------------------------------------------------- reads

  /** A record the user may read, or {@link RecordNotFound}. */
  public <T extends ProcessRecord> T get(Principal user, Kind<T> kind, String id) {
    return tx.inTransaction(
        () -> {
          T r =
              store
                  .find(kind, id)
                  .filter(x -> user.canRead(x.marking()))
                  .orElseThrow(() -> new RecordNotFound(kind.table(), id));
          if (r.marking().classification() != Classification.UNCLASSIFIED) {
            audit.record(user, "read", kind.table(), id, null, null);
          }
          return r;
        });
  }

  /** The records of a kind the user may read, of one election or all. */
  public <T extends ProcessRecord> List<T> list(
      Principal user, Kind<T> kind, @Nullable String electionId) {
    return tx.inTransaction(
        () -> {
          List<T> visible =
              store.list(kind, electionId).stream().filter(r -> user.canRead(r.marking())).toList();
          List<String> classified =
              visible.stream()
                  .filter(r -> r.marking().classification() != Classification.UNCLASSIFIED)
                  .map(ProcessRecord::id)
                  .toList();
          if (!classified.isEmpty()) {
            audit.record(
                user,
                "read-list",
                kind.table(),
                electionId == null ? "*" : electionId,
                null,
                Map.of("classifiedRecordsShown", classified));
          }
          return visible;
        });
  }

  public List<ElectionOverview> elections(Principal user) {
    return tx.inTransaction(
        () ->
            store.list(Kind.ELECTION, null).stream()
                .sorted(Comparator.comparing(Election::date))
                .map(e -> overview(user, e))
                .toList());
  }

  public ElectionOverview election(Principal user, String id) {
    return tx.inTransaction(
        () ->
            overview(
                user,
                store
                    .find(Kind.ELECTION, id)
                    .orElseThrow(() -> new RecordNotFound("election", id))));
  }

  private ElectionOverview overview(Principal user, Election e) {
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.ZONE));
    Assessment a = current(Kind.ASSESSMENT, e.id()).orElse(null);
    ImpactReport r = current(Kind.IMPACT_REPORT, e.id()).orElse(null);
    Deadline da = Deadlines.assessment(e, a, today);
    Deadline dr = Deadlines.impactReport(e, a, r, today);
    return new ElectionOverview(
        e,
        da,
        dr,
        a != null && user.canRead(a.marking()) ? a.workflow().status().name() : null,
        r != null && user.canRead(r.marking()) ? r.workflow().status().name() : null,
        bothTransmitted(a, r),
        visible(user, Kind.EVIDENCE, e.id()),
        visible(user, Kind.ACTIVITY, e.id()),
        visible(user, Kind.JUDGMENT, e.id()),
        visible(user, Kind.DETERMINATION, e.id()));
  }

  private <T extends ProcessRecord> int visible(Principal user, Kind<T> kind, String electionId) {
    return (int) store.markings(kind, electionId).stream().filter(user::canRead).count();
  }

  /**
   * The election's current product of a kind (there is one per election; amendments are versions).
   */
  private <T extends ProcessRecord> Optional<T> current(Kind<T> kind, String electionId) {
    return store.list(kind, electionId).stream().findFirst();
  }

  public Optional<Assessment> assessmentOf(Principal user, String electionId) {
    return tx.inTransaction(
        () -> current(Kind.ASSESSMENT, electionId).filter(a -> user.canRead(a.marking())));
  }

  public Optional<ImpactReport> impactReportOf(Principal user, String electionId) {
    return tx.inTransaction(
        () -> current(Kind.IMPACT_REPORT, electionId).filter(a -> user.canRead(a.marking())));
  }

  public Optional<byte[]> evidenceContent(Principal user, String evidenceId) {
    EvidenceItem item = get(user, Kind.EVIDENCE, evidenceId);
    return tx.inTransaction(() -> store.content(item.id()));
  }

  /** The published designations, as the public may see them: no principal needed. */
  public List<Designation> designations() {
    return tx.inTransaction(
        () -> {
          List<Designation> out = new ArrayList<>();
          for (Determination d : store.list(Kind.DETERMINATION, null)) {
            if (d.status() != DeterminationStatus.PUBLISHED
                && d.status() != DeterminationStatus.DELISTED) {
              continue;
            }
            Actor a =
                store
                    .find(Kind.ACTOR, d.actorId())
                    .orElseThrow(() -> new RecordNotFound("actor", d.actorId()));
            out.add(
                new Designation(
                    d.id(),
                    a.name(),
                    a.kind(),
                    a.aliases(),
                    a.country(),
                    a.birthDate(),
                    a.identifiers(),
                    d.programTag(),
                    d.criterion().section(),
                    d.effectiveDate(),
                    d.property(),
                    d.delistedOn()));
          }
          out.sort(Comparator.comparing(Designation::name));
          return out;
        });
  }

  // ---------------------------------------------------------------- elections, evidence, records

  public Election createElection(Principal user, Election e) {
    user.requireAny(Set.of(Role.ADMINISTRATOR, Role.ANALYST), "create an election");
    return insert(user, Kind.ELECTION, e);
  }

  public EvidenceItem addEvidence(Principal user, NewEvidence n) {
    user.requireAny(
        Set.of(Role.ANALYST, Role.ELECTION_OFFICIAL, Role.IMPACT_AUTHOR), "add evidence");
    requireMarkingWithin(user, n.marking());
    return tx.inTransaction(
        () -> {
          requireElection(n.electionId());
          Instant now = clock.instant();
          String id = ids.next("ev");
          EvidenceItem item =
              new EvidenceItem(
                  id,
                  n.electionId(),
                  n.title(),
                  n.source(),
                  now,
                  sha256(n.content()),
                  n.content().length,
                  n.mediaType(),
                  n.grading(),
                  n.marking(),
                  n.summary(),
                  n.observables(),
                  List.of(
                      new CustodyEvent(
                          now, user.username(), "received", "submitted by " + user.organization())),
                  List.of());
          store.insert(Kind.EVIDENCE, item);
          store.putContent(id, n.content());
          audit.record(user, "create", Kind.EVIDENCE.table(), id, null, item);
          return item;
        });
  }

  /** Adds a record that was built elsewhere (demo seeding, STIX import); its id must be new. */
  public <T extends ProcessRecord> T importRecord(
      Principal user, Kind<T> kind, T record, byte @Nullable [] content) {
    if (!user.isSystem()) {
      user.require(Role.ADMINISTRATOR, "import records");
      requireMarkingWithin(user, record.marking());
    }
    return tx.inTransaction(
        () -> {
          store.insert(kind, record);
          if (content != null) {
            store.putContent(record.id(), content);
          }
          audit.record(user, "import", kind.table(), record.id(), null, record);
          return record;
        });
  }

  public EvidenceItem addCustody(Principal user, String evidenceId, String action, String note) {
    return change(
        user,
        Kind.EVIDENCE,
        evidenceId,
        "custody",
        e -> e.withCustody(new CustodyEvent(clock.instant(), user.username(), action, note)));
  }

  public Activity createActivity(Principal user, Activity a) {
    user.require(Role.ANALYST, "create an activity");
    requireMarkingWithin(user, a.marking());
    return tx.inTransaction(
        () -> {
          requireElection(a.electionId());
          return insert(user, Kind.ACTIVITY, a);
        });
  }

  public Activity linkEvidence(Principal user, String activityId, String evidenceId) {
    user.require(Role.ANALYST, "link evidence to an activity");
    get(user, Kind.EVIDENCE, evidenceId);
    return change(
        user, Kind.ACTIVITY, activityId, "link-evidence", a -> a.withEvidence(evidenceId));
  }

  public Actor createActor(Principal user, Actor a) {
    user.requireAny(Set.of(Role.ANALYST, Role.TREASURY_OFFICER), "create an actor");
    requireMarkingWithin(user, a.marking());
    return insert(user, Kind.ACTOR, a);
  }

  public Judgment createJudgment(Principal user, Judgment j) {
    user.require(Role.ANALYST, "create a judgment");
    requireMarkingWithin(user, j.marking());
    return tx.inTransaction(
        () -> {
          requireElection(j.electionId());
          return insert(user, Kind.JUDGMENT, j);
        });
  }

  /** Revises a judgment; the previous wording goes into its history with the reason. */
  public Judgment reviseJudgment(Principal user, String id, Judgment edit, String reason) {
    user.require(Role.ANALYST, "revise a judgment");
    return change(
        user,
        Kind.JUDGMENT,
        id,
        "revise",
        j ->
            j.revise(
                edit.statement(),
                edit.likelihood(),
                edit.confidence(),
                edit.dissents(),
                edit.evidenceIds(),
                new JudgmentChange(
                    clock.instant(), user.username(), reason, j.statement(), j.likelihood())));
  }

  // ---------------------------------------------------------------- the 1(a) assessment

  public Assessment createAssessment(Principal user, Assessment draft) {
    return createProduct(user, Kind.ASSESSMENT, draft, "one-assessment-per-election");
  }

  public Assessment editAssessment(Principal user, String id, Assessment edit) {
    return editProduct(user, Kind.ASSESSMENT, id, edit);
  }

  public Assessment submitAssessment(Principal user, String id, String note) {
    return submit(user, Kind.ASSESSMENT, id, note);
  }

  public Assessment reviewAssessment(Principal user, String id, boolean accept, String note) {
    return review(user, Kind.ASSESSMENT, id, accept, note);
  }

  public Assessment coordinateAssessment(Principal user, String id, Position p, String note) {
    return coordinate(user, Kind.ASSESSMENT, id, p, note);
  }

  public Assessment approveAssessment(Principal user, String id, String note) {
    return approve(user, Kind.ASSESSMENT, id, note);
  }

  public Assessment transmitAssessment(Principal user, String id) {
    return change(
        user,
        Kind.ASSESSMENT,
        id,
        "transmit",
        a -> a.withWorkflow(a.workflow().transmit(user, clock.instant(), Assessment.ROLES)));
  }

  /** Sec. 1(c): amends the assessment and reopens what depends on it (the 1(b) report, Sec. 3). */
  public Assessment amendAssessment(Principal user, String id, String reason) {
    return tx.inTransaction(
        () -> {
          Assessment a =
              change(
                  user,
                  Kind.ASSESSMENT,
                  id,
                  "amend",
                  x ->
                      x.withWorkflow(
                          x.workflow().amend(user, clock.instant(), reason, Assessment.ROLES)));
          String why = "assessment amended to version " + a.workflow().version() + ": " + reason;
          current(Kind.IMPACT_REPORT, a.electionId())
              .ifPresent(
                  r -> {
                    if (r.workflow().status() != ProductStatus.DRAFT) {
                      ImpactReport after =
                          r.withWorkflow(
                              r.workflow().reopen(user.username(), clock.instant(), why));
                      store.update(Kind.IMPACT_REPORT, after);
                      audit.record(user, "reopen", Kind.IMPACT_REPORT.table(), r.id(), r, after);
                    }
                  });
          reopenRecommendations(user, a.electionId());
          return a;
        });
  }

  // ---------------------------------------------------------------- the 1(b) report

  public ImpactReport createImpactReport(Principal user, ImpactReport draft) {
    return createProduct(user, Kind.IMPACT_REPORT, draft, "one-report-per-election");
  }

  public ImpactReport editImpactReport(Principal user, String id, ImpactReport edit) {
    return editProduct(user, Kind.IMPACT_REPORT, id, edit);
  }

  public ImpactReport submitImpactReport(Principal user, String id, String note) {
    return submit(user, Kind.IMPACT_REPORT, id, note);
  }

  public ImpactReport reviewImpactReport(Principal user, String id, boolean accept, String note) {
    return review(user, Kind.IMPACT_REPORT, id, accept, note);
  }

  public ImpactReport coordinateImpactReport(Principal user, String id, Position p, String note) {
    return coordinate(user, Kind.IMPACT_REPORT, id, p, note);
  }

  public ImpactReport approveImpactReport(Principal user, String id, String note) {
    return approve(user, Kind.IMPACT_REPORT, id, note);
  }

  public ImpactReport transmitImpactReport(Principal user, String id) {
    return tx.inTransaction(
        () -> {
          ImpactReport r =
              store
                  .find(Kind.IMPACT_REPORT, id)
                  .filter(x -> user.canRead(x.marking()))
                  .orElseThrow(() -> new RecordNotFound("impact_report", id));
          Assessment a = current(Kind.ASSESSMENT, r.electionId()).orElse(null);
          if (a == null || a.workflow().status() != ProductStatus.TRANSMITTED) {
            throw new RuleViolated(
                "report-after-assessment",
                "the 1(b) report evaluates the 1(a) assessment: it cannot be transmitted until the"
                    + " current version of the assessment has been transmitted (it is "
                    + (a == null ? "not started" : a.workflow().status())
                    + ")");
          }
          return change(
              user,
              Kind.IMPACT_REPORT,
              id,
              "transmit",
              x -> {
                ImpactReport y =
                    x.assessmentReceivedOn() == null
                        ? x.withAssessmentReceivedOn(Deadlines.assessmentReceived(a, null))
                        : x;
                return y.withWorkflow(
                    y.workflow().transmit(user, clock.instant(), ImpactReport.ROLES));
              });
        });
  }

  public ImpactReport amendImpactReport(Principal user, String id, String reason) {
    return tx.inTransaction(
        () -> {
          ImpactReport r =
              change(
                  user,
                  Kind.IMPACT_REPORT,
                  id,
                  "amend",
                  x ->
                      x.withWorkflow(
                          x.workflow().amend(user, clock.instant(), reason, ImpactReport.ROLES)));
          reopenRecommendations(user, r.electionId());
          return r;
        });
  }

  // ---------------------------------------------------------------- workflow steps of both
  // products

  /**
   * Creates the election's draft of a product; there is one per election (amendments are versions).
   */
  private <T extends Product<T>> T createProduct(
      Principal user, Kind<T> kind, T draft, String rule) {
    String product = draft.roles().product();
    user.require(draft.roles().drafter(), "draft the " + product);
    requireMarkingWithin(user, draft.marking());
    return tx.inTransaction(
        () -> {
          requireElection(draft.electionId());
          if (current(kind, draft.electionId()).isPresent()) {
            throw new RuleViolated(
                rule,
                "election '"
                    + draft.electionId()
                    + "' already has an "
                    + product
                    + ": amend it instead");
          }
          return insert(user, kind, draft.withWorkflow(Workflow.draft(user.username())));
        });
  }

  /** Replaces the content of a product's draft; refused once it has left draft. */
  private <T extends Product<T>> T editProduct(Principal user, Kind<T> kind, String id, T edit) {
    String product = edit.roles().product();
    user.require(edit.roles().drafter(), "edit the " + product);
    return change(
        user,
        kind,
        id,
        "edit",
        p -> {
          requireDraft(p.workflow(), product);
          return p.withContent(edit);
        });
  }

  /** Runs one workflow step on the assessment or the impact report. */
  @SuppressWarnings("unchecked")
  public <T extends Product<T>> T step(Principal user, Kind<T> kind, String id, Step step) {
    boolean assessment = kind == (Kind<?>) Kind.ASSESSMENT;
    if (!assessment && kind != (Kind<?>) Kind.IMPACT_REPORT) {
      throw new IllegalArgumentException(kind + " has no workflow");
    }
    return switch (step) {
      case Step.Submit s -> submit(user, kind, id, s.note());
      case Step.Review r -> review(user, kind, id, r.accept(), r.note());
      case Step.Coordinate c -> coordinate(user, kind, id, c.position(), c.note());
      case Step.Approve a -> approve(user, kind, id, a.note());
      case Step.Transmit t ->
          (T) (assessment ? transmitAssessment(user, id) : transmitImpactReport(user, id));
      case Step.Amend a ->
          (T)
              (assessment
                  ? amendAssessment(user, id, a.reason())
                  : amendImpactReport(user, id, a.reason()));
    };
  }

  private <T extends Product<T>> T submit(Principal user, Kind<T> kind, String id, String note) {
    return change(
        user,
        kind,
        id,
        "submit",
        p -> {
          p.requireComplete();
          return p.withWorkflow(p.workflow().submit(user, clock.instant(), note, p.roles()));
        });
  }

  private <T extends Product<T>> T review(
      Principal user, Kind<T> kind, String id, boolean accept, String note) {
    return change(
        user,
        kind,
        id,
        accept ? "review-accept" : "review-return",
        p -> p.withWorkflow(p.workflow().review(user, clock.instant(), accept, note, p.roles())));
  }

  private <T extends Product<T>> T coordinate(
      Principal user, Kind<T> kind, String id, Position position, String note) {
    return change(
        user,
        kind,
        id,
        "coordinate-" + position.name().toLowerCase(java.util.Locale.ROOT),
        p ->
            p.withWorkflow(
                p.workflow().coordinate(user, position, clock.instant(), note, p.roles())));
  }

  private <T extends Product<T>> T approve(Principal user, Kind<T> kind, String id, String note) {
    return change(
        user,
        kind,
        id,
        "approve",
        p -> {
          p.requireComplete();
          return p.withWorkflow(p.workflow().approve(user, clock.instant(), note, p.roles()));
        });
  }

  // ---------------------------------------------------------------- Sec. 3(b)

  /** Opens Sec. 3 with a draft recommendation; refused unless both products are transmitted. */
  public Recommendation openRecommendation(Principal user, Recommendation draft) {
    user.requireAny(
        Set.of(Role.TREASURY_OFFICER, Role.STATE_OFFICER), "draft the Sec. 3(b) recommendation");
    requireMarkingWithin(user, draft.marking());
    return tx.inTransaction(
        () -> {
          requireElection(draft.electionId());
          Assessment a = current(Kind.ASSESSMENT, draft.electionId()).orElse(null);
          ImpactReport r = current(Kind.IMPACT_REPORT, draft.electionId()).orElse(null);
          if (!bothTransmitted(a, r)) {
            throw new RuleViolated(
                "sec3-after-both-products",
                "Sec. 3 applies only after the 1(a) assessment and the 1(b) report have both been transmitted; now the assessment is "
                    + (a == null ? "not started" : a.workflow().status())
                    + " and the report is "
                    + (r == null ? "not started" : r.workflow().status()));
          }
          Recommendation fresh =
              new Recommendation(
                  ids.next("rec"),
                  draft.electionId(),
                  draft.country(),
                  draft.targets(),
                  draft.comparableSectorsJustification(),
                  draft.calibrationRationale(),
                  draft.impactAssessment(),
                  RecommendationStatus.DRAFT,
                  List.of(),
                  Decision.PENDING,
                  "",
                  null,
                  draft.marking(),
                  draft.verify());
          return insert(user, Kind.RECOMMENDATION, fresh);
        });
  }

  public Recommendation editRecommendation(Principal user, String id, Recommendation edit) {
    user.requireAny(
        Set.of(Role.TREASURY_OFFICER, Role.STATE_OFFICER), "edit the Sec. 3(b) recommendation");
    return change(
        user,
        Kind.RECOMMENDATION,
        id,
        "edit",
        r -> {
          if (r.status() == RecommendationStatus.SUBMITTED
              || r.status() == RecommendationStatus.DECIDED) {
            throw new RuleViolated(
                "edit-draft-only",
                "the recommendation is " + r.status() + " and can no longer be edited");
          }
          return r.withContent(edit);
        });
  }

  public Recommendation signOffRecommendation(Principal user, String id) {
    return change(user, Kind.RECOMMENDATION, id, "sign-off", r -> SanctionsRules.signOff(r, user));
  }

  public Recommendation decideRecommendation(Principal user, String id, Decision d, String note) {
    return change(
        user, Kind.RECOMMENDATION, id, "decide", r -> SanctionsRules.decide(r, user, d, note));
  }

  private void reopenRecommendations(Principal user, String electionId) {
    for (Recommendation r : store.list(Kind.RECOMMENDATION, electionId)) {
      Recommendation after = SanctionsRules.reopen(r);
      if (after != r) {
        store.update(Kind.RECOMMENDATION, after);
        audit.record(user, "reopen", Kind.RECOMMENDATION.table(), r.id(), r, after);
      }
    }
  }

  private static boolean bothTransmitted(@Nullable Assessment a, @Nullable ImpactReport r) {
    return a != null
        && r != null
        && a.workflow().status() == ProductStatus.TRANSMITTED
        && r.workflow().status() == ProductStatus.TRANSMITTED;
  }

  // ---------------------------------------------------------------- Sec. 2

  public Determination proposeDetermination(Principal user, Determination draft) {
    user.require(Role.TREASURY_OFFICER, "propose a Sec. 2 determination");
    return tx.inTransaction(
        () -> {
          requireElection(draft.electionId());
          Actor actor =
              store
                  .find(Kind.ACTOR, draft.actorId())
                  .filter(x -> user.canRead(x.marking()))
                  .orElseThrow(
                      () ->
                          new InvalidField("actorId", "names no actor: '" + draft.actorId() + "'"));
          if (!actor.foreign()) {
            throw new RuleViolated(
                "foreign-person-only",
                "Sec. 2(a) blocks the property of foreign persons only; '"
                    + actor.name()
                    + "' is not recorded as foreign");
          }
          Determination d =
              new Determination(
                  ids.next("det"),
                  draft.electionId(),
                  draft.actorId(),
                  draft.criterion(),
                  draft.basis(),
                  Map.of(),
                  DeterminationStatus.PROPOSED,
                  user.username(),
                  null,
                  null,
                  draft.programTag(),
                  draft.property(),
                  null,
                  "",
                  draft.marking(),
                  draft.verify(),
                  clock.instant());
          return insert(user, Kind.DETERMINATION, d);
        });
  }

  public Determination consult(Principal user, String id, Department dept, String note) {
    return change(
        user,
        Kind.DETERMINATION,
        id,
        "consult-" + dept.name().toLowerCase(java.util.Locale.ROOT),
        d -> SanctionsRules.consult(d, user, dept, note, clock.instant()));
  }

  public Determination determine(Principal user, String id, LocalDate effective) {
    return change(
        user,
        Kind.DETERMINATION,
        id,
        "determine",
        d -> SanctionsRules.determine(d, user, effective, clock.instant()));
  }

  public Determination publish(Principal user, String id) {
    return change(
        user,
        Kind.DETERMINATION,
        id,
        "publish",
        d -> SanctionsRules.publish(d, user, clock.instant()));
  }

  public Determination delist(Principal user, String id, LocalDate on, String reason) {
    return change(
        user,
        Kind.DETERMINATION,
        id,
        "delist",
        d -> SanctionsRules.delist(d, user, on, reason, clock.instant()));
  }

  // ---------------------------------------------------------------- helpers

  private <T extends ProcessRecord> T insert(Principal user, Kind<T> kind, T record) {
    return tx.inTransaction(
        () -> {
          if (store.find(kind, record.id()).isPresent()) {
            throw new RuleViolated(
                "unique-id", kind.table() + " '" + record.id() + "' exists already");
          }
          store.insert(kind, record);
          audit.record(user, "create", kind.table(), record.id(), null, record);
          return record;
        });
  }

  private <T extends ProcessRecord> T change(
      Principal user, Kind<T> kind, String id, String action, UnaryOperator<T> step) {
    return tx.inTransaction(
        () -> {
          T before =
              store
                  .find(kind, id)
                  .filter(r -> user.canRead(r.marking()))
                  .orElseThrow(() -> new RecordNotFound(kind.table(), id));
          T after = step.apply(before);
          store.update(kind, after);
          audit.record(user, action, kind.table(), id, before, after);
          return after;
        });
  }

  private void requireElection(String electionId) {
    if (store.find(Kind.ELECTION, electionId).isEmpty()) {
      throw new InvalidField("electionId", "names no election: '" + electionId + "'");
    }
  }

  private static void requireDraft(Workflow w, String product) {
    if (w.status() != ProductStatus.DRAFT) {
      throw new RuleViolated(
          "edit-draft-only",
          "the "
              + product
              + " is "
              + w.status()
              + ": only a draft can be edited (amend a transmitted one)");
    }
  }

  /** Nobody creates a record they could not read themselves (it would vanish from their view). */
  private static void requireMarkingWithin(Principal user, io.vigil.process.marking.Marking m) {
    if (!user.clearance().dominates(m.classification())) {
      throw new NotPermitted(
          "user '"
              + user.username()
              + "' holds a "
              + user.clearance()
              + " clearance and may not create a "
              + m.classification()
              + " record");
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
