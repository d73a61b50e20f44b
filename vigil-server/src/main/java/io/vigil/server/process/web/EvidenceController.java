package io.vigil.server.process.web;

import io.vigil.process.InvalidField;
import io.vigil.process.Kind;
import io.vigil.process.NewEvidence;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.server.security.CurrentUser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence: list, add (JSON or a file upload), read, download, chain of custody. */
@RestController
class EvidenceController {
  private final ProcessService process;

  EvidenceController(ProcessService process) {
    this.process = process;
  }

  /**
   * A new item of evidence as JSON: the content as text, or as base64 in {@code contentBase64}.
   *
   * @param grading Admiralty code such as B2
   */
  record EvidenceRequest(
      @Nullable String title,
      @Nullable String source,
      @Nullable String mediaType,
      @Nullable String content,
      @Nullable String contentBase64,
      @Nullable String grading,
      @Nullable MarkingRequest marking,
      @Nullable String summary,
      @Nullable List<String> observables) {}

  record CustodyRequest(@Nullable String action, @Nullable String note) {}

  /**
   * The evidence of an election the reader may see, a page at a time; the total is in
   * X-Total-Count.
   */
  @GetMapping("/api/elections/{electionId}/evidence")
  ResponseEntity<List<EvidenceItem>> list(
      @PathVariable String electionId,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "500") int limit) {
    if (offset < 0) {
      throw new InvalidField("offset", "must not be negative");
    }
    if (limit < 1 || limit > 5000) {
      throw new InvalidField("limit", "must be 1 to 5000");
    }
    process.election(CurrentUser.get(), electionId);
    List<EvidenceItem> all = process.list(CurrentUser.get(), Kind.EVIDENCE, electionId);
    List<EvidenceItem> page =
        all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    return ResponseEntity.ok().header("X-Total-Count", Integer.toString(all.size())).body(page);
  }

  @PostMapping(
      path = "/api/elections/{electionId}/evidence",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<EvidenceItem> add(
      @PathVariable String electionId, @RequestBody EvidenceRequest r) {
    Principal user = CurrentUser.get();
    byte[] content;
    if (r.contentBase64() != null) {
      try {
        content = Base64.getDecoder().decode(r.contentBase64());
      } catch (IllegalArgumentException e) {
        throw new InvalidField("contentBase64", "is not valid base64: " + e.getMessage());
      }
    } else if (r.content() != null) {
      content = r.content().getBytes(StandardCharsets.UTF_8);
    } else {
      throw new InvalidField("content", "is required (or contentBase64)");
    }
    return created(
        process.addEvidence(
            user,
            new NewEvidence(
                electionId,
                nn(r.title(), "title"),
                nn(r.source(), "source"),
                r.mediaType() == null ? "text/plain; charset=utf-8" : r.mediaType(),
                content,
                AdmiraltyGrade.parse(nn(r.grading(), "grading")),
                MarkingRequest.require(r.marking(), user),
                r.summary() == null ? "" : r.summary(),
                r.observables())));
  }

  @PostMapping(
      path = "/api/elections/{electionId}/evidence",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<EvidenceItem> upload(
      @PathVariable String electionId,
      @RequestParam("file") MultipartFile file,
      @RequestParam String title,
      @RequestParam String source,
      @RequestParam String grading,
      @RequestParam String classification,
      @RequestParam String tlp,
      @RequestParam(required = false, defaultValue = "") String summary)
      throws java.io.IOException {
    Principal user = CurrentUser.get();
    io.vigil.process.marking.Classification level;
    try {
      level = io.vigil.process.marking.Classification.valueOf(classification);
    } catch (IllegalArgumentException e) {
      throw new InvalidField(
          "classification", "'" + classification + "' is not a classification level");
    }
    var marking = MarkingRequest.require(new MarkingRequest(level, null, tlp, null), user);
    String type =
        file.getContentType() == null ? "application/octet-stream" : file.getContentType();
    return created(
        process.addEvidence(
            user,
            new NewEvidence(
                electionId,
                title,
                source,
                type,
                file.getBytes(),
                AdmiraltyGrade.parse(grading),
                marking,
                summary,
                List.of())));
  }

  @GetMapping("/api/evidence/{id}")
  EvidenceItem get(@PathVariable String id) {
    return process.get(CurrentUser.get(), Kind.EVIDENCE, id);
  }

  /**
   * The stored bytes, always as a download: evidence is hostile by nature and is never rendered.
   */
  @GetMapping("/api/evidence/{id}/content")
  ResponseEntity<byte[]> content(@PathVariable String id) {
    EvidenceItem item = process.get(CurrentUser.get(), Kind.EVIDENCE, id);
    byte[] bytes = process.evidenceContent(CurrentUser.get(), id).orElse(new byte[0]);
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

  @PostMapping("/api/evidence/{id}/custody")
  EvidenceItem custody(@PathVariable String id, @RequestBody CustodyRequest r) {
    return process.addCustody(
        CurrentUser.get(), id, nn(r.action(), "action"), r.note() == null ? "" : r.note());
  }

  private static ResponseEntity<EvidenceItem> created(EvidenceItem e) {
    return ResponseEntity.created(URI.create("/api/evidence/" + e.id())).body(e);
  }

  static String nn(@Nullable String v, String field) {
    if (v == null || v.isBlank()) {
      throw new InvalidField(field, "is required");
    }
    return v;
  }
}
