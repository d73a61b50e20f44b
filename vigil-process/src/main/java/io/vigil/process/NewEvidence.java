package io.vigil.process;

import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.marking.Marking;
import java.util.List;

/** What a user submits to add an item of evidence; the service adds the hash, time and custody. */
public record NewEvidence(
    String electionId,
    String title,
    String source,
    String mediaType,
    byte[] content,
    AdmiraltyGrade grading,
    Marking marking,
    String summary,
    List<String> observables) {

  /** The largest content Vigil stores in one item (64 MiB). */
  public static final int MAX_CONTENT = 64 * 1024 * 1024;

  public NewEvidence {
    Require.present(content, "content");
    Require.field(
        content.length <= MAX_CONTENT,
        "content",
        "is %d bytes; at most %d are accepted",
        content.length,
        MAX_CONTENT);
    Require.present(grading, "grading");
    Require.present(marking, "marking");
    observables = Require.list(observables, "observables");
  }
}
