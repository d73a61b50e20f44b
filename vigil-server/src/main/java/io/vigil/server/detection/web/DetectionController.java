package io.vigil.server.detection.web;

import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.PostFormat;
import io.vigil.coordination.Signal;
import io.vigil.domains.Verdict;
import io.vigil.process.InvalidField;
import io.vigil.process.NewEvidence;
import io.vigil.process.access.Principal;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.server.detection.DetectionEvidence;
import io.vigil.server.security.CurrentUser;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The detection engines in the server: coordination detection on uploaded posts and lookalike
 * domain checks, whose findings are filed as evidence of an activity.
 */
@RestController
class DetectionController {
  private final DetectionEvidence detections;

  DetectionController(DetectionEvidence detections) {
    this.detections = detections;
  }

  record DomainsRequest(
      @Nullable List<String> domains, @Nullable String classification, @Nullable String tlp) {}

  /** Checks domains against the registry of protected election stakeholders; files nothing. */
  @PostMapping("/api/domains/check")
  List<Verdict> check(@RequestBody DomainsRequest r) {
    return detections.check(domains(r));
  }

  /**
   * Checks domains and files each alert as evidence (a STIX indicator and domain-name) of the
   * activity.
   */
  @PostMapping("/api/activities/{id}/domain-alerts")
  DetectionEvidence.DomainsFiled alerts(@PathVariable String id, @RequestBody DomainsRequest r) {
    Principal user = CurrentUser.get();
    return detections.domainAlerts(
        user, id, domains(r), marking(user, r.classification(), r.tlp()));
  }

  /**
   * Runs a coordination detection on an uploaded file of posts and files the upload and the
   * clusters (with the co-actions behind them) as evidence of the activity.
   */
  @PostMapping(
      path = "/api/activities/{id}/coordination",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Object> coordination(
      @PathVariable String id,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "jsonl") String format,
      @RequestParam(required = false) @Nullable String signals,
      @RequestParam(required = false) @Nullable String window,
      @RequestParam(required = false) @Nullable String classification,
      @RequestParam(required = false) @Nullable String tlp)
      throws IOException {
    Principal user = CurrentUser.get();
    if (file.isEmpty()) {
      throw new InvalidField("file", "is empty: upload the posts to analyse");
    }
    if (file.getSize() > NewEvidence.MAX_CONTENT) {
      throw new InvalidField(
          "file",
          "is "
              + file.getSize()
              + " bytes; at most "
              + NewEvidence.MAX_CONTENT
              + " are stored as evidence (run `vigil coordination detect` on larger files)");
    }
    PostFormat f;
    try {
      f = PostFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new InvalidField("format", String.valueOf(e.getMessage()));
    }
    DetectionOptions options = DetectionOptions.defaults();
    if (signals != null && !signals.isBlank()) {
      EnumSet<Signal> set = EnumSet.noneOf(Signal.class);
      for (String s : signals.split(",")) {
        try {
          set.add(Signal.parse(s.strip()));
        } catch (IllegalArgumentException e) {
          throw new InvalidField("signals", String.valueOf(e.getMessage()));
        }
      }
      options = options.withSignals(set);
    }
    if (window != null && !window.isBlank()) {
      try {
        options =
            options.withWindow(
                Duration.parse("PT" + window.strip().toUpperCase(java.util.Locale.ROOT)));
      } catch (RuntimeException e) {
        throw new InvalidField("window", "'" + window + "' is not a duration like 60s, 10m or 1h");
      }
    }
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    var filed =
        detections.coordination(
            user, id, name, file.getBytes(), f, options, marking(user, classification, tlp));
    return Map.of(
        "uploadEvidenceId",
        filed.uploadEvidenceId(),
        "resultEvidenceId",
        filed.resultEvidenceId(),
        "posts",
        filed.posts(),
        "clusters",
        filed.clusters());
  }

  private static List<String> domains(DomainsRequest r) {
    if (r.domains() == null || r.domains().isEmpty()) {
      throw new InvalidField("domains", "is required: a list of domain names");
    }
    if (r.domains().size() > 10_000) {
      throw new InvalidField(
          "domains", "at most 10000 per request; use `vigil domains check` for feeds");
    }
    return r.domains();
  }

  private static Marking marking(
      Principal user, @Nullable String classification, @Nullable String tlp) {
    Classification c;
    try {
      c =
          classification == null
              ? Classification.UNCLASSIFIED
              : Classification.valueOf(classification);
    } catch (IllegalArgumentException e) {
      throw new InvalidField(
          "classification", "'" + classification + "' is not a classification level");
    }
    Tlp t;
    try {
      t = tlp == null ? Tlp.AMBER : Tlp.parse(tlp);
    } catch (IllegalArgumentException e) {
      throw new InvalidField("tlp", "'" + tlp + "' is not a TLP 2.0 label");
    }
    return Marking.of(c, t, user.organization());
  }
}
