package io.vigil.process.judgment;

import io.vigil.process.ProcessRecord;
import io.vigil.process.Require;
import io.vigil.process.marking.Marking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An analytic judgment: a statement, one likelihood term, a confidence level per agency (the 2017
 * ICA had CIA and FBI at high, NSA at moderate on one judgment), dissents and minority views, the
 * evidence and activities it rests on, and its history of changes.
 */
public record Judgment(
    String id,
    String electionId,
    String statement,
    Likelihood likelihood,
    Map<String, Confidence> confidence,
    List<Dissent> dissents,
    List<String> evidenceIds,
    List<String> activityIds,
    List<JudgmentChange> history,
    Marking marking,
    List<String> verify)
    implements ProcessRecord {

  public Judgment {
    id = Require.text(id, "id", 64);
    electionId = Require.text(electionId, "electionId", 64);
    statement = Require.text(statement, "statement", 4000);
    Require.present(likelihood, "likelihood");
    Require.present(confidence, "confidence");
    Require.field(
        !confidence.isEmpty(), "confidence", "needs at least one agency's confidence level");
    for (var e : confidence.entrySet()) {
      Require.text(e.getKey(), "confidence.agency", 100);
      Require.present(e.getValue(), "confidence." + e.getKey());
    }
    confidence = java.util.Collections.unmodifiableMap(new TreeMap<>(confidence));
    dissents = Require.list(dissents, "dissents");
    evidenceIds = Require.list(evidenceIds, "evidenceIds");
    activityIds = Require.list(activityIds, "activityIds");
    history = Require.list(history, "history");
    Require.present(marking, "marking");
    verify = Require.list(verify, "verify");
  }

  /** The judgment revised, with the previous wording kept in its history. */
  public Judgment revise(
      String newStatement,
      Likelihood newLikelihood,
      Map<String, Confidence> newConfidence,
      List<Dissent> newDissents,
      List<String> newEvidence,
      JudgmentChange change) {
    List<JudgmentChange> h = new ArrayList<>(history);
    h.add(change);
    return new Judgment(
        id,
        electionId,
        newStatement,
        newLikelihood,
        newConfidence,
        newDissents,
        newEvidence,
        activityIds,
        h,
        marking,
        verify);
  }
}
