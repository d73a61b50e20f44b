package io.vigil.server.ui.detection;

import io.vigil.domains.Verdict;
import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.activity.Activity;
import io.vigil.process.evidence.CustodyEvent;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.server.detection.DetectionEvidence;
import io.vigil.server.security.CurrentUser;
import io.vigil.server.ui.Banner;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/*
 * Design note. The lookalike-domain detector as a desk: paste domains (from a feed, a certificate
 * log, an incident report) and see each verdict with the organisation it imitates and the rules
 * that fired; an analyst can file the alerts as evidence of an activity (STIX indicators, through
 * the server's DetectionEvidence, which the API uses too). Filed alerts wait for triage: an alert's
 * state is the last triage event in its chain of custody (confirmed or dismissed), so triage is
 * attributable and never edits the item itself. Only alerts the user may read are listed.
 */

/** Lookalike domains: check, file as alerts, triage. */
@Controller
class DomainsPageController {
  static final String SOURCE = "Vigil lookalike-domain detector";
  static final Set<String> TRIAGE = Set.of("confirmed", "dismissed");

  private final ProcessService process;
  private final DetectionEvidence detections;

  DomainsPageController(ProcessService process, DetectionEvidence detections) {
    this.process = process;
    this.detections = detections;
  }

  /** A verdict as the page shows it. */
  record VerdictRow(Verdict v, String score) {}

  /** A filed alert and where its triage stands. */
  record AlertRow(EvidenceItem e, String state) {}

  @GetMapping("/domains")
  String domains(@RequestParam(defaultValue = "") String domains, Model m) {
    Principal user = CurrentUser.get();
    List<String> list = split(domains);
    m.addAttribute("domains", domains);
    m.addAttribute(
        "verdicts",
        list.isEmpty()
            ? null
            : detections.check(list).stream()
                .sorted(Comparator.comparingDouble(Verdict::score).reversed())
                .map(v -> new VerdictRow(v, String.format(Locale.ROOT, "%.2f", v.score())))
                .toList());
    List<AlertRow> alerts =
        process.list(user, Kind.EVIDENCE, null).stream()
            .filter(e -> e.source().equals(SOURCE))
            .sorted(Comparator.comparing(EvidenceItem::receivedAt).reversed())
            .map(e -> new AlertRow(e, state(e)))
            .toList();
    m.addAttribute("alerts", alerts);
    boolean analyst = user.has(Role.ANALYST);
    m.addAttribute("canFile", analyst);
    m.addAttribute(
        "activities", analyst ? process.list(user, Kind.ACTIVITY, null) : List.<Activity>of());
    m.addAttribute("banner", new Banner().addAll(alerts.stream().map(AlertRow::e).toList()));
    return "ui/domains";
  }

  @PostMapping("/domains/alerts")
  String file(
      @RequestParam String domains, @RequestParam String activity, RedirectAttributes flash) {
    Principal user = CurrentUser.get();
    Activity a = process.get(user, Kind.ACTIVITY, activity);
    var filed =
        detections.domainAlerts(
            user,
            activity,
            split(domains),
            new Marking(
                a.marking().classification(),
                List.of(),
                Tlp.AMBER,
                user.organization(),
                List.of()));
    flash.addFlashAttribute(
        "flash",
        filed.evidenceIds().size()
            + " alert(s) filed as evidence of '"
            + a.title()
            + "' from "
            + filed.verdicts().size()
            + " domain(s).");
    return "redirect:/domains#alerts";
  }

  @PostMapping("/domains/alerts/{id}/{decision:confirmed|dismissed}")
  String triage(
      @PathVariable String id,
      @PathVariable String decision,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes flash) {
    process.addCustody(CurrentUser.get(), id, decision, note);
    flash.addFlashAttribute("flash", "Alert " + id + " " + decision + ".");
    return "redirect:/domains#alerts";
  }

  static String state(EvidenceItem e) {
    List<CustodyEvent> c = e.custody();
    for (int i = c.size() - 1; i >= 0; i--) {
      if (TRIAGE.contains(c.get(i).action())) {
        return c.get(i).action() + " by " + c.get(i).by();
      }
    }
    return "open";
  }

  static List<String> split(String text) {
    return text.lines()
        .flatMap(l -> java.util.Arrays.stream(l.split("[\\s,;]+")))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .limit(500)
        .toList();
  }
}
