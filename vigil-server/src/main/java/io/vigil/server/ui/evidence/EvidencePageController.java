package io.vigil.server.ui.evidence;

import io.vigil.process.ElectionOverview;
import io.vigil.process.InvalidField;
import io.vigil.process.Kind;
import io.vigil.process.NewEvidence;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.activity.Activity;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.evidence.InformationCredibility;
import io.vigil.process.evidence.SourceReliability;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.server.security.CurrentUser;
import io.vigil.server.stix.StixExchange;
import io.vigil.server.ui.Banner;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/*
 * Design note. Evidence is hostile by nature: titles, summaries and observables are shown only
 * through Thymeleaf's escaping th:text, the content itself is never rendered as a page (it is a
 * download with nosniff, as in the API), and the page's CSP forbids inline script. The list can be
 * searched; with JavaScript the search refreshes only the table through htmx (a fragment read
 * through the same filter), without it the form reloads the page. The banner of the list covers
 * every item the user may read, whatever the search, so that a fragment never shows an item more
 * restrictive than the banner above it.
 */

/** Evidence: list and search, detail with provenance and custody, upload of a file. */
@Controller
class EvidencePageController {
  private final ProcessService process;
  private final StixExchange stix;

  EvidencePageController(ProcessService process, StixExchange stix) {
    this.process = process;
    this.stix = stix;
  }

  @GetMapping("/evidence")
  String list(
      @RequestParam(required = false) @Nullable String election,
      @RequestParam(defaultValue = "") String q,
      Model m) {
    Principal user = CurrentUser.get();
    List<EvidenceItem> all = readable(user, election);
    m.addAttribute("items", search(all, q));
    m.addAttribute("q", q);
    m.addAttribute("election", election == null ? "" : election);
    m.addAttribute(
        "elections", process.elections(user).stream().map(ElectionOverview::election).toList());
    m.addAttribute("banner", new Banner().addAll(all));
    return "ui/evidence-list";
  }

  /** The rows of the list for a search (htmx fragment). */
  @GetMapping("/evidence/rows")
  String rows(
      @RequestParam(required = false) @Nullable String election,
      @RequestParam(defaultValue = "") String q,
      Model m) {
    m.addAttribute("items", search(readable(CurrentUser.get(), election), q));
    return "ui/evidence-list :: rows";
  }

  @GetMapping("/evidence/{id}")
  String detail(@PathVariable String id, Model m) {
    Principal user = CurrentUser.get();
    EvidenceItem ev = process.get(user, Kind.EVIDENCE, id);
    List<Activity> activities =
        process.list(user, Kind.ACTIVITY, ev.electionId()).stream()
            .filter(a -> a.evidenceIds().contains(id))
            .toList();
    List<Judgment> judgments =
        process.list(user, Kind.JUDGMENT, ev.electionId()).stream()
            .filter(j -> j.evidenceIds().contains(id))
            .toList();
    m.addAttribute("ev", ev);
    m.addAttribute("activities", activities);
    m.addAttribute("judgments", judgments);
    m.addAttribute(
        "canAddCustody",
        user.has(Role.ANALYST) || user.has(Role.ELECTION_OFFICIAL) || user.has(Role.IMPACT_AUTHOR));
    m.addAttribute("banner", new Banner().add(ev).addAll(activities).addAll(judgments));
    return "ui/evidence";
  }

  /** The stored bytes, always as a download: never rendered, never sniffed. */
  @GetMapping("/evidence/{id}/content")
  ResponseEntity<byte[]> content(@PathVariable String id) {
    Principal user = CurrentUser.get();
    EvidenceItem item = process.get(user, Kind.EVIDENCE, id);
    byte[] bytes = process.evidenceContent(user, id).orElse(new byte[0]);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(item.id() + ".bin").build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Vigil-Sha256", item.sha256())
        .header("X-Vigil-Marking", item.marking().banner())
        .body(bytes);
  }

  @PostMapping("/evidence/{id}/custody")
  String custody(
      @PathVariable String id,
      @RequestParam String action,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes flash) {
    process.addCustody(CurrentUser.get(), id, action, note);
    flash.addFlashAttribute("flash", "Custody event recorded.");
    return "redirect:/evidence/" + id + "#custody";
  }

  @GetMapping("/elections/{electionId}/evidence/new")
  String uploadForm(@PathVariable String electionId, Model m) {
    Principal user = CurrentUser.get();
    ElectionOverview o = process.election(user, electionId);
    m.addAttribute("e", o.election());
    m.addAttribute("grades", grades());
    m.addAttribute(
        "levels",
        Arrays.stream(Classification.values()).filter(c -> user.clearance().dominates(c)).toList());
    m.addAttribute("tlps", Tlp.values());
    m.addAttribute("banner", new Banner());
    return "ui/evidence-upload";
  }

  @PostMapping("/elections/{electionId}/evidence")
  String upload(
      @PathVariable String electionId,
      @RequestParam("file") MultipartFile file,
      @RequestParam String title,
      @RequestParam String source,
      @RequestParam String grading,
      @RequestParam Classification classification,
      @RequestParam Tlp tlp,
      @RequestParam(defaultValue = "") String summary,
      @RequestParam(defaultValue = "") String observables,
      RedirectAttributes flash)
      throws IOException {
    Principal user = CurrentUser.get();
    if (file.isEmpty()) {
      throw new InvalidField("file", "is empty: choose the file to add as evidence");
    }
    String type =
        file.getContentType() == null || file.getContentType().isBlank()
            ? "application/octet-stream"
            : file.getContentType();
    EvidenceItem item =
        process.addEvidence(
            user,
            new NewEvidence(
                electionId,
                title,
                source,
                type,
                file.getBytes(),
                AdmiraltyGrade.parse(grading),
                new Marking(classification, List.of(), tlp, user.organization(), List.of()),
                summary,
                observables
                    .lines()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .toList()));
    flash.addFlashAttribute(
        "flash",
        "Evidence received: "
            + item.id()
            + ", SHA-256 "
            + item.sha256()
            + ". The chain of custody starts with your receipt.");
    return "redirect:/evidence/" + item.id();
  }

  /**
   * A STIX 2.1 bundle: stored unchanged as evidence, its actors and activities created (the whole
   * bundle is validated first and refused whole when it breaks the schemas).
   */
  @PostMapping("/elections/{electionId}/stix")
  String importStix(
      @PathVariable String electionId,
      @RequestParam("file") MultipartFile file,
      @RequestParam String source,
      @RequestParam String grading,
      @RequestParam Classification classification,
      @RequestParam Tlp tlp,
      RedirectAttributes flash)
      throws IOException {
    Principal user = CurrentUser.get();
    if (file.isEmpty()) {
      throw new InvalidField("file", "is empty: choose the STIX 2.1 bundle (JSON) to import");
    }
    StixExchange.Imported in =
        stix.importBundle(
            user,
            electionId,
            file.getBytes(),
            source,
            AdmiraltyGrade.parse(grading),
            new Marking(classification, List.of(), tlp, user.organization(), List.of()));
    flash.addFlashAttribute(
        "flash",
        "STIX bundle imported as "
            + in.evidenceId()
            + ": "
            + in.actorIds().size()
            + " new actor(s), "
            + in.activityIds().size()
            + " activity draft(s)"
            + (in.notes().isEmpty() ? "." : ". Not mapped: " + String.join("; ", in.notes())));
    return "redirect:/evidence/" + in.evidenceId();
  }

  private List<EvidenceItem> readable(Principal user, @Nullable String election) {
    String e = election == null || election.isBlank() ? null : election;
    return process.list(user, Kind.EVIDENCE, e).stream()
        .sorted(Comparator.comparing(EvidenceItem::receivedAt).reversed())
        .toList();
  }

  static List<EvidenceItem> search(List<EvidenceItem> items, String q) {
    String needle = q.strip().toLowerCase(Locale.ROOT);
    if (needle.isEmpty()) {
      return items;
    }
    return items.stream()
        .filter(
            e ->
                e.title().toLowerCase(Locale.ROOT).contains(needle)
                    || e.source().toLowerCase(Locale.ROOT).contains(needle)
                    || e.summary().toLowerCase(Locale.ROOT).contains(needle)
                    || e.id().toLowerCase(Locale.ROOT).contains(needle)
                    || e.observables().stream()
                        .anyMatch(o -> o.toLowerCase(Locale.ROOT).contains(needle)))
        .toList();
  }

  /** Every Admiralty code, A1 to F6, with its meaning. */
  static List<String[]> grades() {
    List<String[]> out = new java.util.ArrayList<>();
    for (SourceReliability r : SourceReliability.values()) {
      for (InformationCredibility c : InformationCredibility.values()) {
        out.add(
            new String[] {
              r.name() + c.code(), r.name() + c.code() + ": " + r.meaning() + ", " + c.meaning()
            });
      }
    }
    return out;
  }
}
