package io.vigil.server.ui.election;

import io.vigil.process.ElectionOverview;
import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.activity.Activity;
import io.vigil.process.actor.Actor;
import io.vigil.process.deadline.Deadlines;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.GovernmentRole;
import io.vigil.process.product.ImpactReport;
import io.vigil.process.product.Position;
import io.vigil.process.product.ProductStatus;
import io.vigil.process.product.Workflow;
import io.vigil.process.sanctions.Decision;
import io.vigil.process.sanctions.Department;
import io.vigil.process.sanctions.Determination;
import io.vigil.process.sanctions.DeterminationStatus;
import io.vigil.process.sanctions.Recommendation;
import io.vigil.process.sanctions.RecommendationStatus;
import io.vigil.server.security.CurrentUser;
import io.vigil.server.ui.Banner;
import io.vigil.server.ui.DeadlineView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An election cycle: its activities, judgments and actors, the state of the 1(a) assessment, the
 * 1(b) report, Sec. 2 and Sec. 3, with only the steps the user's roles allow offered as buttons.
 * The process still checks every step (a rule such as "nobody reviews their own draft" is refused
 * with its reason).
 */
@Controller
class ElectionPageController {
  private final ProcessService process;

  ElectionPageController(ProcessService process) {
    this.process = process;
  }

  /** The steps of a product's workflow the user's roles allow in its current state. */
  record Steps(
      boolean edit,
      boolean submit,
      boolean review,
      boolean coordinate,
      boolean approve,
      boolean transmit,
      boolean amend) {
    static Steps of(Workflow w, Principal u, Workflow.Roles roles) {
      ProductStatus s = w.status();
      return new Steps(
          s == ProductStatus.DRAFT && u.has(roles.drafter()),
          s == ProductStatus.DRAFT && u.has(roles.drafter()),
          s == ProductStatus.IN_REVIEW && u.has(roles.reviewer()),
          s == ProductStatus.IN_COORDINATION && !u.roles().isEmpty(),
          s == ProductStatus.IN_COORDINATION && u.has(roles.approver()),
          s == ProductStatus.APPROVED && u.has(roles.approver()),
          s == ProductStatus.TRANSMITTED && u.has(roles.drafter()));
    }

    public boolean any() {
      return edit || submit || review || coordinate || approve || transmit || amend;
    }
  }

  /** A Sec. 2 determination with its actor's name and the steps the user may take. */
  record DeterminationRow(
      Determination d,
      String actorName,
      boolean consult,
      boolean determine,
      boolean publish,
      boolean delist) {}

  /** A Sec. 3(b) recommendation with the steps the user may take. */
  record RecommendationRow(Recommendation r, boolean signOff, boolean decide) {}

  @GetMapping("/elections/{id}")
  String election(@PathVariable String id, Model m) {
    Principal user = CurrentUser.get();
    ElectionOverview o = process.election(user, id);
    LocalDate today = LocalDate.now(process.clock().withZone(Deadlines.ZONE));
    List<Activity> activities =
        process.list(user, Kind.ACTIVITY, id).stream()
            .sorted(Comparator.comparing(Activity::from))
            .toList();
    List<Judgment> judgments = process.list(user, Kind.JUDGMENT, id);
    Assessment assessment = process.assessmentOf(user, id).orElse(null);
    ImpactReport report = process.impactReportOf(user, id).orElse(null);
    List<Determination> determinations = process.list(user, Kind.DETERMINATION, id);
    List<Recommendation> recommendations = process.list(user, Kind.RECOMMENDATION, id);

    Set<String> actorIds = new LinkedHashSet<>();
    activities.forEach(a -> actorIds.addAll(a.actorIds()));
    if (assessment != null) {
      actorIds.addAll(assessment.personIds());
      assessment.governments().stream().map(GovernmentRole::actorId).forEach(actorIds::add);
    }
    determinations.forEach(d -> actorIds.add(d.actorId()));
    Map<String, Actor> readable =
        process.list(user, Kind.ACTOR, null).stream()
            .collect(
                Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    List<Actor> actors = actorIds.stream().map(readable::get).filter(a -> a != null).toList();

    Banner banner =
        new Banner()
            .add(o.election())
            .addAll(activities)
            .addAll(judgments)
            .addAll(actors)
            .addAll(determinations)
            .addAll(recommendations)
            .add(assessment)
            .add(report);

    m.addAttribute("o", o);
    m.addAttribute("e", o.election());
    m.addAttribute("assessmentDeadline", DeadlineView.of(o.assessment(), today));
    m.addAttribute("reportDeadline", DeadlineView.of(o.impactReport(), today));
    m.addAttribute("activities", activities);
    m.addAttribute("judgments", judgments);
    m.addAttribute("actors", actors);
    m.addAttribute("assessment", assessment);
    m.addAttribute(
        "assessmentSteps",
        assessment == null ? null : Steps.of(assessment.workflow(), user, Assessment.ROLES));
    m.addAttribute("canCreateAssessment", assessment == null && user.has(Role.ANALYST));
    m.addAttribute("report", report);
    m.addAttribute(
        "reportSteps",
        report == null ? null : Steps.of(report.workflow(), user, ImpactReport.ROLES));
    m.addAttribute("canCreateReport", report == null && user.has(Role.IMPACT_AUTHOR));
    m.addAttribute(
        "determinations",
        determinations.stream().map(d -> row(d, readable.get(d.actorId()), user)).toList());
    m.addAttribute(
        "recommendations",
        recommendations.stream()
            .map(
                r ->
                    new RecommendationRow(
                        r,
                        (r.status() == RecommendationStatus.DRAFT
                                || r.status() == RecommendationStatus.NEEDS_REVIEW)
                            && (user.has(Role.STATE_OFFICER) || user.has(Role.TREASURY_OFFICER)),
                        r.status() == RecommendationStatus.SUBMITTED
                            && user.has(Role.DECISION_MAKER)))
            .toList());
    m.addAttribute(
        "canAddEvidence",
        user.has(Role.ANALYST) || user.has(Role.ELECTION_OFFICIAL) || user.has(Role.IMPACT_AUTHOR));
    m.addAttribute("canWriteJudgment", user.has(Role.ANALYST));
    m.addAttribute("departments", Department.values());
    m.addAttribute("decisions", Decision.values());
    m.addAttribute("positions", Position.values());
    m.addAttribute(
        "levels",
        java.util.Arrays.stream(io.vigil.process.marking.Classification.values())
            .filter(c -> user.clearance().dominates(c))
            .toList());
    m.addAttribute("banner", banner);
    return "ui/election";
  }

  private static DeterminationRow row(Determination d, @Nullable Actor a, Principal user) {
    boolean treasury = user.has(Role.TREASURY_OFFICER);
    boolean proposed = d.status() == DeterminationStatus.PROPOSED;
    return new DeterminationRow(
        d,
        a == null ? d.actorId() : a.name(),
        proposed && (treasury || user.has(Role.STATE_OFFICER)),
        proposed && treasury,
        d.status() == DeterminationStatus.DETERMINED && treasury,
        d.status() == DeterminationStatus.PUBLISHED && treasury);
  }
}
