package io.vigil.server.process.web;

import static io.vigil.server.process.web.EvidenceController.nn;

import io.vigil.process.Designation;
import io.vigil.process.InvalidField;
import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.sanctions.Criterion;
import io.vigil.process.sanctions.Decision;
import io.vigil.process.sanctions.Department;
import io.vigil.process.sanctions.Determination;
import io.vigil.process.sanctions.DeterminationStatus;
import io.vigil.process.sanctions.Property;
import io.vigil.process.sanctions.Recommendation;
import io.vigil.process.sanctions.RecommendationStatus;
import io.vigil.process.sanctions.Target;
import io.vigil.server.security.CurrentUser;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sec. 2 determinations, the Sec. 3(b) recommendation, and the public list of designations. */
@RestController
class SanctionsController {
  private final ProcessService process;

  SanctionsController(ProcessService process) {
    this.process = process;
  }

  record DeterminationRequest(
      @Nullable String actorId,
      @Nullable Criterion criterion,
      @Nullable String basis,
      @Nullable String programTag,
      @Nullable List<Property> property,
      @Nullable MarkingRequest marking) {}

  record ConsultationRequest(@Nullable Department department, @Nullable String note) {}

  record DetermineRequest(@Nullable LocalDate effectiveDate) {}

  record DelistRequest(@Nullable LocalDate on, @Nullable String reason) {}

  record RecommendationRequest(
      @Nullable String country,
      @Nullable List<Target> targets,
      @Nullable String comparableSectorsJustification,
      @Nullable String calibrationRationale,
      @Nullable String impactAssessment,
      @Nullable MarkingRequest marking) {}

  record DecisionRequest(@Nullable Decision decision, @Nullable String note) {}

  @GetMapping("/api/elections/{electionId}/determinations")
  List<Determination> determinations(@PathVariable String electionId) {
    process.election(CurrentUser.get(), electionId);
    return process.list(CurrentUser.get(), Kind.DETERMINATION, electionId);
  }

  @PostMapping("/api/elections/{electionId}/determinations")
  ResponseEntity<Determination> propose(
      @PathVariable String electionId, @RequestBody DeterminationRequest r) {
    Principal user = CurrentUser.get();
    if (r.criterion() == null) {
      throw new InvalidField("criterion", "is required, one of " + List.of(Criterion.values()));
    }
    Determination d =
        process.proposeDetermination(
            user,
            new Determination(
                "new",
                electionId,
                nn(r.actorId(), "actorId"),
                r.criterion(),
                nn(r.basis(), "basis"),
                Map.of(),
                DeterminationStatus.PROPOSED,
                user.username(),
                null,
                null,
                r.programTag() == null ? Determination.PROGRAM : r.programTag(),
                r.property(),
                null,
                "",
                MarkingRequest.require(r.marking(), user),
                List.of(),
                null));
    return ResponseEntity.created(URI.create("/api/determinations/" + d.id())).body(d);
  }

  @GetMapping("/api/determinations/{id}")
  Determination determination(@PathVariable String id) {
    return process.get(CurrentUser.get(), Kind.DETERMINATION, id);
  }

  @PostMapping("/api/determinations/{id}/consultations")
  Determination consult(@PathVariable String id, @RequestBody ConsultationRequest r) {
    if (r.department() == null) {
      throw new InvalidField("department", "is required, one of STATE, JUSTICE, HOMELAND_SECURITY");
    }
    return process.consult(CurrentUser.get(), id, r.department(), r.note() == null ? "" : r.note());
  }

  @PostMapping("/api/determinations/{id}/determine")
  Determination determine(@PathVariable String id, @RequestBody DetermineRequest r) {
    if (r.effectiveDate() == null) {
      throw new InvalidField("effectiveDate", "is required (ISO date)");
    }
    return process.determine(CurrentUser.get(), id, r.effectiveDate());
  }

  @PostMapping("/api/determinations/{id}/publish")
  Determination publish(@PathVariable String id) {
    return process.publish(CurrentUser.get(), id);
  }

  @PostMapping("/api/determinations/{id}/delist")
  Determination delist(@PathVariable String id, @RequestBody DelistRequest r) {
    if (r.on() == null) {
      throw new InvalidField("on", "is required (ISO date)");
    }
    return process.delist(CurrentUser.get(), id, r.on(), nn(r.reason(), "reason"));
  }

  @GetMapping("/api/elections/{electionId}/recommendations")
  List<Recommendation> recommendations(@PathVariable String electionId) {
    process.election(CurrentUser.get(), electionId);
    return process.list(CurrentUser.get(), Kind.RECOMMENDATION, electionId);
  }

  /** Opens Sec. 3 with a draft; refused with 409 until both products are transmitted. */
  @PostMapping("/api/elections/{electionId}/recommendations")
  ResponseEntity<Recommendation> open(
      @PathVariable String electionId, @RequestBody RecommendationRequest r) {
    Principal user = CurrentUser.get();
    Recommendation rec =
        process.openRecommendation(
            user, recommendation("new", electionId, r, MarkingRequest.require(r.marking(), user)));
    return ResponseEntity.created(URI.create("/api/recommendations/" + rec.id())).body(rec);
  }

  @GetMapping("/api/recommendations/{id}")
  Recommendation recommendation(@PathVariable String id) {
    return process.get(CurrentUser.get(), Kind.RECOMMENDATION, id);
  }

  @PutMapping("/api/recommendations/{id}")
  Recommendation edit(@PathVariable String id, @RequestBody RecommendationRequest r) {
    Recommendation current = process.get(CurrentUser.get(), Kind.RECOMMENDATION, id);
    return process.editRecommendation(
        CurrentUser.get(), id, recommendation(id, current.electionId(), r, current.marking()));
  }

  @PostMapping("/api/recommendations/{id}/sign-off")
  Recommendation signOff(@PathVariable String id) {
    return process.signOffRecommendation(CurrentUser.get(), id);
  }

  @PostMapping("/api/recommendations/{id}/decision")
  Recommendation decide(@PathVariable String id, @RequestBody DecisionRequest r) {
    if (r.decision() == null) {
      throw new InvalidField(
          "decision", "is required, one of APPROVED, PARTIALLY_APPROVED, REJECTED");
    }
    return process.decideRecommendation(
        CurrentUser.get(), id, r.decision(), r.note() == null ? "" : r.note());
  }

  /** The published designations: public, as OFAC's list is. */
  @GetMapping("/api/public/designations")
  List<Designation> designations() {
    return process.designations();
  }

  private static Recommendation recommendation(
      String id, String electionId, RecommendationRequest r, io.vigil.process.marking.Marking m) {
    return new Recommendation(
        id,
        electionId,
        nn(r.country(), "country"),
        r.targets(),
        r.comparableSectorsJustification(),
        r.calibrationRationale(),
        r.impactAssessment(),
        RecommendationStatus.DRAFT,
        List.of(),
        Decision.PENDING,
        "",
        null,
        m,
        List.of());
  }
}
