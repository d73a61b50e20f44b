package io.vigil.server.ui.election;

import io.vigil.process.InvalidField;
import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.marking.Classification;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.ImpactReport;
import io.vigil.process.product.Position;
import io.vigil.process.product.Product;
import io.vigil.process.product.Step;
import io.vigil.process.product.Workflow;
import io.vigil.process.sanctions.Decision;
import io.vigil.process.sanctions.Department;
import io.vigil.process.sanctions.Determination;
import io.vigil.process.sanctions.Recommendation;
import io.vigil.server.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow steps as form posts (CSRF-protected): each calls the process, which checks the role
 * and the rules, then returns to the election page with a message. A refusal is shown by {@code
 * PageAdvice} as a page with its status and reason.
 */
@Controller
class StepController {
  private final ProcessService process;

  StepController(ProcessService process) {
    this.process = process;
  }

  @PostMapping("/elections/{electionId}/assessment")
  String createAssessment(
      @PathVariable String electionId,
      @RequestParam String title,
      @RequestParam(required = false) @Nullable Classification classification,
      RedirectAttributes flash) {
    Principal u = CurrentUser.get();
    process.election(u, electionId);
    Assessment a =
        process.createAssessment(
            u,
            new Assessment(
                "asm-" + electionId,
                electionId,
                title,
                "",
                "",
                List.of(),
                List.of(),
                "",
                List.of(),
                List.of(),
                Assessment.RECIPIENTS,
                Workflow.draft(u.username()),
                io.vigil.process.marking.Marking.of(
                    level(u, classification), io.vigil.process.marking.Tlp.AMBER, u.organization()),
                "",
                List.of()));
    flash.addFlashAttribute("flash", "The draft assessment was created: fill in its fields.");
    return "redirect:/assessments/" + a.id() + "/edit";
  }

  @PostMapping("/elections/{electionId}/impact-report")
  String createReport(
      @PathVariable String electionId,
      @RequestParam String title,
      @RequestParam(required = false) @Nullable Classification classification,
      RedirectAttributes flash) {
    Principal u = CurrentUser.get();
    process.election(u, electionId);
    ImpactReport r =
        process.createImpactReport(
            u,
            new ImpactReport(
                "imp-" + electionId,
                electionId,
                title,
                Map.of(),
                List.of(),
                List.of(),
                ImpactReport.RECIPIENTS,
                null,
                Workflow.draft(u.username()),
                io.vigil.process.marking.Marking.of(
                    level(u, classification), io.vigil.process.marking.Tlp.AMBER, u.organization()),
                "",
                List.of()));
    flash.addFlashAttribute("flash", "The draft impact report was created: fill in its findings.");
    return "redirect:/impact-reports/" + r.id() + "/edit";
  }

  /** A workflow step of either product, then back to the election page at that product. */
  @PostMapping("/{products:assessments|impact-reports}/{id}/{step}")
  String productStep(
      @PathVariable String products,
      @PathVariable String id,
      @PathVariable String step,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(required = false) @Nullable Boolean accept,
      @RequestParam(required = false) @Nullable Position position,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash) {
    Principal u = CurrentUser.get();
    Step s = Step.parse(step, note, accept, position, reason);
    boolean assessment = products.equals("assessments");
    Product<?> p =
        assessment
            ? process.step(u, Kind.ASSESSMENT, id, s)
            : process.step(u, Kind.IMPACT_REPORT, id, s);
    flash.addFlashAttribute(
        "flash",
        (assessment ? "Assessment: " : "Impact report: ")
            + step
            + " done; it is now "
            + p.workflow().status()
            + ".");
    return "redirect:/elections/" + p.electionId() + (assessment ? "#assessment" : "#report");
  }

  @PostMapping("/determinations/{id}/{step}")
  String determinationStep(
      @PathVariable String id,
      @PathVariable String step,
      @RequestParam(required = false) @Nullable Department department,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate date,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes flash) {
    Principal u = CurrentUser.get();
    Determination d =
        switch (step) {
          case "consult" -> process.consult(u, id, required(department, "department"), note);
          case "determine" -> process.determine(u, id, required(date, "date"));
          case "publish" -> process.publish(u, id);
          case "delist" -> process.delist(u, id, required(date, "date"), text(note, "note"));
          default -> throw new InvalidField("step", "'" + step + "' is not a Sec. 2 step");
        };
    flash.addFlashAttribute(
        "flash", "Determination " + d.id() + ": " + step + " done; it is now " + d.status() + ".");
    return "redirect:/elections/" + d.electionId() + "#sec2";
  }

  @PostMapping("/recommendations/{id}/{step}")
  String recommendationStep(
      @PathVariable String id,
      @PathVariable String step,
      @RequestParam(required = false) @Nullable Decision decision,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes flash) {
    Principal u = CurrentUser.get();
    Recommendation r =
        switch (step) {
          case "sign-off" -> process.signOffRecommendation(u, id);
          case "decide" ->
              process.decideRecommendation(u, id, required(decision, "decision"), note);
          default -> throw new InvalidField("step", "'" + step + "' is not a Sec. 3 step");
        };
    flash.addFlashAttribute(
        "flash", "Recommendation: " + step + " done; it is now " + r.status() + ".");
    return "redirect:/elections/" + r.electionId() + "#sec3";
  }

  /** The level asked for, or SECRET (or the user's clearance if lower) when none was given. */
  static Classification level(Principal u, @Nullable Classification asked) {
    if (asked != null) {
      return asked;
    }
    return u.clearance().dominates(Classification.SECRET) ? Classification.SECRET : u.clearance();
  }

  private static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidField(field, "is required");
    }
    return value;
  }

  private static String text(String value, String field) {
    if (value.isBlank()) {
      throw new InvalidField(field, "is required");
    }
    return value;
  }
}
