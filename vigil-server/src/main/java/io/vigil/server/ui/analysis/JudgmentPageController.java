package io.vigil.server.ui.analysis;

import io.vigil.process.InvalidField;
import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.activity.Activity;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.judgment.Confidence;
import io.vigil.process.judgment.Dissent;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.judgment.Likelihood;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.server.security.CurrentUser;
import io.vigil.server.ui.Banner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/*
 * Design note. ICD 203 asks for one vocabulary of likelihood (Vigil uses row A: "almost no chance"
 * ... "almost certain") and for confidence stated separately, here per agency as the ICAs print it
 * (CIA and FBI high, NSA moderate on one 2017 judgment), with dissents and minority views beside
 * the judgment. The editor therefore offers likelihood only as a choice among the seven terms of the
 * one row, never as free text, and confidence as one of three levels per agency. A revision needs a
 * reason and the previous wording goes into the judgment's history (ICD 203 standard 7). Repeated
 * fields are read from the raw parameter lists, because Spring splits a lone value at commas.
 */

/** A judgment: its page, and the editor for analysts (new and revised judgments). */
@Controller
class JudgmentPageController {
  static final int EXTRA_ROWS = 2;
  private final ProcessService process;

  JudgmentPageController(ProcessService process) {
    this.process = process;
  }

  @GetMapping("/judgments/{id}")
  String judgment(@PathVariable String id, Model m) {
    Principal user = CurrentUser.get();
    Judgment j = process.get(user, Kind.JUDGMENT, id);
    List<EvidenceItem> evidence = linked(user, Kind.EVIDENCE, j.electionId(), j.evidenceIds());
    List<Activity> activities = linked(user, Kind.ACTIVITY, j.electionId(), j.activityIds());
    m.addAttribute("j", j);
    m.addAttribute("evidence", evidence);
    m.addAttribute("activities", activities);
    form(m, user, j);
    m.addAttribute("canEdit", user.has(Role.ANALYST));
    m.addAttribute("banner", new Banner().add(j).addAll(evidence).addAll(activities));
    return "ui/judgment";
  }

  @GetMapping("/elections/{electionId}/judgments/new")
  String newJudgment(@PathVariable String electionId, Model m) {
    Principal user = CurrentUser.get();
    user.require(Role.ANALYST, "write a judgment");
    m.addAttribute("e", process.election(user, electionId).election());
    form(m, user, null);
    m.addAttribute("banner", new Banner());
    return "ui/judgment-new";
  }

  @PostMapping("/elections/{electionId}/judgments")
  String create(
      @PathVariable String electionId,
      @RequestParam MultiValueMap<String, String> form,
      RedirectAttributes flash) {
    Principal user = CurrentUser.get();
    Judgment j =
        new Judgment(
            "jdg-" + UUID.randomUUID().toString().substring(0, 8),
            electionId,
            one(form, "statement"),
            likelihood(one(form, "likelihood")),
            confidence(form),
            dissents(form),
            List.of(),
            List.of(),
            List.of(),
            new Marking(
                Classification.valueOf(one(form, "classification")),
                List.of(),
                Tlp.valueOf(one(form, "tlp")),
                user.organization(),
                List.of()),
            List.of());
    Judgment created = process.createJudgment(user, j);
    flash.addFlashAttribute("flash", "Judgment created.");
    return "redirect:/judgments/" + created.id();
  }

  @PostMapping("/judgments/{id}")
  String revise(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      RedirectAttributes flash) {
    Principal user = CurrentUser.get();
    Judgment current = process.get(user, Kind.JUDGMENT, id);
    Judgment edit =
        new Judgment(
            id,
            current.electionId(),
            one(form, "statement"),
            likelihood(one(form, "likelihood")),
            confidence(form),
            dissents(form),
            current.evidenceIds(),
            current.activityIds(),
            current.history(),
            current.marking(),
            current.verify());
    process.reviseJudgment(user, id, edit, one(form, "reason"));
    flash.addFlashAttribute("flash", "Judgment revised; the previous wording is in its history.");
    return "redirect:/judgments/" + id;
  }

  private void form(Model m, Principal user, @Nullable Judgment j) {
    List<String[]> conf = new ArrayList<>();
    List<String[]> diss = new ArrayList<>();
    if (j != null) {
      j.confidence().forEach((k, v) -> conf.add(new String[] {k, v.name()}));
      j.dissents()
          .forEach(
              d -> diss.add(new String[] {d.agency(), String.valueOf(d.minorityView()), d.view()}));
    }
    for (int i = 0; i < EXTRA_ROWS; i++) {
      conf.add(new String[] {"", ""});
    }
    diss.add(new String[] {"", "false", ""});
    m.addAttribute("likelihoods", Likelihood.values());
    m.addAttribute("confidences", Confidence.values());
    m.addAttribute("confidenceRows", conf);
    m.addAttribute("dissentRows", diss);
    m.addAttribute(
        "levels",
        Arrays.stream(Classification.values()).filter(c -> user.clearance().dominates(c)).toList());
    m.addAttribute("tlps", Tlp.values());
  }

  private <T extends io.vigil.process.ProcessRecord> List<T> linked(
      Principal user, Kind<T> kind, String electionId, List<String> ids) {
    return process.list(user, kind, electionId).stream().filter(r -> ids.contains(r.id())).toList();
  }

  private static String one(MultiValueMap<String, String> form, String field) {
    String v = form.getFirst(field);
    if (v == null || v.isBlank()) {
      throw new InvalidField(field, "is required");
    }
    return v.strip();
  }

  private static Likelihood likelihood(String v) {
    return Likelihood.parse(v);
  }

  private static Map<String, Confidence> confidence(MultiValueMap<String, String> form) {
    List<String> agencies = form.getOrDefault("agency", List.of());
    List<String> levels = form.getOrDefault("confidence", List.of());
    Map<String, Confidence> out = new LinkedHashMap<>();
    for (int i = 0; i < agencies.size(); i++) {
      String agency = agencies.get(i).strip();
      String level = i < levels.size() ? levels.get(i).strip() : "";
      if (agency.isEmpty() && level.isEmpty()) {
        continue;
      }
      if (agency.isEmpty() || level.isEmpty()) {
        throw new InvalidField(
            "confidence", "row " + (i + 1) + " needs both an agency and its confidence level");
      }
      out.put(agency, Confidence.valueOf(level.toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  private static List<Dissent> dissents(MultiValueMap<String, String> form) {
    List<String> agencies = form.getOrDefault("dissentAgency", List.of());
    List<String> views = form.getOrDefault("dissentView", List.of());
    List<String> minority = form.getOrDefault("dissentMinority", List.of());
    List<Dissent> out = new ArrayList<>();
    for (int i = 0; i < agencies.size(); i++) {
      String agency = agencies.get(i).strip();
      String view = i < views.size() ? views.get(i).strip() : "";
      if (agency.isEmpty() && view.isEmpty()) {
        continue;
      }
      out.add(new Dissent(agency, minority.contains(String.valueOf(i)), view));
    }
    return out;
  }
}
