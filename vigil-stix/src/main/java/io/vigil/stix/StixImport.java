package io.vigil.stix;

import io.vigil.process.NewEvidence;
import io.vigil.process.activity.Activity;
import io.vigil.process.actor.Actor;
import java.util.List;

/**
 * What a valid bundle becomes: the bundle itself as an item of evidence, the actors and the
 * activity drafts it describes, and notes on what was not mapped. Nothing is stored yet: the server
 * stores all of it in one transaction, then links the activities to the new evidence item with
 * {@link #activitiesWithEvidence(String)}.
 */
public record StixImport(
    NewEvidence evidence, List<Actor> actors, List<Activity> activities, List<String> notes) {
  public StixImport {
    actors = List.copyOf(actors);
    activities = List.copyOf(activities);
    notes = List.copyOf(notes);
  }

  /** The activities with the stored evidence item linked. */
  public List<Activity> activitiesWithEvidence(String evidenceId) {
    return activities.stream().map(a -> a.withEvidence(evidenceId)).toList();
  }
}
