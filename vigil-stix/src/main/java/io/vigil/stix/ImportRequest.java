package io.vigil.stix;

import io.vigil.process.Require;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.marking.Marking;

/**
 * What the caller knows about a bundle it imports.
 *
 * @param electionId the election the evidence and activities belong to
 * @param source where the bundle came from (feed, sharing partner, file), kept on the evidence
 * @param defaultGrade the Admiralty grade when the bundle carries no reliability or confidence
 * @param defaultMarking the marking of unmarked content; its originator owns every record made
 */
public record ImportRequest(
    String electionId, String source, AdmiraltyGrade defaultGrade, Marking defaultMarking) {
  public ImportRequest {
    electionId = Require.text(electionId, "electionId", 64);
    source = Require.text(source, "source", 500);
    Require.present(defaultGrade, "defaultGrade");
    Require.present(defaultMarking, "defaultMarking");
  }
}
