package io.vigil.process.evidence;

import io.vigil.process.ProcessRecord;
import io.vigil.process.Require;
import io.vigil.process.marking.Marking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An item of evidence: where it came from, when it arrived, the SHA-256 of its content, its
 * Admiralty grading, its markings, the observables it names (domains, accounts, addresses) and its
 * chain of custody. The content itself is stored beside it, unchanged.
 */
public record EvidenceItem(
    String id,
    String electionId,
    String title,
    String source,
    Instant receivedAt,
    String sha256,
    long size,
    String mediaType,
    AdmiraltyGrade grading,
    Marking marking,
    String summary,
    List<String> observables,
    List<CustodyEvent> custody,
    List<String> verify)
    implements ProcessRecord {

  public EvidenceItem {
    id = Require.text(id, "id", 64);
    electionId = Require.text(electionId, "electionId", 64);
    title = Require.text(title, "title", 300);
    source = Require.text(source, "source", 500);
    Require.present(receivedAt, "receivedAt");
    sha256 = Require.text(sha256, "sha256", 64);
    Require.field(sha256.matches("[0-9a-f]{64}"), "sha256", "must be 64 lowercase hex digits");
    Require.field(size >= 0, "size", "must not be negative");
    mediaType = Require.text(mediaType, "mediaType", 100);
    Require.present(grading, "grading");
    Require.present(marking, "marking");
    summary = Require.optionalText(summary, "summary", 20000);
    observables = Require.list(observables, "observables");
    custody = Require.list(custody, "custody");
    Require.field(!custody.isEmpty(), "custody", "must start with the receipt of the item");
    verify = Require.list(verify, "verify");
  }

  /** The item with one more custody event. */
  public EvidenceItem withCustody(CustodyEvent event) {
    List<CustodyEvent> c = new ArrayList<>(custody);
    c.add(event);
    return new EvidenceItem(
        id,
        electionId,
        title,
        source,
        receivedAt,
        sha256,
        size,
        mediaType,
        grading,
        marking,
        summary,
        observables,
        c,
        verify);
  }
}
