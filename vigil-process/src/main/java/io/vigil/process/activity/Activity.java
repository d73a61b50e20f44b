package io.vigil.process.activity;

import io.vigil.process.ProcessRecord;
import io.vigil.process.Require;
import io.vigil.process.marking.Marking;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened: its kind, its targets, when, which DISARM and ATT&CK techniques it used,
 * the evidence for it and the actors involved.
 */
public record Activity(
    String id,
    String electionId,
    ActivityKind kind,
    String title,
    String description,
    List<String> targets,
    LocalDate from,
    @Nullable LocalDate to,
    List<TechniqueRef> techniques,
    List<String> evidenceIds,
    List<String> actorIds,
    Marking marking,
    List<String> verify)
    implements ProcessRecord {

  public Activity {
    id = Require.text(id, "id", 64);
    electionId = Require.text(electionId, "electionId", 64);
    Require.present(kind, "kind");
    title = Require.text(title, "title", 300);
    description = Require.optionalText(description, "description", 20000);
    targets = Require.list(targets, "targets");
    Require.present(from, "from");
    Require.field(to == null || !to.isBefore(from), "to", "must not be before 'from' (%s)", from);
    techniques = Require.list(techniques, "techniques");
    evidenceIds = Require.list(evidenceIds, "evidenceIds");
    actorIds = Require.list(actorIds, "actorIds");
    Require.present(marking, "marking");
    verify = Require.list(verify, "verify");
  }

  /** The activity with one more piece of evidence linked. */
  public Activity withEvidence(String evidenceId) {
    if (evidenceIds.contains(evidenceId)) {
      return this;
    }
    List<String> ev = new java.util.ArrayList<>(evidenceIds);
    ev.add(evidenceId);
    return new Activity(
        id,
        electionId,
        kind,
        title,
        description,
        targets,
        from,
        to,
        techniques,
        ev,
        actorIds,
        marking,
        verify);
  }
}
