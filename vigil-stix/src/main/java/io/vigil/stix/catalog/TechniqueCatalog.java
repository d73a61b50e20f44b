package io.vigil.stix.catalog;

import io.vigil.process.activity.Framework;
import io.vigil.process.activity.TechniqueRef;
import io.vigil.stix.StixJson;
import io.vigil.stix.model.AttackPattern;
import io.vigil.stix.model.Bundle;
import io.vigil.stix.model.ExternalReference;
import io.vigil.stix.model.GenericObject;
import io.vigil.stix.model.IntrusionSet;
import io.vigil.stix.model.KillChainPhase;
import io.vigil.stix.model.Relationship;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/*
 * Design note. Two frameworks give activities their technique ids: DISARM (influence operations,
 * one STIX 2.1 bundle from DISARMframeworks, generated_files/DISARM_STIX/DISARM.json) and MITRE
 * ATT&CK Enterprise (STIX 2.0 from mitre/cti, compacted in ../shared/data). Both shape ids as
 * T1234(.567), and DISARM labels its techniques with source_name "mitre-attack" and kill chain
 * "mitre-attack" (its tactics say "DISARM"), so a technique is keyed by (framework, id) and each
 * framework is read from its own bundle: the bare id or the source_name never decides the
 * framework. ATT&CK is converted to STIX 2.1 on load (convert20to21): every object gets
 * spec_version "2.1", the bundle loses its spec_version (a 2.1 bundle has none), and malware gets
 * the 2.1-required is_family (true, as MITRE's own 2.1 release, attack-stix-data, writes it).
 * Tactics come from the x-mitre-tactic objects (x_mitre_shortname = kill-chain phase name);
 * parents from subtechnique-of relationships, else from the id before the dot. Revoked or
 * deprecated ATT&CK techniques stay findable but are flagged. Sources: DISARM README and STIX
 * bundle; ATT&CK STIX data model (docs of mitre-attack/attack-stix-data); STIX 2.1 §3.1.
 */

/** DISARM and ATT&CK Enterprise techniques (and ATT&CK groups), looked up by framework and id. */
public final class TechniqueCatalog {

  /** The DISARM bundle below the frameworks folder. */
  public static final String DISARM_FILE = "disarm-stix21.json";

  /** The ATT&CK Enterprise bundle (STIX 2.0, gzip) below the frameworks folder. */
  public static final String ATTACK_FILE = "attack-enterprise-stix20-compact.json.gz";

  private final Map<Framework, Map<String, Technique>> techniques = new EnumMap<>(Framework.class);
  private final Map<String, Technique> byStixId = new HashMap<>();
  private final Map<String, AttackGroup> groups = new LinkedHashMap<>();

  private TechniqueCatalog(Bundle disarm, Bundle attack) {
    techniques.put(Framework.DISARM, read(Framework.DISARM, disarm));
    techniques.put(Framework.ATTACK, read(Framework.ATTACK, attack));
    readGroups(attack);
  }

  /** Loads both catalogs from a frameworks folder ({@code ../shared/data/frameworks}). */
  public static TechniqueCatalog load(Path frameworksFolder) {
    Path disarm = frameworksFolder.resolve(DISARM_FILE);
    Path attack = frameworksFolder.resolve(ATTACK_FILE);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(attack), 1 << 16)) {
      JsonNode attack20 = StixJson.mapper().readTree(in);
      return new TechniqueCatalog(
          StixJson.read(Files.readAllBytes(disarm)), StixJson.read(convert20to21(attack20)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the framework bundles in " + frameworksFolder, e);
    }
  }

  /** A catalog over two bundles already read (ATT&CK already in STIX 2.1). */
  public static TechniqueCatalog of(Bundle disarm, Bundle attack) {
    return new TechniqueCatalog(disarm, attack);
  }

  /**
   * Converts a STIX 2.0 bundle (as MITRE's cti repository has it) to STIX 2.1: {@code spec_version:
   * "2.1"} on every object and none on the bundle, {@code is_family} on malware. The input is not
   * changed.
   */
  public static ObjectNode convert20to21(JsonNode bundle20) {
    ObjectNode b = (ObjectNode) bundle20.deepCopy();
    b.remove("spec_version");
    for (JsonNode o : b.path("objects")) {
      if (o instanceof ObjectNode obj) {
        if (!obj.has("spec_version")) {
          // keep the usual order: type, spec_version, id, …
          Map<String, JsonNode> rest = new LinkedHashMap<>();
          obj.properties().forEach(e -> rest.put(e.getKey(), e.getValue()));
          obj.removeAll();
          for (var e : rest.entrySet()) {
            obj.set(e.getKey(), e.getValue());
            if (e.getKey().equals("type")) {
              obj.set("spec_version", StringNode.valueOf("2.1"));
            }
          }
        }
        if ("malware".equals(obj.path("type").asString("")) && !obj.has("is_family")) {
          obj.put("is_family", true);
        }
      }
    }
    return b;
  }

  private Map<String, Technique> read(Framework framework, Bundle bundle) {
    Map<String, Tactic> tactics = new HashMap<>();
    for (GenericObject t : bundle.all(GenericObject.class)) {
      if (t.type().equals("x-mitre-tactic")) {
        String shortname = t.text("x_mitre_shortname");
        ExternalReference ref = firstWithId(refs(t.other().get("external_references")));
        if (shortname != null && ref != null) {
          tactics.put(
              shortname, new Tactic(ref.externalId(), shortname, String.valueOf(t.text("name"))));
        }
      }
    }
    Map<String, String> parentOf = new HashMap<>();
    for (Relationship r : bundle.all(Relationship.class)) {
      if ("subtechnique-of".equals(r.relationshipType())
          && r.sourceRef() != null
          && r.targetRef() != null) {
        parentOf.put(r.sourceRef(), r.targetRef());
      }
    }
    Map<String, String> idOfStix = new HashMap<>();
    List<AttackPattern> patterns = bundle.all(AttackPattern.class);
    for (AttackPattern p : patterns) {
      ExternalReference ref = techniqueRef(framework, p);
      if (ref != null) {
        idOfStix.put(p.id(), ref.externalId());
      }
    }
    Map<String, Technique> out = new LinkedHashMap<>();
    for (AttackPattern p : patterns) {
      ExternalReference ref = techniqueRef(framework, p);
      if (ref == null || ref.externalId() == null) {
        continue;
      }
      String id = ref.externalId();
      List<Tactic> ts = new ArrayList<>();
      for (KillChainPhase k :
          p.killChainPhases() == null ? List.<KillChainPhase>of() : p.killChainPhases()) {
        Tactic t = tactics.get(k.phaseName());
        ts.add(t != null ? t : new Tactic(k.phaseName(), k.phaseName(), k.phaseName()));
      }
      String parent = parentOf.containsKey(p.id()) ? idOfStix.get(parentOf.get(p.id())) : null;
      if (parent == null && id.contains(".")) {
        parent = id.substring(0, id.indexOf('.'));
      }
      boolean retired =
          Boolean.TRUE.equals(p.revoked())
              || p.other()
                  .getOrDefault("x_mitre_deprecated", StringNode.valueOf(""))
                  .asBoolean(false);
      Technique t =
          new Technique(
              framework,
              id,
              p.name() == null ? id : p.name(),
              p.id(),
              ts,
              parent,
              ref.url() == null ? "" : ref.url(),
              retired);
      Technique before = out.get(id);
      // an id revoked and re-used keeps its current technique
      if (before == null || (before.retired() && !retired)) {
        out.put(id, t);
      }
      byStixId.put(p.id(), t);
    }
    return out;
  }

  private static @Nullable ExternalReference techniqueRef(Framework framework, AttackPattern p) {
    List<ExternalReference> refs =
        p.externalReferences() == null ? List.of() : p.externalReferences();
    for (ExternalReference r : refs) {
      String id = r.externalId();
      if (id == null || !id.matches("T\\d{4}(\\.\\d{3})?")) {
        continue;
      }
      String source = r.sourceName() == null ? "" : r.sourceName().toLowerCase(Locale.ROOT);
      // both frameworks write "mitre-attack"; the bundle being read decides the framework
      if (source.equals("mitre-attack") || source.equals("disarm")) {
        return r;
      }
    }
    return null;
  }

  private void readGroups(Bundle attack) {
    Map<String, List<String>> uses = new HashMap<>();
    for (Relationship r : attack.all(Relationship.class)) {
      if ("uses".equals(r.relationshipType())
          && r.sourceRef() != null
          && r.sourceRef().startsWith("intrusion-set--")
          && r.targetRef() != null) {
        Technique t = byStixId.get(r.targetRef());
        if (t != null && t.framework() == Framework.ATTACK) {
          uses.computeIfAbsent(r.sourceRef(), k -> new ArrayList<>()).add(t.id());
        }
      }
    }
    for (IntrusionSet s : attack.all(IntrusionSet.class)) {
      ExternalReference ref = null;
      for (ExternalReference r :
          s.externalReferences() == null ? List.<ExternalReference>of() : s.externalReferences()) {
        if ("mitre-attack".equals(r.sourceName())
            && r.externalId() != null
            && r.externalId().startsWith("G")) {
          ref = r;
        }
      }
      if (ref == null || Boolean.TRUE.equals(s.revoked())) {
        continue;
      }
      List<String> used = new ArrayList<>(uses.getOrDefault(s.id(), List.of()));
      used.sort(Comparator.naturalOrder());
      groups.put(
          ref.externalId(),
          new AttackGroup(
              ref.externalId(),
              s.name() == null ? ref.externalId() : s.name(),
              s.aliases() == null ? List.of() : s.aliases(),
              s.id(),
              used.stream().distinct().toList()));
    }
  }

  private static List<ExternalReference> refs(@Nullable JsonNode node) {
    if (node == null || !node.isArray()) {
      return List.of();
    }
    List<ExternalReference> out = new ArrayList<>();
    node.forEach(n -> out.add(StixJson.mapper().treeToValue(n, ExternalReference.class)));
    return out;
  }

  private static @Nullable ExternalReference firstWithId(List<ExternalReference> refs) {
    return refs.stream().filter(r -> r.externalId() != null).findFirst().orElse(null);
  }

  /** The technique with this id in this framework. */
  public Optional<Technique> technique(Framework framework, String id) {
    return Optional.ofNullable(techniques.get(framework).get(id.strip()));
  }

  /** The technique whose {@code attack-pattern} has this STIX id, in either framework. */
  public Optional<Technique> byStixId(String stixId) {
    return Optional.ofNullable(byStixId.get(stixId));
  }

  /** Every technique of a framework, in id order. */
  public List<Technique> techniques(Framework framework) {
    return techniques.get(framework).values().stream()
        .sorted(Comparator.comparing(Technique::id))
        .toList();
  }

  /** The sub-techniques of a technique, in id order. */
  public List<Technique> subtechniques(Framework framework, String parentId) {
    return techniques(framework).stream().filter(t -> parentId.equals(t.parentId())).toList();
  }

  /** Techniques whose id, name or tactic contains {@code text} (case-insensitive), in id order. */
  public List<Technique> search(Framework framework, String text) {
    String q = text.strip().toLowerCase(Locale.ROOT);
    return techniques(framework).stream()
        .filter(
            t ->
                t.id().toLowerCase(Locale.ROOT).contains(q)
                    || t.name().toLowerCase(Locale.ROOT).contains(q)
                    || t.tactics().stream()
                        .anyMatch(
                            a ->
                                a.name().toLowerCase(Locale.ROOT).contains(q)
                                    || a.id().toLowerCase(Locale.ROOT).equals(q)))
        .toList();
  }

  /**
   * The technique a reference names; throws {@link UnknownTechnique} naming the framework and id
   * when the framework has no such technique (and says so when the id belongs to the other one).
   */
  public Technique require(TechniqueRef ref) {
    Optional<Technique> t = technique(ref.framework(), ref.id());
    if (t.isPresent()) {
      return t.get();
    }
    Framework other = ref.framework() == Framework.DISARM ? Framework.ATTACK : Framework.DISARM;
    String hint =
        technique(other, ref.id())
            .map(o -> "; " + ref.id() + " is " + label(other) + " '" + o.name() + "'")
            .orElse("");
    throw new UnknownTechnique(
        ref.framework(),
        ref.id(),
        label(ref.framework())
            + " has no technique "
            + ref.id()
            + (ref.name().isBlank() ? "" : " ('" + ref.name() + "')")
            + hint);
  }

  /** The ATT&CK group with this id, e.g. {@code G0007}. */
  public Optional<AttackGroup> group(String groupId) {
    return Optional.ofNullable(groups.get(groupId.strip().toUpperCase(Locale.ROOT)));
  }

  /** Every ATT&CK group, in id order. */
  public List<AttackGroup> groups() {
    return groups.values().stream().sorted(Comparator.comparing(AttackGroup::id)).toList();
  }

  /** How a framework is named in messages. */
  public static String label(Framework f) {
    return f == Framework.DISARM ? "DISARM" : "ATT&CK Enterprise";
  }
}
