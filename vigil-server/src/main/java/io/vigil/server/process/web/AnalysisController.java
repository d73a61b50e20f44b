package io.vigil.server.process.web;

import static io.vigil.server.process.web.EvidenceController.nn;

import io.vigil.process.IdGenerator;
import io.vigil.process.InvalidField;
import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.activity.Activity;
import io.vigil.process.activity.ActivityKind;
import io.vigil.process.activity.TechniqueRef;
import io.vigil.process.actor.Actor;
import io.vigil.process.actor.ActorKind;
import io.vigil.process.actor.Identifier;
import io.vigil.process.actor.Relation;
import io.vigil.process.judgment.Confidence;
import io.vigil.process.judgment.Dissent;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.judgment.Likelihood;
import io.vigil.server.security.CurrentUser;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Activities, actors and judgments: what happened, who did it, and what analysts judge of it. */
@RestController
class AnalysisController {
  private final ProcessService process;
  private final IdGenerator ids;

  AnalysisController(ProcessService process, IdGenerator ids) {
    this.process = process;
    this.ids = ids;
  }

  record ActivityRequest(
      @Nullable ActivityKind kind,
      @Nullable String title,
      @Nullable String description,
      @Nullable List<String> targets,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable List<TechniqueRef> techniques,
      @Nullable List<String> evidenceIds,
      @Nullable List<String> actorIds,
      @Nullable MarkingRequest marking) {}

  record ActorRequest(
      @Nullable ActorKind kind,
      @Nullable String name,
      @Nullable Boolean foreign,
      @Nullable String country,
      @Nullable List<String> aliases,
      @Nullable List<Identifier> identifiers,
      @Nullable List<Relation> relations,
      @Nullable LocalDate birthDate,
      @Nullable MarkingRequest marking,
      @Nullable String notes) {}

  record JudgmentRequest(
      @Nullable String statement,
      @Nullable String likelihood,
      @Nullable Map<String, Confidence> confidence,
      @Nullable List<Dissent> dissents,
      @Nullable List<String> evidenceIds,
      @Nullable List<String> activityIds,
      @Nullable MarkingRequest marking,
      @Nullable String reason) {}

  @GetMapping("/api/elections/{electionId}/activities")
  List<Activity> activities(@PathVariable String electionId) {
    process.election(CurrentUser.get(), electionId);
    return process.list(CurrentUser.get(), Kind.ACTIVITY, electionId);
  }

  @PostMapping("/api/elections/{electionId}/activities")
  ResponseEntity<Activity> createActivity(
      @PathVariable String electionId, @RequestBody ActivityRequest r) {
    Principal user = CurrentUser.get();
    if (r.kind() == null) {
      throw new InvalidField("kind", "is required, one of " + List.of(ActivityKind.values()));
    }
    if (r.from() == null) {
      throw new InvalidField("from", "is required (ISO date)");
    }
    Activity a =
        process.createActivity(
            user,
            new Activity(
                ids.next("act"),
                electionId,
                r.kind(),
                nn(r.title(), "title"),
                r.description() == null ? "" : r.description(),
                r.targets(),
                r.from(),
                r.to(),
                r.techniques(),
                r.evidenceIds(),
                r.actorIds(),
                MarkingRequest.require(r.marking(), user),
                List.of()));
    return ResponseEntity.created(URI.create("/api/activities/" + a.id())).body(a);
  }

  @GetMapping("/api/activities/{id}")
  Activity activity(@PathVariable String id) {
    return process.get(CurrentUser.get(), Kind.ACTIVITY, id);
  }

  @PostMapping("/api/activities/{id}/evidence/{evidenceId}")
  Activity link(@PathVariable String id, @PathVariable String evidenceId) {
    return process.linkEvidence(CurrentUser.get(), id, evidenceId);
  }

  @GetMapping("/api/actors")
  List<Actor> actors() {
    return process.list(CurrentUser.get(), Kind.ACTOR, null);
  }

  @PostMapping("/api/actors")
  ResponseEntity<Actor> createActor(@RequestBody ActorRequest r) {
    Principal user = CurrentUser.get();
    if (r.kind() == null) {
      throw new InvalidField("kind", "is required, one of " + List.of(ActorKind.values()));
    }
    if (r.foreign() == null) {
      throw new InvalidField(
          "foreign", "is required: only a foreign person can be blocked under Sec. 2");
    }
    Actor a =
        process.createActor(
            user,
            new Actor(
                ids.next("actor"),
                r.kind(),
                nn(r.name(), "name"),
                r.foreign(),
                r.country() == null ? "" : r.country(),
                r.aliases(),
                r.identifiers(),
                r.relations(),
                r.birthDate(),
                MarkingRequest.require(r.marking(), user),
                r.notes() == null ? "" : r.notes(),
                List.of()));
    return ResponseEntity.created(URI.create("/api/actors/" + a.id())).body(a);
  }

  @GetMapping("/api/actors/{id}")
  Actor actor(@PathVariable String id) {
    return process.get(CurrentUser.get(), Kind.ACTOR, id);
  }

  @GetMapping("/api/elections/{electionId}/judgments")
  List<Judgment> judgments(@PathVariable String electionId) {
    process.election(CurrentUser.get(), electionId);
    return process.list(CurrentUser.get(), Kind.JUDGMENT, electionId);
  }

  @PostMapping("/api/elections/{electionId}/judgments")
  ResponseEntity<Judgment> createJudgment(
      @PathVariable String electionId, @RequestBody JudgmentRequest r) {
    Principal user = CurrentUser.get();
    Judgment j =
        process.createJudgment(
            user,
            judgment(ids.next("jdg"), electionId, r, MarkingRequest.require(r.marking(), user)));
    return ResponseEntity.created(URI.create("/api/judgments/" + j.id())).body(j);
  }

  @GetMapping("/api/judgments/{id}")
  Judgment judgment(@PathVariable String id) {
    return process.get(CurrentUser.get(), Kind.JUDGMENT, id);
  }

  /** Revises a judgment; the old wording and the reason go into its history. */
  @PutMapping("/api/judgments/{id}")
  Judgment revise(@PathVariable String id, @RequestBody JudgmentRequest r) {
    Judgment current = process.get(CurrentUser.get(), Kind.JUDGMENT, id);
    return process.reviseJudgment(
        CurrentUser.get(),
        id,
        judgment(id, current.electionId(), r, current.marking()),
        nn(r.reason(), "reason"));
  }

  private static Judgment judgment(
      String id, String electionId, JudgmentRequest r, io.vigil.process.marking.Marking m) {
    return new Judgment(
        id,
        electionId,
        nn(r.statement(), "statement"),
        Likelihood.parse(nn(r.likelihood(), "likelihood")),
        r.confidence() == null ? Map.of() : r.confidence(),
        r.dissents(),
        r.evidenceIds(),
        r.activityIds(),
        List.of(),
        m,
        List.of());
  }
}
