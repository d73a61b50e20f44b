package io.vigil.stix;

import io.vigil.process.NewEvidence;
import io.vigil.process.activity.Activity;
import io.vigil.process.activity.ActivityKind;
import io.vigil.process.activity.Framework;
import io.vigil.process.activity.TechniqueRef;
import io.vigil.process.actor.Actor;
import io.vigil.process.actor.ActorKind;
import io.vigil.process.actor.Identifier;
import io.vigil.process.actor.Relation;
import io.vigil.process.actor.RelationType;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.evidence.InformationCredibility;
import io.vigil.process.evidence.SourceReliability;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.stix.catalog.Technique;
import io.vigil.stix.catalog.TechniqueCatalog;
import io.vigil.stix.catalog.UnknownTechnique;
import io.vigil.stix.model.AttackPattern;
import io.vigil.stix.model.Bundle;
import io.vigil.stix.model.Campaign;
import io.vigil.stix.model.DomainName;
import io.vigil.stix.model.EmailAddr;
import io.vigil.stix.model.ExternalReference;
import io.vigil.stix.model.IPv4Addr;
import io.vigil.stix.model.IPv6Addr;
import io.vigil.stix.model.Identity;
import io.vigil.stix.model.Incident;
import io.vigil.stix.model.Indicator;
import io.vigil.stix.model.IntrusionSet;
import io.vigil.stix.model.MarkingDefinition;
import io.vigil.stix.model.Relationship;
import io.vigil.stix.model.Report;
import io.vigil.stix.model.StixObject;
import io.vigil.stix.model.ThreatActor;
import io.vigil.stix.model.Url;
import io.vigil.stix.model.UserAccount;
import io.vigil.stix.validation.StixValidator;
import io.vigil.stix.validation.ValidationReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/*
 * Design note. A bundle enters Vigil as evidence: the bundle's bytes, unchanged, become one
 * evidence item (media type application/stix+json;version=2.1, the STIX 2.1 §1.6 media type), and
 * what it says becomes records the server stores in the same transaction: threat-actor,
 * intrusion-set and identity objects become Actors, campaign and incident objects become Activity
 * drafts with the techniques of their `uses` relationships to attack-patterns. Validation of the
 * whole bundle comes first (StixValidator); one violation rejects everything (BundleRejected), so
 * nothing is half-imported (the "bad input" rule). Provenance: every record carries the
 * STIX id as an Identifier with scheme "stix" (actors) or in its verify notes (activities), and
 * the markings of its STIX object: TLP 1.0 and 2.0 by their fixed ids (TlpMarkings) or by a
 * marking definition in the bundle (tlp definitions, the TLP 2.0 extension, or a name such as
 * "TLP:AMBER+STRICT" as OpenCTI writes them), and a classification from statement markings that
 * start with a banner ("SECRET//NOFORN"). The evidence item takes the strictest marking found,
 * an unmarked object counting with the caller's default marking. Its
 * Admiralty grade: reliability A-F from x_opencti_reliability (OpenCTI writes "B - Usually
 * reliable") of the report's author, else of any object; credibility from `confidence` of the
 * report, else the lowest confidence in the bundle, through STIX Appendix A's Admiralty scale
 * (ConfidenceScales); the caller's default fills what is missing. Identities that only author
 * objects (created_by_ref, never in a relationship) are not actors. The framework of an
 * attack-pattern is never read from the bare id: the technique catalog's STIX id first, then the
 * external reference (source "DISARM", or a DISARMframeworks URL, or attack.mitre.org); DISARM's
 * own objects say "mitre-attack". Custom x_vigil_* properties written by StixExporter are read
 * back (actor kind, foreign, relation type, activity kind), so an export re-imports to the same
 * facts. Sources: STIX 2.1 §4 (SDOs), §7.2 (data markings); OpenCTI's STIX extensions
 * (x_opencti_reliability); the TLP 2.0 extension of OASIS cti-stix-common-objects.
 */

/** Turns a STIX 2.1 bundle into evidence, actors and activity drafts; stores nothing itself. */
public final class StixImporter {

  /** The media type of the stored bundle (STIX 2.1 §1.6). */
  public static final String MEDIA_TYPE = "application/stix+json;version=2.1";

  /** The identifier scheme for STIX ids on imported actors. */
  public static final String STIX_SCHEME = "stix";

  private static final Pattern BANNER =
      Pattern.compile(
          "^\\s*(UNCLASSIFIED|CUI|CONFIDENTIAL|SECRET|TOP SECRET)((?://[A-Z0-9 /-]+)?)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PATTERN_VALUE =
      Pattern.compile(
          "(domain-name|url|email-addr|ipv4-addr|ipv6-addr):value\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'");

  private final StixValidator validator;
  private final @Nullable TechniqueCatalog catalog;

  /**
   * @param catalog used to tell DISARM from ATT&CK by STIX id and to check technique ids; may be
   *     null, then only external references decide and ids are not checked
   */
  public StixImporter(StixValidator validator, @Nullable TechniqueCatalog catalog) {
    this.validator = validator;
    this.catalog = catalog;
  }

  /**
   * Validates the whole bundle, then maps it. Throws {@link BundleRejected} listing every violation
   * (object and property) when the bundle breaks the schemas; nothing is returned then.
   */
  public StixImport importBundle(byte[] json, ImportRequest request) {
    ValidationReport report = validator.validate(json);
    if (!report.valid()) {
      throw new BundleRejected(report.violations());
    }
    Bundle bundle;
    try {
      bundle = StixJson.read(json);
    } catch (JacksonException e) {
      throw new BundleRejected(
          List.of(
              new io.vigil.stix.validation.StixViolation(
                  -1, null, null, "$", "cannot be read: " + e.getOriginalMessage())));
    }
    return new Mapping(bundle, json, request).run();
  }

  /** One import: the bundle, indexes over it, and what has been made so far. */
  private final class Mapping {
    final Bundle bundle;
    final byte[] json;
    final ImportRequest request;
    final Map<String, StixObject> byId = new HashMap<>();
    final Map<String, MarkingDefinition> markings = new HashMap<>();
    final List<Relationship> relationships;
    final List<String> notes = new ArrayList<>();
    final Map<String, String> actorIdOf = new HashMap<>();

    Mapping(Bundle bundle, byte[] json, ImportRequest request) {
      this.bundle = bundle;
      this.json = json;
      this.request = request;
      for (StixObject o : bundle.objects()) {
        byId.putIfAbsent(o.id(), o);
        if (o instanceof MarkingDefinition m) {
          markings.put(m.id(), m);
        }
      }
      this.relationships = bundle.all(Relationship.class);
    }

    StixImport run() {
      // the strictest marking of any object; an unmarked object carries the caller's default
      Marking strictest = null;
      for (StixObject o : bundle.objects()) {
        Marking m = markingOf(o, o instanceof MarkingDefinition ? null : request.defaultMarking());
        if (m != null) {
          strictest = strictest == null ? m : strictest.join(m);
        }
      }
      Marking evidenceMarking = strictest == null ? request.defaultMarking() : strictest;
      List<Actor> actors = actors();
      List<Activity> activities = activities();
      NewEvidence evidence =
          new NewEvidence(
              request.electionId(),
              title(),
              request.source(),
              MEDIA_TYPE,
              json,
              grade(),
              evidenceMarking,
              summary(),
              observables());
      return new StixImport(evidence, actors, activities, notes);
    }

    // ------------------------------------------------------------ evidence

    String title() {
      List<Report> reports = bundle.all(Report.class);
      if (reports.size() == 1 && reports.getFirst().name() != null) {
        return clip("STIX report: " + reports.getFirst().name(), 300);
      }
      return "STIX 2.1 bundle " + bundle.id();
    }

    String summary() {
      Map<String, Integer> counts = new TreeMap<>();
      bundle.objects().forEach(o -> counts.merge(o.type(), 1, Integer::sum));
      StringBuilder b =
          new StringBuilder("STIX 2.1 bundle ")
              .append(bundle.id())
              .append(", ")
              .append(bundle.objects().size())
              .append(" objects: ");
      b.append(
          String.join(
              ", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
      for (Report r : bundle.all(Report.class)) {
        if (r.description() != null) {
          b.append("\n").append(r.name()).append(": ").append(r.description());
        }
      }
      return clip(b.toString(), 20000);
    }

    List<String> observables() {
      Set<String> out = new LinkedHashSet<>();
      for (StixObject o : bundle.objects()) {
        switch (o) {
          case DomainName d -> add(out, d.value());
          case Url u -> add(out, u.value());
          case EmailAddr e -> add(out, e.value());
          case IPv4Addr a -> add(out, a.value());
          case IPv6Addr a -> add(out, a.value());
          case UserAccount u -> add(out, u.accountLogin() != null ? u.accountLogin() : u.userId());
          case Indicator i when "stix".equals(i.patternType()) && i.pattern() != null -> {
            Matcher m = PATTERN_VALUE.matcher(i.pattern());
            while (m.find()) {
              add(out, m.group(2).replace("\\'", "'").replace("\\\\", "\\"));
            }
          }
          default -> {}
        }
      }
      return List.copyOf(out);
    }

    private static void add(Set<String> out, @Nullable String v) {
      if (v != null && !v.isBlank()) {
        out.add(v.strip());
      }
    }

    AdmiraltyGrade grade() {
      SourceReliability reliability = null;
      List<StixObject> candidates = new ArrayList<>();
      for (Report r : bundle.all(Report.class)) {
        if (r.createdByRef() != null && byId.containsKey(r.createdByRef())) {
          candidates.add(byId.get(r.createdByRef()));
        }
        candidates.add(r);
      }
      candidates.addAll(bundle.objects());
      for (StixObject o : candidates) {
        JsonNode rel = o.other().get("x_opencti_reliability");
        if (rel != null && rel.isString()) {
          String code = rel.asString().strip().toUpperCase(Locale.ROOT);
          if (!code.isEmpty() && code.charAt(0) >= 'A' && code.charAt(0) <= 'F') {
            reliability = SourceReliability.valueOf(code.substring(0, 1));
            notes.add("Reliability " + reliability + " from x_opencti_reliability of " + o.id());
            break;
          }
        }
      }
      Integer confidence = null;
      for (Report r : bundle.all(Report.class)) {
        if (r.confidence() != null) {
          confidence = r.confidence();
          break;
        }
      }
      if (confidence == null) {
        for (StixObject o : bundle.objects()) {
          Integer c = confidenceOf(o);
          if (c != null && (confidence == null || c < confidence)) {
            confidence = c;
          }
        }
      }
      InformationCredibility credibility =
          confidence == null
              ? request.defaultGrade().credibility()
              : ConfidenceScales.credibility(confidence);
      if (confidence != null) {
        notes.add("Credibility " + credibility.code() + " from STIX confidence " + confidence);
      }
      return new AdmiraltyGrade(
          reliability == null ? request.defaultGrade().reliability() : reliability, credibility);
    }

    // ------------------------------------------------------------ markings

    /** The marking of an object from its object_marking_refs, or {@code fallback}. */
    @Nullable Marking markingOf(StixObject o, @Nullable Marking fallback) {
      List<String> refs = o.objectMarkingRefs();
      if (refs == null || refs.isEmpty()) {
        return fallback;
      }
      Tlp tlp = null;
      Classification level = null;
      List<String> controls = new ArrayList<>();
      for (String ref : refs) {
        Tlp t = tlpOf(ref);
        if (t != null) {
          tlp = tlp == null || t.compareTo(tlp) > 0 ? t : tlp;
          continue;
        }
        MarkingDefinition m = markings.get(ref);
        String statement =
            m == null || m.definition() == null
                ? null
                : m.definition().path("statement").asString(null);
        if (statement != null) {
          Matcher x = BANNER.matcher(statement.toUpperCase(Locale.ROOT));
          if (x.find()) {
            Classification c =
                Classification.valueOf(x.group(1).toUpperCase(Locale.ROOT).replace(' ', '_'));
            level = level == null || c.compareTo(level) > 0 ? c : level;
            for (String ctl : x.group(2).split("//")) {
              if (!ctl.isBlank()) {
                controls.add(ctl.strip());
              }
            }
          }
        }
      }
      if (tlp == null && level == null) {
        return fallback;
      }
      Marking d = request.defaultMarking();
      return new Marking(
          level == null ? d.classification() : level,
          level == null ? d.controls() : controls,
          tlp == null ? d.tlp() : tlp,
          d.originator(),
          d.sharedWith());
    }

    @Nullable Tlp tlpOf(String ref) {
      Tlp fixed = TlpMarkings.of(ref);
      if (fixed != null) {
        return fixed;
      }
      MarkingDefinition m = markings.get(ref);
      if (m == null) {
        return null;
      }
      if (m.extensions() != null && m.extensions().get(TlpMarkings.TLP2_EXTENSION) != null) {
        String v = m.extensions().get(TlpMarkings.TLP2_EXTENSION).path("tlp_2_0").asString("");
        if (!v.isBlank()) {
          return parseTlp(v);
        }
      }
      if (m.definitionType() != null
          && m.definitionType().equalsIgnoreCase("tlp")
          && m.definition() != null) {
        JsonNode d = m.definition();
        String v = d.path("tlp").asString(d.path("TLP").asString(""));
        if (!v.isBlank()) {
          return parseTlp(v);
        }
      }
      if (m.name() != null && m.name().toUpperCase(Locale.ROOT).startsWith("TLP:")) {
        return parseTlp(m.name());
      }
      return null;
    }

    @Nullable Tlp parseTlp(String text) {
      try {
        return Tlp.parse(text);
      } catch (IllegalArgumentException e) {
        notes.add("Unknown TLP label '" + text + "' ignored");
        return null;
      }
    }

    Marking marking(StixObject o) {
      Marking m = markingOf(o, null);
      return m == null ? request.defaultMarking() : m;
    }

    // ------------------------------------------------------------ actors

    List<Actor> actors() {
      Set<String> inRelationships = new LinkedHashSet<>();
      for (Relationship r : relationships) {
        inRelationships.add(r.sourceRef());
        inRelationships.add(r.targetRef());
      }
      Set<String> authors = new LinkedHashSet<>();
      bundle
          .objects()
          .forEach(
              o -> {
                JsonNode by = o.other().get("created_by_ref");
                String ref = by == null ? createdBy(o) : by.asString();
                if (ref != null) {
                  authors.add(ref);
                }
              });
      List<StixObject> chosen = new ArrayList<>();
      for (StixObject o : bundle.objects()) {
        boolean actor = o instanceof ThreatActor || o instanceof IntrusionSet;
        if (o instanceof Identity i) {
          if (authors.contains(i.id()) && !inRelationships.contains(i.id())) {
            notes.add(
                "Identity " + i.id() + " (" + i.name() + ") only authors objects: not an actor");
          } else {
            actor = true;
          }
        }
        if (actor) {
          chosen.add(o);
          actorIdOf.put(o.id(), "actor-" + uuidOf(o.id()));
        }
      }
      Map<String, List<Relation>> relations = new HashMap<>();
      for (Relationship r : relationships) {
        String from = actorIdOf.get(r.sourceRef());
        String to = actorIdOf.get(r.targetRef());
        if (from == null || to == null) {
          continue;
        }
        RelationType vigil = relationType(r);
        if (vigil == null) {
          continue;
        }
        boolean reversed =
            vigil == RelationType.AUTHORIZED
                || vigil == RelationType.DIRECTED
                || vigil == RelationType.SPONSORED
                || vigil == RelationType.SUPPORTED;
        String note =
            "STIX "
                + r.relationshipType()
                + " "
                + r.id()
                + (r.description() == null ? "" : ": " + r.description());
        if (reversed) {
          relations
              .computeIfAbsent(to, k -> new ArrayList<>())
              .add(new Relation(vigil, from, clip(note, 1000)));
        } else {
          relations
              .computeIfAbsent(from, k -> new ArrayList<>())
              .add(new Relation(vigil, to, clip(note, 1000)));
        }
      }
      List<Actor> out = new ArrayList<>();
      for (StixObject o : chosen) {
        String id = actorIdOf.get(o.id());
        out.add(actor(o, id, relations.getOrDefault(id, List.of())));
      }
      return out;
    }

    @Nullable String createdBy(StixObject o) {
      return switch (o) {
        case Identity x -> x.createdByRef();
        case ThreatActor x -> x.createdByRef();
        case IntrusionSet x -> x.createdByRef();
        case Campaign x -> x.createdByRef();
        case Incident x -> x.createdByRef();
        case Report x -> x.createdByRef();
        case Indicator x -> x.createdByRef();
        case AttackPattern x -> x.createdByRef();
        case Relationship x -> x.createdByRef();
        case io.vigil.stix.model.Malware x -> x.createdByRef();
        case io.vigil.stix.model.Tool x -> x.createdByRef();
        case io.vigil.stix.model.Infrastructure x -> x.createdByRef();
        case io.vigil.stix.model.Grouping x -> x.createdByRef();
        case io.vigil.stix.model.Note x -> x.createdByRef();
        case io.vigil.stix.model.Opinion x -> x.createdByRef();
        case io.vigil.stix.model.ObservedData x -> x.createdByRef();
        case io.vigil.stix.model.Sighting x -> x.createdByRef();
        case MarkingDefinition x -> x.createdByRef();
        default -> null;
      };
    }

    @Nullable RelationType relationType(Relationship r) {
      JsonNode v = r.other().get("x_vigil_relation");
      if (v != null && v.isString()) {
        try {
          return RelationType.valueOf(v.asString());
        } catch (IllegalArgumentException e) {
          notes.add("Unknown x_vigil_relation '" + v.asString() + "' on " + r.id());
        }
      }
      return switch (r.relationshipType() == null ? "" : r.relationshipType()) {
        case "attributed-to" -> RelationType.AGENT_OF;
        case "member-of" -> RelationType.MEMBER_OF;
        case "owned-by", "controlled-by", "owned-or-controlled-by" ->
            RelationType.OWNED_OR_CONTROLLED_BY;
        default -> null;
      };
    }

    Actor actor(StixObject o, String id, List<Relation> relations) {
      String name;
      String description;
      List<String> aliases = new ArrayList<>();
      List<ExternalReference> refs;
      ActorKind kind = ActorKind.ENTITY;
      boolean foreign = true;
      List<String> verify = new ArrayList<>();
      switch (o) {
        case ThreatActor t -> {
          name = t.name();
          description = t.description();
          if (t.aliases() != null) {
            aliases.addAll(t.aliases());
          }
          refs = t.externalReferences();
        }
        case IntrusionSet s -> {
          name = s.name();
          description = s.description();
          if (s.aliases() != null) {
            aliases.addAll(s.aliases());
          }
          refs = s.externalReferences();
        }
        case Identity i -> {
          name = i.name();
          description = i.description();
          refs = i.externalReferences();
          kind = "individual".equals(i.identityClass()) ? ActorKind.PERSON : ActorKind.ENTITY;
          foreign = false;
          JsonNode more = i.other().get("x_vigil_aliases");
          if (more != null && more.isArray()) {
            more.forEach(x -> aliases.add(x.asString("")));
          }
        }
        default -> throw new IllegalStateException("not an actor: " + o.type());
      }
      JsonNode k = o.other().get("x_vigil_actor_kind");
      if (k != null && k.isString()) {
        try {
          kind = ActorKind.valueOf(k.asString());
        } catch (IllegalArgumentException e) {
          notes.add("Unknown x_vigil_actor_kind '" + k.asString() + "' on " + o.id());
        }
      }
      JsonNode f = o.other().get("x_vigil_foreign");
      if (f != null && f.isBoolean()) {
        foreign = f.asBoolean();
      } else {
        verify.add(
            "Foreign: STIX does not say; "
                + (foreign ? "assumed foreign for a " : "assumed not foreign for an ")
                + o.type()
                + ".");
      }
      aliases.remove(name);
      aliases.removeIf(String::isBlank);
      List<Identifier> ids = new ArrayList<>();
      ids.add(new Identifier(STIX_SCHEME, o.id()));
      if (refs != null) {
        for (ExternalReference r : refs) {
          if (r.sourceName() != null && r.externalId() != null) {
            ids.add(new Identifier(clip(r.sourceName(), 60), clip(r.externalId(), 200)));
          }
        }
      }
      JsonNode country = o.other().get("x_vigil_country");
      return new Actor(
          id,
          kind,
          clip(name == null ? o.id() : name, 300),
          foreign,
          country == null ? "" : clip(country.asString(""), 60),
          aliases.stream().distinct().toList(),
          ids,
          relations,
          null,
          marking(o),
          clip(description == null ? "" : description, 10000),
          verify);
    }

    // ------------------------------------------------------------ activities

    List<Activity> activities() {
      List<Activity> out = new ArrayList<>();
      for (StixObject o : bundle.objects()) {
        if (o instanceof Campaign || o instanceof Incident) {
          out.add(activity(o));
        }
      }
      return out;
    }

    Activity activity(StixObject o) {
      String name;
      String description;
      String from;
      String to = null;
      if (o instanceof Campaign c) {
        name = c.name();
        description = c.description();
        from = c.firstSeen() != null ? c.firstSeen() : c.created();
        to = c.lastSeen();
      } else {
        Incident i = (Incident) o;
        name = i.name();
        description = i.description();
        JsonNode first = i.other().get("x_vigil_first_seen");
        JsonNode last = i.other().get("x_vigil_last_seen");
        from = first != null && first.isString() ? first.asString() : i.created();
        to = last != null && last.isString() ? last.asString() : null;
      }
      List<TechniqueRef> techniques = new ArrayList<>();
      List<String> actorIds = new ArrayList<>();
      List<String> targets = new ArrayList<>();
      List<String> verify = new ArrayList<>();
      verify.add("Imported from STIX " + o.id() + ".");
      JsonNode named = o.other().get("x_vigil_targets");
      if (named != null && named.isArray()) {
        named.forEach(t -> targets.add(clip(t.asString(""), 300)));
      }
      for (Relationship r : relationships) {
        if (!o.id().equals(r.sourceRef())) {
          continue;
        }
        StixObject target = byId.get(r.targetRef());
        switch (r.relationshipType() == null ? "" : r.relationshipType()) {
          case "uses" -> {
            if (target instanceof AttackPattern p) {
              TechniqueRef t = technique(p);
              if (t != null && techniques.stream().noneMatch(x -> x.key().equals(t.key()))) {
                techniques.add(t);
              }
            }
          }
          case "attributed-to" -> {
            String a = actorIdOf.get(r.targetRef());
            if (a != null && !actorIds.contains(a)) {
              actorIds.add(a);
            }
          }
          case "targets" -> {
            // victims only: identities, locations, infrastructure (not vulnerabilities)
            boolean victim =
                r.targetRef() != null
                    && (r.targetRef().startsWith("identity--")
                        || r.targetRef().startsWith("location--")
                        || r.targetRef().startsWith("infrastructure--"));
            String n = !victim ? null : target == null ? r.targetRef() : nameOf(target);
            if (n != null && !targets.contains(n)) {
              targets.add(clip(n, 300));
            }
          }
          default -> {}
        }
      }
      LocalDate start = date(from);
      LocalDate end = to == null ? null : date(to);
      if (start == null) {
        start = LocalDate.EPOCH;
        verify.add("Start: the STIX object gives no usable date.");
      }
      if (end != null && end.isBefore(start)) {
        verify.add("End: last_seen " + to + " is before the start; dropped.");
        end = null;
      }
      return new Activity(
          "act-" + uuidOf(o.id()),
          request.electionId(),
          kind(o, techniques),
          clip(name == null ? o.id() : name, 300),
          clip(description == null ? "" : description, 20000),
          targets,
          start,
          end,
          techniques,
          List.of(),
          actorIds,
          marking(o),
          verify);
    }

    ActivityKind kind(StixObject o, List<TechniqueRef> techniques) {
      JsonNode k = o.other().get("x_vigil_activity_kind");
      if (k != null && k.isString()) {
        try {
          return ActivityKind.valueOf(k.asString());
        } catch (IllegalArgumentException e) {
          notes.add("Unknown x_vigil_activity_kind '" + k.asString() + "' on " + o.id());
        }
      }
      boolean attack = techniques.stream().anyMatch(t -> t.framework() == Framework.ATTACK);
      boolean disarm = techniques.stream().anyMatch(t -> t.framework() == Framework.DISARM);
      if (attack) {
        return ActivityKind.CYBER_INTRUSION;
      }
      return disarm ? ActivityKind.INFLUENCE_OPERATION : ActivityKind.OTHER;
    }

    @Nullable TechniqueRef technique(AttackPattern p) {
      if (catalog != null) {
        var known = catalog.byStixId(p.id());
        if (known.isPresent()) {
          return known.get().ref();
        }
      }
      Framework framework = null;
      String id = null;
      for (ExternalReference r :
          p.externalReferences() == null ? List.<ExternalReference>of() : p.externalReferences()) {
        String ext = r.externalId();
        if (ext == null || !ext.matches("T\\d{4}(\\.\\d{3})?")) {
          continue;
        }
        String source = r.sourceName() == null ? "" : r.sourceName().toLowerCase(Locale.ROOT);
        String url = r.url() == null ? "" : r.url().toLowerCase(Locale.ROOT);
        if (source.equals("disarm")
            || url.contains("disarmframeworks")
            || url.contains("disarm-")) {
          framework = Framework.DISARM;
        } else if (url.contains("attack.mitre.org")) {
          framework = Framework.ATTACK;
        }
        if (framework != null) {
          id = ext;
          break;
        }
      }
      if (framework == null) {
        notes.add(
            "Attack pattern "
                + p.id()
                + " ("
                + p.name()
                + ") names no DISARM or ATT&CK technique it can be keyed on: not mapped");
        return null;
      }
      TechniqueRef ref =
          new TechniqueRef(framework, id, clip(p.name() == null ? "" : p.name(), 200));
      if (catalog != null) {
        try {
          Technique t = catalog.require(ref);
          return t.ref();
        } catch (UnknownTechnique e) {
          notes.add(e.getMessage() + " (attack pattern " + p.id() + "): not mapped");
          return null;
        }
      }
      return ref;
    }

    @Nullable String nameOf(StixObject o) {
      return switch (o) {
        case Identity x -> x.name();
        case ThreatActor x -> x.name();
        case IntrusionSet x -> x.name();
        case io.vigil.stix.model.Infrastructure x -> x.name();
        case io.vigil.stix.model.GenericObject x ->
            x.text("name") != null ? x.text("name") : x.id();
        default -> o.id();
      };
    }
  }

  private static @Nullable Integer confidenceOf(StixObject o) {
    JsonNode c = o.other().get("confidence");
    if (c != null && c.isInt()) {
      return c.asInt();
    }
    return switch (o) {
      case Identity x -> x.confidence();
      case ThreatActor x -> x.confidence();
      case IntrusionSet x -> x.confidence();
      case Campaign x -> x.confidence();
      case Incident x -> x.confidence();
      case Indicator x -> x.confidence();
      case AttackPattern x -> x.confidence();
      case Relationship x -> x.confidence();
      case Report x -> x.confidence();
      default -> null;
    };
  }

  private static @Nullable LocalDate date(@Nullable String timestamp) {
    if (timestamp == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(timestamp).toLocalDate();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** The UUID part of a STIX id. */
  static String uuidOf(String stixId) {
    int i = stixId.indexOf("--");
    return i < 0 ? stixId : stixId.substring(i + 2);
  }

  static String clip(String s, int max) {
    String t = s.strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }
}
