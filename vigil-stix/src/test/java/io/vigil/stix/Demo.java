package io.vigil.stix;

import io.vigil.process.IdGenerator;
import io.vigil.process.InMemoryProcessStore;
import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.Transactions;
import io.vigil.process.access.Principal;
import io.vigil.process.activity.Activity;
import io.vigil.process.actor.Actor;
import io.vigil.process.demo.DemoData;
import io.vigil.process.election.Election;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.product.Assessment;
import io.vigil.stix.model.Bundle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The demo data of vigil-process in an in-memory store, and the export of its assessments. */
final class Demo {
  final InMemoryProcessStore store = new InMemoryProcessStore();
  final ProcessService service =
      new ProcessService(
          store,
          Transactions.direct(),
          (who, action, type, id, before, after) -> {},
          Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC),
          IdGenerator.seeded(1));

  Demo() {
    DemoData.load(service, Principal.system());
  }

  Election election(String id) {
    return store.find(Kind.ELECTION, id).orElseThrow();
  }

  Assessment assessment(String electionId) {
    return store.list(Kind.ASSESSMENT, electionId).getFirst();
  }

  /** The activities, judgments and evidence of the election, and the actors they name. */
  Bundle export(String electionId) {
    Assessment a = assessment(electionId);
    List<Activity> activities = store.list(Kind.ACTIVITY, electionId);
    List<Judgment> judgments = store.list(Kind.JUDGMENT, electionId);
    List<EvidenceItem> evidence = store.list(Kind.EVIDENCE, electionId);
    Set<String> actorIds = new LinkedHashSet<>(a.personIds());
    a.governments().forEach(g -> actorIds.add(g.actorId()));
    activities.forEach(x -> actorIds.addAll(x.actorIds()));
    List<Actor> actors =
        store.list(Kind.ACTOR, null).stream().filter(x -> actorIds.contains(x.id())).toList();
    return StixExporter.assessment(
        election(electionId), a, actors, activities, judgments, evidence);
  }
}
