package io.vigil.server.process.web;

import static io.vigil.server.process.web.EvidenceController.nn;

import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.RecordNotFound;
import io.vigil.process.access.Principal;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.Finding;
import io.vigil.process.product.GovernmentRole;
import io.vigil.process.product.ImpactCategory;
import io.vigil.process.product.ImpactReport;
import io.vigil.process.product.Position;
import io.vigil.process.product.Product;
import io.vigil.process.product.Step;
import io.vigil.process.product.Workflow;
import io.vigil.server.security.CurrentUser;
import java.net.URI;
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

/**
 * The two products of Sec. 1 and their workflow: {@code POST
 * .../{id}/submit|review|coordinate|approve|transmit|amend}.
 */
@RestController
class ProductController {
  private final ProcessService process;

  ProductController(ProcessService process) {
    this.process = process;
  }

  record AssessmentRequest(
      @Nullable String title,
      @Nullable String nature,
      @Nullable String methods,
      @Nullable List<String> personIds,
      @Nullable List<GovernmentRole> governments,
      @Nullable String supportingInformation,
      @Nullable List<String> judgmentIds,
      @Nullable List<String> evidenceIds,
      @Nullable MarkingRequest marking,
      @Nullable String publicVersionNote) {}

  record ImpactReportRequest(
      @Nullable String title,
      @Nullable Map<ImpactCategory, Finding> findings,
      @Nullable List<String> unresolvedIssues,
      @Nullable List<String> remedies,
      @Nullable MarkingRequest marking,
      @Nullable String publicVersionNote) {}

  /** The body of a workflow step; each step reads the fields it needs. */
  record StepRequest(
      @Nullable String note,
      @Nullable Boolean accept,
      @Nullable Position position,
      @Nullable String reason) {
    String noteOrEmpty() {
      return note == null ? "" : note;
    }
  }

  // -------------------------------------------------------------- 1(a)

  @GetMapping("/api/elections/{electionId}/assessment")
  Assessment assessmentOf(@PathVariable String electionId) {
    Principal user = CurrentUser.get();
    process.election(user, electionId);
    Assessment a =
        process
            .assessmentOf(user, electionId)
            .orElseThrow(() -> new RecordNotFound("assessment for election", electionId));
    return process.get(user, Kind.ASSESSMENT, a.id());
  }

  @PostMapping("/api/elections/{electionId}/assessment")
  ResponseEntity<Assessment> createAssessment(
      @PathVariable String electionId, @RequestBody AssessmentRequest r) {
    Principal user = CurrentUser.get();
    Assessment a =
        process.createAssessment(
            user,
            assessment(
                "asm-" + electionId,
                electionId,
                r,
                MarkingRequest.require(r.marking(), user),
                user));
    return ResponseEntity.created(URI.create("/api/assessments/" + a.id())).body(a);
  }

  @GetMapping("/api/assessments/{id}")
  Assessment assessment(@PathVariable String id) {
    return process.get(CurrentUser.get(), Kind.ASSESSMENT, id);
  }

  @PutMapping("/api/assessments/{id}")
  Assessment editAssessment(@PathVariable String id, @RequestBody AssessmentRequest r) {
    Principal user = CurrentUser.get();
    Assessment current = process.get(user, Kind.ASSESSMENT, id);
    return process.editAssessment(
        user, id, assessment(id, current.electionId(), r, current.marking(), user));
  }

  // -------------------------------------------------------------- 1(b)

  @GetMapping("/api/elections/{electionId}/impact-report")
  ImpactReport reportOf(@PathVariable String electionId) {
    Principal user = CurrentUser.get();
    process.election(user, electionId);
    ImpactReport r =
        process
            .impactReportOf(user, electionId)
            .orElseThrow(() -> new RecordNotFound("impact report for election", electionId));
    return process.get(user, Kind.IMPACT_REPORT, r.id());
  }

  @PostMapping("/api/elections/{electionId}/impact-report")
  ResponseEntity<ImpactReport> createReport(
      @PathVariable String electionId, @RequestBody ImpactReportRequest r) {
    Principal user = CurrentUser.get();
    ImpactReport rep =
        process.createImpactReport(
            user,
            report(
                "ir-" + electionId,
                electionId,
                r,
                MarkingRequest.require(r.marking(), user),
                user));
    return ResponseEntity.created(URI.create("/api/impact-reports/" + rep.id())).body(rep);
  }

  @GetMapping("/api/impact-reports/{id}")
  ImpactReport report(@PathVariable String id) {
    return process.get(CurrentUser.get(), Kind.IMPACT_REPORT, id);
  }

  @PutMapping("/api/impact-reports/{id}")
  ImpactReport editReport(@PathVariable String id, @RequestBody ImpactReportRequest r) {
    Principal user = CurrentUser.get();
    ImpactReport current = process.get(user, Kind.IMPACT_REPORT, id);
    return process.editImpactReport(
        user, id, report(id, current.electionId(), r, current.marking(), user));
  }

  /**
   * A workflow step of either product: {@code POST /api/assessments|impact-reports/{id}/{step}}.
   */
  @PostMapping("/api/{products:assessments|impact-reports}/{id}/{step}")
  Product<?> step(
      @PathVariable String products,
      @PathVariable String id,
      @PathVariable String step,
      @RequestBody(required = false) @Nullable StepRequest body) {
    StepRequest r = body == null ? new StepRequest(null, null, null, null) : body;
    Step s = Step.parse(step, r.note(), r.accept(), r.position(), r.reason());
    return products.equals("assessments")
        ? process.step(CurrentUser.get(), Kind.ASSESSMENT, id, s)
        : process.step(CurrentUser.get(), Kind.IMPACT_REPORT, id, s);
  }

  private static Assessment assessment(
      String id,
      String electionId,
      AssessmentRequest r,
      io.vigil.process.marking.Marking m,
      Principal user) {
    return new Assessment(
        id,
        electionId,
        nn(r.title(), "title"),
        r.nature(),
        r.methods(),
        r.personIds(),
        r.governments(),
        r.supportingInformation(),
        r.judgmentIds(),
        r.evidenceIds(),
        Assessment.RECIPIENTS,
        Workflow.draft(user.username()),
        m,
        r.publicVersionNote(),
        List.of());
  }

  private static ImpactReport report(
      String id,
      String electionId,
      ImpactReportRequest r,
      io.vigil.process.marking.Marking m,
      Principal user) {
    return new ImpactReport(
        id,
        electionId,
        nn(r.title(), "title"),
        r.findings(),
        r.unresolvedIssues(),
        r.remedies(),
        ImpactReport.RECIPIENTS,
        null,
        Workflow.draft(user.username()),
        m,
        r.publicVersionNote(),
        List.of());
  }
}
