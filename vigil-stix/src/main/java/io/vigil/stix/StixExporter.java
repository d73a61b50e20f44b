package io.vigil.stix;

import io.vigil.process.activity.Activity;
import io.vigil.process.activity.ActivityKind;
import io.vigil.process.activity.Framework;
import io.vigil.process.activity.TechniqueRef;
import io.vigil.process.actor.Actor;
import io.vigil.process.actor.ActorKind;
import io.vigil.process.actor.Identifier;
import io.vigil.process.actor.Relation;
import io.vigil.process.actor.RelationType;
import io.vigil.process.election.Election;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.judgment.Confidence;
import io.vigil.process.judgment.Dissent;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.GovernmentRole;
import io.vigil.process.product.Transition;
import io.vigil.stix.model.Bundle;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/*
 * Design note. The Sec. 1(a) assessment leaves Vigil as one STIX 2.1 report bundle, the container
 * OpenCTI and MISP import as a published report (STIX 2.1 §4.14; research note eo13848-process.md
 * §3.3 for the object choices):
 *  - the authoring organization (ODNI for the DNI's assessment) as an identity, created_by_ref of
 *    every object;
 *  - actors: a government as an identity (organization, sector government-national); an actor
 *    with an ATT&CK group id (identifier scheme mitre-attack, G0007) as an intrusion-set; any other
 *    as a threat-actor. Actor relations become `attributed-to` relationships: AGENT_OF, MEMBER_OF,
 *    OWNED_OR_CONTROLLED_BY point from the actor to its target; AUTHORIZED, DIRECTED, SPONSORED,
 *    SUPPORTED (a government's role, Sec. 1(a)(4)) point from the target to the government. The
 *    exact Vigil relation rides along as x_vigil_relation, and kind, foreign and country as
 *    x_vigil_* properties, so StixImporter reads the same facts back;
 *  - activities: cyber intrusions and election-infrastructure targeting (a specific event) as
 *    incident, the others (influence operations, hack-and-leak, financing) as campaign with
 *    first_seen/last_seen; `uses` → attack-pattern per technique, whose external reference names
 *    the framework: source_name "DISARM" with the DISARMframeworks page, or "mitre-attack" with
 *    the attack.mitre.org page (DISARM's own bundle says "mitre-attack"; Vigil does not repeat
 *    that ambiguity); `attributed-to` → the activity's actors;
 *  - judgments: a note each (statement, ICD 203 likelihood term and range, per-agency confidence,
 *    dissents), its confidence the lowest agency confidence on STIX Appendix A's None/Low/Med/High
 *    scale (ConfidenceScales); one opinion per agency (agree, with its confidence) and per dissent
 *    (disagree for a minority view, strongly-disagree otherwise), pointing at the note;
 *  - evidence: every evidence item as an external reference of the report with its SHA-256;
 *    observables that are domain names as domain-name SCOs (STIX-namespace UUIDv5 ids) with an
 *    indicator ([domain-name:value = '…']) that `indicates` the activities citing the evidence;
 *  - markings: each object carries the TLP 2.0 marking definition of its record's TLP (the OASIS
 *    objects, ids in TlpMarkings) and a statement marking with its classification banner
 *    ("SECRET//NOFORN"); the marking objects travel in the bundle.
 * Ids are UUIDv5 of Vigil ids (StixIds), times come from the assessment's workflow (first and last
 * transition, transmission as `published`), so the same records always give the same bundle.
 * The caller passes only records the recipient may read: this class does not filter by clearance.
 */

/** Writes an election's assessment as a STIX 2.1 report bundle. */
public final class StixExporter {
  private StixExporter() {}

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  /** The {@code created} of the statement markings Vigil defines (EO 13848 was signed). */
  static final String STATEMENT_CREATED = "2018-09-12T00:00:00.000Z";

  private static final Pattern DOMAIN =
      Pattern.compile(
          "^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$");

  /**
   * The assessment as a report bundle with the given actors, activities, judgments and evidence
   * (the caller chooses them, usually those the assessment and its activities cite).
   */
  public static Bundle assessment(
      Election election,
      Assessment assessment,
      List<Actor> actors,
      List<Activity> activities,
      List<Judgment> judgments,
      List<EvidenceItem> evidence) {
    return new Writer(election, assessment).write(actors, activities, judgments, evidence);
  }

  /** True when an observable is a domain name (lowercase ASCII or punycode labels). */
  static boolean isDomain(String observable) {
    String d = observable.strip().toLowerCase(Locale.ROOT);
    return DOMAIN.matcher(d).matches() && !d.matches("[0-9.]+");
  }

  /** The address of a technique's page. */
  static String techniqueUrl(TechniqueRef t) {
    if (t.framework() == Framework.DISARM) {
      return "https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/techniques/"
          + t.id()
          + ".md";
    }
    return "https://attack.mitre.org/techniques/" + t.id().replace('.', '/') + "/";
  }

  private static final class Writer {
    final JsonNodeFactory f = JsonNodeFactory.instance;
    final Election election;
    final Assessment assessment;
    final String author;
    final String created;
    final String modified;
    final String published;
    final Map<String, ObjectNode> objects = new LinkedHashMap<>();
    final Map<String, ObjectNode> markingObjects = new LinkedHashMap<>();
    final Map<String, String> actorStixId = new LinkedHashMap<>();
    final Map<String, String> activityStixId = new LinkedHashMap<>();

    Writer(Election election, Assessment assessment) {
      this.election = election;
      this.assessment = assessment;
      List<Transition> h = assessment.workflow().history();
      Instant first =
          h.isEmpty()
              ? election.concludedOn().atStartOfDay(ZoneOffset.UTC).toInstant()
              : h.getFirst().at();
      Instant last = h.isEmpty() ? first : h.getLast().at();
      if (last.isBefore(first)) {
        last = first;
      }
      this.created = TIME.format(first);
      this.modified = TIME.format(last);
      Instant sent = assessment.workflow().transmittedAt();
      this.published = sent == null ? modified : TIME.format(sent);
      this.author = StixIds.of("identity", "author:" + assessment.marking().originator());
    }

    Bundle write(
        List<Actor> actors,
        List<Activity> activities,
        List<Judgment> judgments,
        List<EvidenceItem> evidence) {
      authorIdentity();
      for (Actor a : actors) {
        actor(a);
      }
      for (Actor a : actors) {
        relations(a);
      }
      for (Activity a : activities) {
        activity(a);
      }
      for (Judgment j : judgments) {
        judgment(j);
      }
      for (EvidenceItem e : evidence) {
        observables(e, activities);
      }
      ObjectNode report = report(evidence);
      ArrayNode out = f.arrayNode();
      markingObjects.values().forEach(out::add);
      out.add(report);
      objects.values().forEach(out::add);
      ObjectNode bundle = f.objectNode();
      bundle.put("type", "bundle");
      bundle.put(
          "id",
          StixIds.of(
              "bundle", "assessment:" + assessment.id() + ":v" + assessment.workflow().version()));
      bundle.set("objects", out);
      return StixJson.read(bundle);
    }

    // ---------------------------------------------------------------- common

    ObjectNode sdo(String type, String id, Marking marking) {
      ObjectNode o = f.objectNode();
      o.put("type", type);
      o.put("spec_version", "2.1");
      o.put("id", id);
      o.put("created_by_ref", author);
      o.put("created", created);
      o.put("modified", modified);
      o.set("object_marking_refs", markingRefs(marking));
      objects.put(id, o);
      return o;
    }

    ArrayNode markingRefs(Marking m) {
      ArrayNode refs = f.arrayNode();
      refs.add(tlp(m.tlp()));
      refs.add(statement(classificationBanner(m)));
      return refs;
    }

    String classificationBanner(Marking m) {
      StringBuilder b = new StringBuilder(m.classification().banner());
      m.controls().forEach(c -> b.append("//").append(c));
      return b.toString();
    }

    String tlp(Tlp tlp) {
      String id = TlpMarkings.TLP2.get(tlp);
      markingObjects.computeIfAbsent(
          id,
          k -> {
            ObjectNode o = f.objectNode();
            o.put("type", "marking-definition");
            o.put("spec_version", "2.1");
            o.put("id", id);
            o.put("created", TlpMarkings.TLP2_CREATED);
            o.put("name", tlp.label());
            ObjectNode ext = f.objectNode();
            ext.put("extension_type", "property-extension");
            ext.put("tlp_2_0", TlpMarkings.value(tlp));
            ObjectNode exts = f.objectNode();
            exts.set(TlpMarkings.TLP2_EXTENSION, ext);
            o.set("extensions", exts);
            return o;
          });
      return id;
    }

    String statement(String text) {
      String id = StixIds.of("marking-definition", "statement:" + text);
      markingObjects.computeIfAbsent(
          id,
          k -> {
            ObjectNode o = f.objectNode();
            o.put("type", "marking-definition");
            o.put("spec_version", "2.1");
            o.put("id", id);
            o.put("created", STATEMENT_CREATED);
            o.put("name", text);
            o.put("definition_type", "statement");
            o.set("definition", f.objectNode().put("statement", text));
            return o;
          });
      return id;
    }

    void authorIdentity() {
      String org = assessment.marking().originator();
      ObjectNode o = sdo("identity", author, Marking.publicRecord(org));
      o.put(
          "name",
          org.equalsIgnoreCase("ODNI") ? "Office of the Director of National Intelligence" : org);
      o.put("identity_class", "organization");
      o.set("sectors", f.arrayNode().add("government-national"));
      o.put("x_vigil_organization", org);
    }

    // ---------------------------------------------------------------- actors

    void actor(Actor a) {
      String type = stixType(a);
      String id = reusedId(a, type);
      actorStixId.put(a.id(), id);
      ObjectNode o = sdo(type, id, a.marking());
      o.put("name", a.name());
      if (!a.notes().isBlank()) {
        o.put("description", a.notes());
      }
      if (type.equals("identity")) {
        o.put("identity_class", a.kind() == ActorKind.PERSON ? "individual" : "organization");
        if (a.kind() == ActorKind.GOVERNMENT) {
          o.set("sectors", f.arrayNode().add("government-national"));
        }
        if (!a.aliases().isEmpty()) {
          o.set("x_vigil_aliases", strings(a.aliases()));
        }
      } else if (!a.aliases().isEmpty()) {
        o.set("aliases", strings(a.aliases()));
      }
      ArrayNode refs = f.arrayNode();
      for (Identifier i : a.identifiers()) {
        if (!i.scheme().equals(StixImporter.STIX_SCHEME)) {
          refs.add(f.objectNode().put("source_name", i.scheme()).put("external_id", i.value()));
        }
      }
      if (!refs.isEmpty()) {
        o.set("external_references", refs);
      }
      o.put("x_vigil_id", a.id());
      o.put("x_vigil_actor_kind", a.kind().name());
      o.put("x_vigil_foreign", a.foreign());
      if (!a.country().isBlank()) {
        o.put("x_vigil_country", a.country());
      }
    }

    String stixType(Actor a) {
      if (a.kind() == ActorKind.GOVERNMENT) {
        return "identity";
      }
      boolean group =
          a.identifiers().stream()
              .anyMatch(
                  i ->
                      (i.scheme().equalsIgnoreCase("mitre-attack")
                              || i.scheme().equalsIgnoreCase("ATT&CK"))
                          && i.value().matches("G\\d{4}"));
      return group ? "intrusion-set" : "threat-actor";
    }

    /** The actor's own STIX id when it came from STIX as the same type, else a UUIDv5. */
    String reusedId(Actor a, String type) {
      for (Identifier i : a.identifiers()) {
        if (i.scheme().equals(StixImporter.STIX_SCHEME) && i.value().startsWith(type + "--")) {
          return i.value();
        }
      }
      return StixIds.of(type, "actor:" + a.id());
    }

    void relations(Actor a) {
      for (Relation r : a.relations()) {
        String target = actorStixId.get(r.targetId());
        String self = actorStixId.get(a.id());
        if (target == null || self == null) {
          continue;
        }
        boolean governmentRole =
            r.type() == RelationType.AUTHORIZED
                || r.type() == RelationType.DIRECTED
                || r.type() == RelationType.SPONSORED
                || r.type() == RelationType.SUPPORTED;
        String from = governmentRole ? target : self;
        String to = governmentRole ? self : target;
        ObjectNode o =
            relationship(
                "attributed-to",
                from,
                to,
                "relation:" + a.id() + ":" + r.type() + ":" + r.targetId(),
                a.marking());
        o.put("x_vigil_relation", r.type().name());
        String what =
            a.name()
                + " "
                + r.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " "
                + r.targetId();
        o.put("description", r.note().isBlank() ? what : what + ": " + r.note());
      }
    }

    ObjectNode relationship(String type, String from, String to, String key, Marking marking) {
      ObjectNode o = sdo("relationship", StixIds.of("relationship", key), marking);
      o.put("relationship_type", type);
      o.put("source_ref", from);
      o.put("target_ref", to);
      return o;
    }

    // ---------------------------------------------------------------- activities

    void activity(Activity a) {
      boolean incident =
          a.kind() == ActivityKind.CYBER_INTRUSION
              || a.kind() == ActivityKind.ELECTION_INFRASTRUCTURE_TARGETING;
      String type = incident ? "incident" : "campaign";
      String id = StixIds.of(type, "activity:" + a.id());
      activityStixId.put(a.id(), id);
      ObjectNode o = sdo(type, id, a.marking());
      o.put("name", a.title());
      if (!a.description().isBlank()) {
        o.put("description", a.description());
      }
      String from = TIME.format(a.from().atStartOfDay(ZoneOffset.UTC).toInstant());
      String to =
          a.to() == null ? null : TIME.format(a.to().atStartOfDay(ZoneOffset.UTC).toInstant());
      if (incident) {
        o.put("x_vigil_first_seen", from);
        if (to != null) {
          o.put("x_vigil_last_seen", to);
        }
      } else {
        o.put("first_seen", from);
        if (to != null) {
          o.put("last_seen", to);
        }
      }
      o.put("x_vigil_id", a.id());
      o.put("x_vigil_activity_kind", a.kind().name());
      if (!a.targets().isEmpty()) {
        o.set("x_vigil_targets", strings(a.targets()));
      }
      for (TechniqueRef t : a.techniques()) {
        String pattern = attackPattern(t, a.marking());
        relationship("uses", id, pattern, "uses:" + a.id() + ":" + t.key(), a.marking());
      }
      for (String actorId : a.actorIds()) {
        String actor = actorStixId.get(actorId);
        if (actor != null) {
          ObjectNode r =
              relationship(
                  "attributed-to", id, actor, "attributed:" + a.id() + ":" + actorId, a.marking());
          // Sec. 1(a)(4): the assessment's finding on this government's role
          for (GovernmentRole g : assessment.governments()) {
            if (g.actorId().equals(actorId)) {
              r.put("x_vigil_government_role", g.role().name());
              if (!g.basis().isBlank()) {
                r.put("description", g.basis());
              }
            }
          }
        }
      }
    }

    String attackPattern(TechniqueRef t, Marking marking) {
      String id = StixIds.of("attack-pattern", "technique:" + t.key());
      if (objects.containsKey(id)) {
        return id;
      }
      ObjectNode o =
          sdo("attack-pattern", id, Marking.publicRecord(assessment.marking().originator()));
      o.put("name", t.name().isBlank() ? t.id() : t.name());
      ObjectNode ref = f.objectNode();
      ref.put("source_name", t.framework() == Framework.DISARM ? "DISARM" : "mitre-attack");
      ref.put("url", techniqueUrl(t));
      ref.put("external_id", t.id());
      o.set("external_references", f.arrayNode().add(ref));
      o.put("x_vigil_framework", t.framework().name());
      return id;
    }

    // ---------------------------------------------------------------- judgments

    void judgment(Judgment j) {
      String noteId = StixIds.of("note", "judgment:" + j.id());
      ObjectNode note = sdo("note", noteId, j.marking());
      note.put("abstract", StixImporter.clip(j.statement(), 120));
      StringBuilder content = new StringBuilder(j.statement());
      content
          .append("\n\nLikelihood (ICD 203): ")
          .append(j.likelihood().term())
          .append(" (")
          .append(j.likelihood().lowPercent())
          .append("-")
          .append(j.likelihood().highPercent())
          .append("%).");
      content.append("\nConfidence: ");
      List<String> levels = new ArrayList<>();
      j.confidence()
          .forEach((agency, c) -> levels.add(agency + " " + c.name().toLowerCase(Locale.ROOT)));
      content.append(String.join(", ", levels)).append('.');
      for (Dissent d : j.dissents()) {
        content
            .append("\n")
            .append(d.minorityView() ? "Minority view of " : "Dissent of ")
            .append(d.agency())
            .append(": ")
            .append(d.view());
      }
      note.put("content", content.toString());
      note.set("authors", strings(List.copyOf(j.confidence().keySet())));
      Confidence lowest =
          j.confidence().values().stream().min(Enum::compareTo).orElse(Confidence.LOW);
      note.put("confidence", ConfidenceScales.confidence(lowest));
      ArrayNode refs = f.arrayNode();
      refs.add(reportId());
      for (String act : j.activityIds()) {
        String a = activityStixId.get(act);
        if (a != null) {
          refs.add(a);
        }
      }
      note.set("object_refs", refs);
      note.put("x_vigil_id", j.id());
      note.put("x_vigil_likelihood", j.likelihood().name());
      note.put("x_vigil_likelihood_value", ConfidenceScales.dni(j.likelihood()));
      ObjectNode per = f.objectNode();
      j.confidence().forEach((agency, c) -> per.put(agency, c.name()));
      note.set("x_vigil_confidence", per);
      for (var e : j.confidence().entrySet()) {
        ObjectNode op =
            sdo(
                "opinion",
                StixIds.of("opinion", "judgment:" + j.id() + ":" + e.getKey()),
                j.marking());
        op.put("opinion", "agree");
        op.put(
            "explanation",
            e.getKey()
                + " holds this judgment with "
                + e.getValue().name().toLowerCase(Locale.ROOT)
                + " confidence.");
        op.set("authors", f.arrayNode().add(e.getKey()));
        op.put("confidence", ConfidenceScales.confidence(e.getValue()));
        op.set("object_refs", f.arrayNode().add(noteId));
      }
      int n = 0;
      for (Dissent d : j.dissents()) {
        ObjectNode op =
            sdo(
                "opinion",
                StixIds.of("opinion", "dissent:" + j.id() + ":" + n++ + ":" + d.agency()),
                j.marking());
        op.put("opinion", d.minorityView() ? "disagree" : "strongly-disagree");
        op.put("explanation", d.view());
        op.set("authors", f.arrayNode().add(d.agency()));
        op.set("object_refs", f.arrayNode().add(noteId));
        op.put("x_vigil_minority_view", d.minorityView());
      }
    }

    // ---------------------------------------------------------------- evidence

    void observables(EvidenceItem e, List<Activity> activities) {
      for (String obs : e.observables()) {
        if (!isDomain(obs)) {
          continue;
        }
        String domain = obs.strip().toLowerCase(Locale.ROOT);
        String scoId =
            "domain-name--"
                + StixIds.uuid5(
                    StixIds.SCO_NAMESPACE,
                    "{\"value\":" + StixJson.mapper().writeValueAsString(domain) + "}");
        if (!objects.containsKey(scoId)) {
          ObjectNode sco = f.objectNode();
          sco.put("type", "domain-name");
          sco.put("spec_version", "2.1");
          sco.put("id", scoId);
          sco.put("value", domain);
          sco.set("object_marking_refs", markingRefs(e.marking()));
          objects.put(scoId, sco);
        }
        String indicatorId = StixIds.of("indicator", "domain:" + e.id() + ":" + domain);
        ObjectNode ind = sdo("indicator", indicatorId, e.marking());
        ind.put("name", domain);
        ind.put("description", e.title());
        ind.put(
            "pattern",
            "[domain-name:value = '" + domain.replace("\\", "\\\\").replace("'", "\\'") + "']");
        ind.put("pattern_type", "stix");
        ind.put("valid_from", TIME.format(e.receivedAt()));
        ind.put("x_vigil_evidence_id", e.id());
        ind.set("external_references", f.arrayNode().add(evidenceReference(e)));
        relationship(
            "related-to", indicatorId, scoId, "observable:" + e.id() + ":" + domain, e.marking());
        boolean indicates = false;
        for (Activity a : activities) {
          String act = activityStixId.get(a.id());
          if (act != null && a.evidenceIds().contains(e.id())) {
            relationship(
                "indicates",
                indicatorId,
                act,
                "indicates:" + e.id() + ":" + domain + ":" + a.id(),
                e.marking());
            indicates = true;
          }
        }
        if (indicates) {
          ind.set("indicator_types", f.arrayNode().add("malicious-activity"));
        }
      }
    }

    ObjectNode evidenceReference(EvidenceItem e) {
      ObjectNode ref = f.objectNode();
      ref.put("source_name", "vigil-evidence");
      ref.put(
          "description", e.title() + " (" + e.source() + "; graded " + e.grading().code() + ")");
      ref.put("external_id", e.id());
      ref.set("hashes", f.objectNode().put("SHA-256", e.sha256()));
      return ref;
    }

    // ---------------------------------------------------------------- report

    String reportId() {
      return StixIds.of("report", "assessment:" + assessment.id());
    }

    ObjectNode report(List<EvidenceItem> evidence) {
      ObjectNode r = f.objectNode();
      r.put("type", "report");
      r.put("spec_version", "2.1");
      r.put("id", reportId());
      r.put("created_by_ref", author);
      r.put("created", created);
      r.put("modified", modified);
      r.put("name", assessment.title());
      StringBuilder d = new StringBuilder();
      d.append("Sec. 1(a) assessment of EO 13848 for the ")
          .append(election.name())
          .append(" (")
          .append(election.date())
          .append(").");
      if (!assessment.nature().isBlank()) {
        d.append("\n\nNature: ").append(assessment.nature());
      }
      if (!assessment.methods().isBlank()) {
        d.append("\n\nMethods: ").append(assessment.methods());
      }
      for (GovernmentRole g : assessment.governments()) {
        d.append("\n\nForeign government ")
            .append(g.actorId())
            .append(" ")
            .append(g.role().name().toLowerCase(Locale.ROOT))
            .append(g.basis().isBlank() ? "" : ": " + g.basis());
      }
      if (!assessment.supportingInformation().isBlank()) {
        d.append("\n\nSupporting information: ").append(assessment.supportingInformation());
      }
      if (!assessment.publicVersionNote().isBlank()) {
        d.append("\n\n").append(assessment.publicVersionNote());
      }
      r.put("description", d.toString());
      r.set(
          "report_types",
          f.arrayNode().add("threat-report").add("threat-actor").add("attack-pattern"));
      r.put("published", published);
      ArrayNode refs = f.arrayNode();
      Set<String> ids = new LinkedHashSet<>(objects.keySet());
      ids.forEach(refs::add);
      r.set("object_refs", refs);
      r.set("object_marking_refs", markingRefs(assessment.marking()));
      ArrayNode ext = f.arrayNode();
      for (EvidenceItem e : evidence) {
        if (assessment.evidenceIds().contains(e.id())) {
          ext.add(evidenceReference(e));
        }
      }
      if (!ext.isEmpty()) {
        r.set("external_references", ext);
      }
      r.put("x_vigil_id", assessment.id());
      r.put("x_vigil_election", election.id());
      r.put("x_vigil_version", assessment.workflow().version());
      r.put("x_vigil_status", assessment.workflow().status().name());
      return r;
    }

    ArrayNode strings(List<String> values) {
      ArrayNode a = f.arrayNode();
      values.forEach(a::add);
      return a;
    }
  }
}
