package io.vigil.server.ui.election;

import io.vigil.process.InvalidField;
import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.actor.Actor;
import io.vigil.process.actor.ActorKind;
import io.vigil.process.actor.RelationType;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.Effect;
import io.vigil.process.product.Finding;
import io.vigil.process.product.GovernmentRole;
import io.vigil.process.product.ImpactCategory;
import io.vigil.process.product.ImpactReport;
import io.vigil.process.product.Verdict;
import io.vigil.server.security.CurrentUser;
import io.vigil.server.ui.Banner;
import io.vigil.server.ui.report.ReportService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/*
 * Design note. The editors cover the fields the order requires of each product. Sec. 1(a): the
 * nature of the interference, its methods, the persons involved and the foreign governments that
 * authorized, directed, sponsored or supported it, with supporting information (judgments and
 * evidence are chosen from the election's records the author may read). Sec. 1(b): for each of the
 * four categories a verdict (materially affected or not, unable to evaluate, agencies disagree), the
 * effects when it was affected, and the reasoning; the material issues of fact not evaluated or
 * agreed; remedies other than sanctions. Only a draft can be edited: the process refuses otherwise
 * (409), so the editor needs no rule of its own. Repeated fields are read from the raw parameter
 * lists, because Spring splits a lone value at commas.
 */

/** Editors for the required fields of the 1(a) assessment and the 1(b) report. */
@Controller
class ProductEditorController {
  private final ProcessService process;

  ProductEditorController(ProcessService process) {
    this.process = process;
  }

  /** A government row of the 1(a) editor. */
  record GovernmentInput(String actorId, String role, String basis) {}

  /** A category row of the 1(b) editor. */
  record FindingInput(
      ImpactCategory category,
      String label,
      String verdict,
      Set<Effect> effects,
      String rationale) {}

  @GetMapping("/assessments/{id}/edit")
  String editAssessment(@PathVariable String id, Model m) {
    Principal user = CurrentUser.get();
    user.require(Role.ANALYST, "edit the assessment");
    Assessment a = process.get(user, Kind.ASSESSMENT, id);
    List<Judgment> judgments = process.list(user, Kind.JUDGMENT, a.electionId());
    List<EvidenceItem> evidence = process.list(user, Kind.EVIDENCE, a.electionId());
    List<Actor> actors =
        process.list(user, Kind.ACTOR, null).stream()
            .sorted(Comparator.comparing(Actor::name))
            .toList();
    List<GovernmentInput> governments = new ArrayList<>();
    a.governments()
        .forEach(
            g -> governments.add(new GovernmentInput(g.actorId(), g.role().name(), g.basis())));
    governments.add(new GovernmentInput("", "", ""));
    m.addAttribute("a", a);
    m.addAttribute("judgments", judgments);
    m.addAttribute("evidence", evidence);
    m.addAttribute(
        "persons", actors.stream().filter(x -> x.kind() != ActorKind.GOVERNMENT).toList());
    m.addAttribute(
        "governmentActors", actors.stream().filter(x -> x.kind() == ActorKind.GOVERNMENT).toList());
    m.addAttribute("governments", governments);
    m.addAttribute(
        "governmentRoles",
        List.of(
            RelationType.AUTHORIZED,
            RelationType.DIRECTED,
            RelationType.SPONSORED,
            RelationType.SUPPORTED));
    m.addAttribute("banner", new Banner().add(a).addAll(judgments).addAll(evidence).addAll(actors));
    return "ui/assessment-edit";
  }

  @PostMapping("/assessments/{id}/edit")
  String saveAssessment(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      RedirectAttributes flash) {
    Principal user = CurrentUser.get();
    Assessment current = process.get(user, Kind.ASSESSMENT, id);
    List<GovernmentRole> governments = new ArrayList<>();
    List<String> gov = form.getOrDefault("governmentId", List.of());
    List<String> roles = form.getOrDefault("governmentRole", List.of());
    List<String> bases = form.getOrDefault("governmentBasis", List.of());
    for (int i = 0; i < gov.size(); i++) {
      if (gov.get(i).isBlank()) {
        continue;
      }
      governments.add(
          new GovernmentRole(
              gov.get(i),
              RelationType.valueOf(at(roles, i, "governmentRole")),
              i < bases.size() ? bases.get(i) : ""));
    }
    Assessment edit =
        new Assessment(
            id,
            current.electionId(),
            text(form, "title"),
            text(form, "nature"),
            text(form, "methods"),
            form.getOrDefault("personIds", List.of()),
            governments,
            text(form, "supportingInformation"),
            form.getOrDefault("judgmentIds", List.of()),
            form.getOrDefault("evidenceIds", List.of()),
            Assessment.RECIPIENTS,
            current.workflow(),
            current.marking(),
            text(form, "publicVersionNote"),
            current.verify());
    process.editAssessment(user, id, edit);
    flash.addFlashAttribute("flash", "The draft assessment was saved.");
    return "redirect:/elections/" + current.electionId() + "#assessment";
  }

  @GetMapping("/impact-reports/{id}/edit")
  String editReport(@PathVariable String id, Model m) {
    Principal user = CurrentUser.get();
    user.require(Role.IMPACT_AUTHOR, "edit the impact report");
    ImpactReport r = process.get(user, Kind.IMPACT_REPORT, id);
    List<FindingInput> rows = new ArrayList<>();
    for (ImpactCategory c : ImpactCategory.values()) {
      Finding f = r.findings().get(c);
      rows.add(
          new FindingInput(
              c,
              ReportService.categoryLabel(c),
              f == null ? "" : f.verdict().name(),
              f == null ? Set.of() : f.effects(),
              f == null ? "" : f.rationale()));
    }
    m.addAttribute("r", r);
    m.addAttribute("rows", rows);
    m.addAttribute("verdicts", Verdict.values());
    m.addAttribute("effects", Effect.values());
    m.addAttribute("unresolved", String.join("\n", r.unresolvedIssues()));
    m.addAttribute("remedies", String.join("\n", r.remedies()));
    m.addAttribute("banner", new Banner().add(r));
    return "ui/impact-edit";
  }

  @PostMapping("/impact-reports/{id}/edit")
  String saveReport(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      RedirectAttributes flash) {
    Principal user = CurrentUser.get();
    ImpactReport current = process.get(user, Kind.IMPACT_REPORT, id);
    Map<ImpactCategory, Finding> findings = new EnumMap<>(ImpactCategory.class);
    for (ImpactCategory c : ImpactCategory.values()) {
      String verdict = form.getFirst("verdict-" + c.name());
      if (verdict == null || verdict.isBlank()) {
        continue;
      }
      Set<Effect> effects = EnumSet.noneOf(Effect.class);
      form.getOrDefault("effects-" + c.name(), List.of())
          .forEach(e -> effects.add(Effect.valueOf(e)));
      String rationale = form.getFirst("rationale-" + c.name());
      findings.put(
          c,
          new Finding(
              Verdict.valueOf(verdict), effects, rationale == null ? "" : rationale.strip()));
    }
    ImpactReport edit =
        new ImpactReport(
            id,
            current.electionId(),
            text(form, "title"),
            findings,
            lines(form, "unresolvedIssues"),
            lines(form, "remedies"),
            ImpactReport.RECIPIENTS,
            current.assessmentReceivedOn(),
            current.workflow(),
            current.marking(),
            text(form, "publicVersionNote"),
            current.verify());
    process.editImpactReport(user, id, edit);
    flash.addFlashAttribute("flash", "The draft impact report was saved.");
    return "redirect:/elections/" + current.electionId() + "#report";
  }

  private static String text(MultiValueMap<String, String> form, String field) {
    String v = form.getFirst(field);
    return v == null ? "" : v.strip();
  }

  private static List<String> lines(MultiValueMap<String, String> form, String field) {
    return text(form, field).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String at(List<String> values, int i, String field) {
    if (i >= values.size() || values.get(i).isBlank()) {
      throw new InvalidField(field, "row " + (i + 1) + " needs a role");
    }
    return values.get(i);
  }
}
