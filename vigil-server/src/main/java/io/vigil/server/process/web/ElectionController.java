package io.vigil.server.process.web;

import io.vigil.process.ElectionOverview;
import io.vigil.process.ProcessService;
import io.vigil.process.election.Election;
import io.vigil.process.election.ElectionScope;
import io.vigil.server.security.CurrentUser;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Election cycles with their deadlines and the state of their products. */
@RestController
@RequestMapping("/api/elections")
class ElectionController {
  private final ProcessService process;

  ElectionController(ProcessService process) {
    this.process = process;
  }

  /**
   * An election as the API shows it.
   *
   * @param assessmentDue E+45
   * @param assessmentDeadline PENDING, OVERDUE, DELIVERED_ON_TIME or DELIVERED_LATE
   * @param impactReportDue 45 days after the assessment was received (projected until then)
   */
  record ElectionView(
      String id,
      String name,
      ElectionScope scope,
      String jurisdiction,
      LocalDate date,
      LocalDate concludedOn,
      LocalDate assessmentDue,
      @Nullable LocalDate assessmentDelivered,
      String assessmentDeadline,
      boolean assessmentLate,
      long assessmentDaysLate,
      @Nullable String assessmentStatus,
      LocalDate impactReportDue,
      boolean impactReportDueProjected,
      String impactReportDueBasis,
      @Nullable LocalDate impactReportDelivered,
      String impactReportDeadline,
      boolean impactReportLate,
      long impactReportDaysLate,
      @Nullable String impactReportStatus,
      boolean section3Open,
      int evidence,
      int activities,
      int judgments,
      int determinations,
      String notes,
      List<String> verify) {

    static ElectionView of(ElectionOverview o) {
      Election e = o.election();
      var a = o.assessment();
      var r = o.impactReport();
      return new ElectionView(
          e.id(),
          e.name(),
          e.scope(),
          e.jurisdiction(),
          e.date(),
          e.concludedOn(),
          a.due(),
          a.delivered(),
          a.state().name(),
          a.daysLate() > 0,
          a.daysLate(),
          o.assessmentStatus(),
          r.due(),
          r.projected(),
          r.basis(),
          r.delivered(),
          r.state().name(),
          r.daysLate() > 0,
          r.daysLate(),
          o.impactReportStatus(),
          o.section3Open(),
          o.evidence(),
          o.activities(),
          o.judgments(),
          o.determinations(),
          e.notes(),
          e.verify());
    }
  }

  @GetMapping
  List<ElectionView> list() {
    return process.elections(CurrentUser.get()).stream().map(ElectionView::of).toList();
  }

  @GetMapping("/{id}")
  ElectionView get(@PathVariable String id) {
    return ElectionView.of(process.election(CurrentUser.get(), id));
  }

  @PostMapping
  ResponseEntity<ElectionView> create(@RequestBody Election e) {
    process.createElection(CurrentUser.get(), e);
    return ResponseEntity.created(URI.create("/api/elections/" + e.id())).body(get(e.id()));
  }
}
