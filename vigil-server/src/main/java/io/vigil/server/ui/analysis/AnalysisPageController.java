package io.vigil.server.ui.analysis;

import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.activity.Activity;
import io.vigil.process.actor.Actor;
import io.vigil.process.actor.Relation;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.sanctions.Determination;
import io.vigil.server.security.CurrentUser;
import io.vigil.server.ui.Banner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/*
 * Design note. An activity page shows when it happened, its DISARM and ATT&CK techniques with the
 * names the record carries (framework and id together, because the two catalogs share the id
 * shape), the evidence and actors linked to it and the judgments that rest on it. An actor page
 * shows its aliases, identifiers and relations both ways as a table, which is the page without
 * JavaScript, and the same relations as a Cytoscape.js graph read from a JSON island (no inline
 * script, so the CSP holds). Every linked record is read through ProcessService as the user; a
 * relation to a record the user may not read is left out rather than shown as an id.
 */

/** Activity and actor pages. */
@Controller
class AnalysisPageController {
  private final ProcessService process;

  AnalysisPageController(ProcessService process) {
    this.process = process;
  }

  /** A relation as the actor page shows it: from, type, to, note. */
  record RelationRow(Actor from, String type, Actor to, String note) {}

  @GetMapping("/activities/{id}")
  String activity(@PathVariable String id, Model m) {
    Principal user = CurrentUser.get();
    Activity a = process.get(user, Kind.ACTIVITY, id);
    Map<String, EvidenceItem> ev = byId(process.list(user, Kind.EVIDENCE, a.electionId()));
    List<EvidenceItem> evidence =
        a.evidenceIds().stream().map(ev::get).filter(x -> x != null).toList();
    Map<String, Actor> actors = byId(process.list(user, Kind.ACTOR, null));
    List<Actor> involved = a.actorIds().stream().map(actors::get).filter(x -> x != null).toList();
    List<Judgment> judgments =
        process.list(user, Kind.JUDGMENT, a.electionId()).stream()
            .filter(j -> j.activityIds().contains(id))
            .toList();
    m.addAttribute("a", a);
    m.addAttribute("evidence", evidence);
    m.addAttribute("actors", involved);
    m.addAttribute("judgments", judgments);
    m.addAttribute("canDetect", user.has(Role.ANALYST));
    m.addAttribute(
        "banner", new Banner().add(a).addAll(evidence).addAll(involved).addAll(judgments));
    return "ui/activity";
  }

  @GetMapping("/actors")
  String actors(Model m) {
    Principal user = CurrentUser.get();
    List<Actor> all =
        process.list(user, Kind.ACTOR, null).stream()
            .sorted(Comparator.comparing(Actor::name))
            .toList();
    m.addAttribute("actors", all);
    m.addAttribute("banner", new Banner().addAll(all));
    return "ui/actors";
  }

  @GetMapping("/actors/{id}")
  String actor(@PathVariable String id, Model m) {
    Principal user = CurrentUser.get();
    Actor actor = process.get(user, Kind.ACTOR, id);
    Map<String, Actor> actors = byId(process.list(user, Kind.ACTOR, null));
    List<RelationRow> relations = new ArrayList<>();
    for (Relation r : actor.relations()) {
      Actor to = actors.get(r.targetId());
      if (to != null) {
        relations.add(new RelationRow(actor, words(r.type()), to, r.note()));
      }
    }
    for (Actor other : actors.values()) {
      if (other.id().equals(id)) {
        continue;
      }
      for (Relation r : other.relations()) {
        if (r.targetId().equals(id)) {
          relations.add(new RelationRow(other, words(r.type()), actor, r.note()));
        }
      }
    }
    List<Activity> activities =
        process.list(user, Kind.ACTIVITY, null).stream()
            .filter(a -> a.actorIds().contains(id))
            .toList();
    List<Determination> determinations =
        process.list(user, Kind.DETERMINATION, null).stream()
            .filter(d -> d.actorId().equals(id))
            .toList();
    Banner banner = new Banner().add(actor).addAll(activities).addAll(determinations);
    relations.forEach(r -> banner.add(r.from()).add(r.to()));
    m.addAttribute("actor", actor);
    m.addAttribute("relations", relations);
    m.addAttribute("graph", graph(actor, relations));
    m.addAttribute("activities", activities);
    m.addAttribute("determinations", determinations);
    m.addAttribute("banner", banner);
    return "ui/actor";
  }

  /** Cytoscape.js elements as JSON: nodes and edges of the actor's relations. */
  static String graph(Actor center, List<RelationRow> relations) {
    Map<String, Actor> nodes = new LinkedHashMap<>();
    nodes.put(center.id(), center);
    relations.forEach(
        r -> {
          nodes.put(r.from().id(), r.from());
          nodes.put(r.to().id(), r.to());
        });
    StringBuilder b = new StringBuilder("[");
    for (Actor a : nodes.values()) {
      b.append(b.length() > 1 ? "," : "")
          .append("{\"data\":{\"id\":")
          .append(json(a.id()))
          .append(",\"label\":")
          .append(json(a.name()))
          .append(",\"kind\":")
          .append(json(a.kind().name()))
          .append(",\"center\":")
          .append(a.id().equals(center.id()))
          .append("}}");
    }
    int n = 0;
    for (RelationRow r : relations) {
      b.append(",{\"data\":{\"id\":")
          .append(json("rel-" + n++))
          .append(",\"source\":")
          .append(json(r.from().id()))
          .append(",\"target\":")
          .append(json(r.to().id()))
          .append(",\"label\":")
          .append(json(r.type()))
          .append("}}");
    }
    return b.append("]").toString();
  }

  /** A JSON string literal that is also safe inside an HTML script element. */
  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\'' -> b.append("\\u0027");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String words(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static <T extends io.vigil.process.ProcessRecord> Map<String, T> byId(List<T> records) {
    Map<String, T> m = new LinkedHashMap<>();
    records.forEach(r -> m.put(r.id(), r));
    return m;
  }
}
