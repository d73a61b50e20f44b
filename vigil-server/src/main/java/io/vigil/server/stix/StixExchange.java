package io.vigil.server.stix;

import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.RecordNotFound;
import io.vigil.process.access.Principal;
import io.vigil.process.activity.Activity;
import io.vigil.process.actor.Actor;
import io.vigil.process.election.Election;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.marking.Marking;
import io.vigil.process.product.Assessment;
import io.vigil.stix.ImportRequest;
import io.vigil.stix.StixExporter;
import io.vigil.stix.StixImport;
import io.vigil.stix.StixImporter;
import io.vigil.stix.StixJson;
import io.vigil.stix.catalog.TechniqueCatalog;
import io.vigil.stix.validation.StixValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/*
 * Design note. STIX 2.1 in and out of the process. An imported bundle is validated whole against
 * the OASIS schemas first (nothing is stored if any object fails), then the bundle itself becomes
 * one evidence item (provenance and markings kept) and its threat actors, intrusion sets and
 * campaigns become actors and activities linked to it, all in one transaction, through the same
 * service calls (roles, markings, audit) as any other change. The export of an assessment contains
 * only what the reader may read: the records are fetched with the reader's principal.
 */

/**
 * Imports STIX bundles as evidence and exports an election's assessment as a STIX report bundle.
 */
@Service
public class StixExchange {
  private final ProcessService process;
  private final TransactionTemplate tx;
  private final Path sharedData;
  private volatile @Nullable StixImporter importer;

  StixExchange(
      ProcessService process,
      TransactionTemplate tx,
      @Value("${vigil.shared-data}") String sharedData) {
    this.process = process;
    this.tx = tx;
    this.sharedData = Path.of(sharedData);
  }

  /** What an import stored. */
  public record Imported(
      String evidenceId, List<String> actorIds, List<String> activityIds, List<String> notes) {}

  public Imported importBundle(
      Principal user,
      String electionId,
      byte[] bundle,
      String source,
      AdmiraltyGrade grade,
      Marking marking) {
    process.election(user, electionId);
    StixImport in =
        importer().importBundle(bundle, new ImportRequest(electionId, source, grade, marking));
    return tx.execute(
        s -> {
          EvidenceItem ev = process.addEvidence(user, in.evidence());
          List<String> actors = new ArrayList<>();
          Set<String> known = new HashSet<>();
          for (Actor a : process.list(user, Kind.ACTOR, null)) {
            known.add(a.id());
          }
          for (Actor a : in.actors()) {
            if (known.add(a.id())) {
              actors.add(process.createActor(user, a).id());
            }
          }
          List<String> activities = new ArrayList<>();
          for (Activity a : in.activitiesWithEvidence(ev.id())) {
            activities.add(process.createActivity(user, a).id());
          }
          return new Imported(ev.id(), actors, activities, in.notes());
        });
  }

  /**
   * The election's assessment as a STIX 2.1 report bundle, holding only what the reader may read.
   */
  public byte[] exportAssessment(Principal user, String electionId) {
    Election e = process.election(user, electionId).election();
    Assessment a =
        process
            .assessmentOf(user, electionId)
            .orElseThrow(() -> new RecordNotFound("assessment for election", electionId));
    List<Actor> actors = process.list(user, Kind.ACTOR, null);
    List<Activity> activities = process.list(user, Kind.ACTIVITY, electionId);
    List<Judgment> judgments =
        process.list(user, Kind.JUDGMENT, electionId).stream()
            .filter(j -> a.judgmentIds().isEmpty() || a.judgmentIds().contains(j.id()))
            .toList();
    Set<String> cited = new HashSet<>(a.evidenceIds());
    activities.forEach(x -> cited.addAll(x.evidenceIds()));
    List<EvidenceItem> evidence =
        process.list(user, Kind.EVIDENCE, electionId).stream()
            .filter(x -> cited.contains(x.id()))
            .toList();
    Set<String> involved = new HashSet<>(a.personIds());
    a.governments().forEach(g -> involved.add(g.actorId()));
    activities.forEach(x -> involved.addAll(x.actorIds()));
    List<Actor> cast = actors.stream().filter(x -> involved.contains(x.id())).toList();
    return StixJson.write(StixExporter.assessment(e, a, cast, activities, judgments, evidence));
  }

  private StixImporter importer() {
    StixImporter i = importer;
    if (i == null) {
      Path frameworks = sharedData.resolve("frameworks");
      StixValidator v = StixValidator.fromSharedData(sharedData);
      TechniqueCatalog c = Files.isDirectory(frameworks) ? TechniqueCatalog.load(frameworks) : null;
      i = new StixImporter(v, c);
      importer = i;
    }
    return i;
  }
}
