package io.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.activity.Activity;
import io.vigil.process.activity.ActivityKind;
import io.vigil.process.activity.Framework;
import io.vigil.process.activity.TechniqueRef;
import io.vigil.process.actor.Actor;
import io.vigil.process.actor.ActorKind;
import io.vigil.process.actor.Identifier;
import io.vigil.process.actor.Relation;
import io.vigil.process.actor.RelationType;
import io.vigil.process.demo.DemoData;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.stix.validation.StixValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StixImporterTest {
  private static final StixValidator VALIDATOR = StixValidator.offline(SharedData.schemas());
  private static final Marking DEFAULT =
      new Marking(Classification.UNCLASSIFIED, List.of(), Tlp.GREEN, "CISA", List.of());
  private static final ImportRequest REQUEST =
      new ImportRequest(DemoData.E2020, "test feed", AdmiraltyGrade.parse("C3"), DEFAULT);

  private final StixImporter importer = new StixImporter(VALIDATOR, Catalogs.get());

  private static final String FIXTURE =
      """
      {"type":"bundle","id":"bundle--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f60","objects":[
       {"type":"identity","spec_version":"2.1","id":"identity--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f61",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z",
        "name":"Feed Org","identity_class":"organization","x_opencti_reliability":"B - Usually reliable"},
       {"type":"identity","spec_version":"2.1","id":"identity--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f62",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z",
        "name":"US Senate","identity_class":"organization"},
       {"type":"threat-actor","spec_version":"2.1","id":"threat-actor--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f63",
        "created_by_ref":"identity--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f61",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z",
        "name":"GRU","aliases":["GRU","Main Directorate"],
        "object_marking_refs":["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"]},
       {"type":"intrusion-set","spec_version":"2.1","id":"intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c",
        "created_by_ref":"identity--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f61",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z",
        "name":"APT28","aliases":["Fancy Bear"],
        "external_references":[{"source_name":"mitre-attack","external_id":"G0007","url":"https://attack.mitre.org/groups/G0007"}]},
       {"type":"campaign","spec_version":"2.1","id":"campaign--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f64",
        "created_by_ref":"identity--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f61",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z",
        "name":"Senate look-alike domains","first_seen":"2018-08-01T00:00:00Z","last_seen":"2018-08-21T00:00:00Z",
        "object_marking_refs":["marking-definition--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f6a"]},
       {"type":"attack-pattern","spec_version":"2.1","id":"attack-pattern--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f65",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"Domains",
        "external_references":[{"source_name":"mitre-attack","external_id":"T1583.001","url":"https://attack.mitre.org/techniques/T1583/001"}]},
       {"type":"attack-pattern","spec_version":"2.1","id":"attack-pattern--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f66",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"Lookalike Domain",
        "external_references":[{"source_name":"mitre-attack","external_id":"T0149.003","url":"https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/techniques/T0149.003.md"}]},
       {"type":"relationship","spec_version":"2.1","id":"relationship--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f67",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","relationship_type":"uses",
        "source_ref":"campaign--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f64","target_ref":"attack-pattern--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f65"},
       {"type":"relationship","spec_version":"2.1","id":"relationship--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f68",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","relationship_type":"uses",
        "source_ref":"campaign--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f64","target_ref":"attack-pattern--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f66"},
       {"type":"relationship","spec_version":"2.1","id":"relationship--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f69",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","relationship_type":"attributed-to",
        "source_ref":"intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c","target_ref":"threat-actor--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f63"},
       {"type":"relationship","spec_version":"2.1","id":"relationship--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f6b",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","relationship_type":"attributed-to",
        "source_ref":"campaign--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f64","target_ref":"intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c"},
       {"type":"relationship","spec_version":"2.1","id":"relationship--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f6c",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","relationship_type":"targets",
        "source_ref":"campaign--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f64","target_ref":"identity--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f62"},
       {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f6a",
        "created":"2024-01-01T00:00:00.000Z","definition_type":"statement",
        "definition":{"statement":"SECRET//NOFORN"}},
       {"type":"report","spec_version":"2.1","id":"report--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f6d",
        "created_by_ref":"identity--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f61",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","confidence":65,
        "name":"GRU domains","published":"2024-01-01T00:00:00Z",
        "object_refs":["campaign--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f64"]},
       {"type":"domain-name","spec_version":"2.1","id":"domain-name--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f6e","value":"senate.group"},
       {"type":"indicator","spec_version":"2.1","id":"indicator--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f6f",
        "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z",
        "pattern":"[domain-name:value = 'adfs-senate.email'] OR [url:value = 'https://my-iri.org/login']",
        "pattern_type":"stix","valid_from":"2018-08-21T00:00:00Z"}
      ]}
      """;

  private StixImport importFixture() {
    return importer.importBundle(FIXTURE.getBytes(StandardCharsets.UTF_8), REQUEST);
  }

  @Test
  void theBundleBecomesOneEvidenceItemWithItsBytesGradeAndStrictestMarking() {
    StixImport r = importFixture();

    assertThat(r.evidence().content()).isEqualTo(FIXTURE.getBytes(StandardCharsets.UTF_8));
    assertThat(r.evidence().mediaType()).isEqualTo("application/stix+json;version=2.1");
    assertThat(r.evidence().title()).isEqualTo("STIX report: GRU domains");
    assertThat(r.evidence().source()).isEqualTo("test feed");
    // B from the author's x_opencti_reliability, 2 from the report's confidence 65 (Appendix A)
    assertThat(r.evidence().grading().code()).isEqualTo("B2");
    assertThat(r.evidence().marking().tlp()).isEqualTo(Tlp.AMBER);
    assertThat(r.evidence().marking().classification()).isEqualTo(Classification.SECRET);
    assertThat(r.evidence().marking().controls()).containsExactly("NOFORN");
    assertThat(r.evidence().observables())
        .containsExactly("senate.group", "adfs-senate.email", "https://my-iri.org/login");
  }

  @Test
  void actorsKeepTheirStixIdsAliasesAndAttribution() {
    StixImport r = importFixture();

    assertThat(r.actors()).extracting(Actor::name).containsExactly("US Senate", "GRU", "APT28");
    Actor apt28 = r.actors().get(2);
    assertThat(apt28.id()).isEqualTo("actor-bef4c620-0787-42a8-a96d-b7eb6e85917c");
    assertThat(apt28.identifiers())
        .containsExactly(
            new Identifier("stix", "intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c"),
            new Identifier("mitre-attack", "G0007"));
    assertThat(apt28.aliases()).containsExactly("Fancy Bear");
    assertThat(apt28.relations())
        .extracting(Relation::type, Relation::targetId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RelationType.AGENT_OF, r.actors().get(1).id()));
    Actor gru = r.actors().get(1);
    assertThat(gru.marking().tlp()).isEqualTo(Tlp.AMBER);
    assertThat(gru.aliases()).containsExactly("Main Directorate");
    Actor senate = r.actors().getFirst();
    assertThat(senate.foreign()).isFalse();
    assertThat(r.notes())
        .anyMatch(n -> n.contains("Feed Org") && n.contains("only authors objects"));
  }

  @Test
  void campaignsBecomeActivityDraftsWithTechniquesKeyedByFramework() {
    StixImport r = importFixture();

    Activity a = r.activities().getFirst();
    assertThat(a.title()).isEqualTo("Senate look-alike domains");
    assertThat(a.electionId()).isEqualTo(DemoData.E2020);
    assertThat(a.from()).isEqualTo(LocalDate.of(2018, 8, 1));
    assertThat(a.to()).isEqualTo(LocalDate.of(2018, 8, 21));
    assertThat(a.techniques())
        .containsExactly(
            new TechniqueRef(Framework.ATTACK, "T1583.001", "Domains"),
            new TechniqueRef(Framework.DISARM, "T0149.003", "Lookalike Domain"));
    assertThat(a.kind()).isEqualTo(ActivityKind.CYBER_INTRUSION);
    assertThat(a.actorIds()).containsExactly("actor-bef4c620-0787-42a8-a96d-b7eb6e85917c");
    assertThat(a.targets()).containsExactly("US Senate");
    assertThat(a.marking().classification()).isEqualTo(Classification.SECRET);
    assertThat(a.verify())
        .contains("Imported from STIX campaign--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f64.");
    assertThat(r.activitiesWithEvidence("ev-1").getFirst().evidenceIds()).containsExactly("ev-1");
  }

  @Test
  void anInvalidBundleIsRejectedWholeNamingObjectAndProperty() {
    String bad =
        FIXTURE.replace("\"name\":\"APT28\",", "\"name\":\"APT28\",\"confidence\":\"high\",");

    assertThatThrownBy(() -> importer.importBundle(bad.getBytes(StandardCharsets.UTF_8), REQUEST))
        .isInstanceOf(BundleRejected.class)
        .hasMessageContaining("nothing was imported")
        .hasMessageContaining(
            "objects[3] (intrusion-set intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c) /confidence");
  }

  @Test
  void everyOasisExampleBundleImports() throws Exception {
    for (Path p : SharedData.examples()) {
      byte[] json = Files.readAllBytes(p);
      if (p.getFileName().toString().equals("interop-objectmarking-test.json")) {
        // a bare campaign, not a bundle: refused, nothing imported
        assertThatThrownBy(() -> importer.importBundle(json, REQUEST))
            .isInstanceOf(BundleRejected.class);
        continue;
      }
      StixImport r = importer.importBundle(json, REQUEST);
      assertThat(r.evidence().content()).as(p.toString()).isEqualTo(json);
    }
    StixImport apt1 =
        importer.importBundle(
            Files.readAllBytes(
                SharedData.frameworks()
                    .resolve("stix21-json-schemas/examples/threat-reports/apt1.json")),
            REQUEST);
    assertThat(apt1.actors()).extracting(Actor::name).contains("APT1");
    assertThat(apt1.evidence().marking().tlp()).isEqualTo(Tlp.GREEN);
  }

  @Test
  void anExportedAssessmentReimportsToTheSameActorsAndActivities() {
    Demo demo = new Demo();
    byte[] bundle = StixJson.write(demo.export(DemoData.E2018));

    StixImport r =
        importer.importBundle(
            bundle,
            new ImportRequest(DemoData.E2018, "re-import", AdmiraltyGrade.parse("A1"), DEFAULT));

    Activity original = demo.store.find(Kind.ACTIVITY, "act-2018-gru-domains").orElseThrow();
    Activity back =
        r.activities().stream()
            .filter(a -> a.title().equals(original.title()))
            .findFirst()
            .orElseThrow();
    assertThat(back.kind()).isEqualTo(original.kind());
    assertThat(back.from()).isEqualTo(original.from());
    assertThat(back.to()).isEqualTo(original.to());
    assertThat(back.targets()).isEqualTo(original.targets());
    assertThat(back.techniques()).containsExactlyInAnyOrderElementsOf(original.techniques());
    Actor unit =
        r.actors().stream()
            .filter(a -> a.name().equals("GRU Unit 26165"))
            .findFirst()
            .orElseThrow();
    assertThat(unit.kind()).isEqualTo(ActorKind.UNIT);
    assertThat(unit.foreign()).isTrue();
    assertThat(unit.aliases()).containsExactly("APT28", "Fancy Bear", "Strontium");
    Actor russia =
        r.actors().stream()
            .filter(a -> a.name().equals("Government of the Russian Federation"))
            .findFirst()
            .orElseThrow();
    assertThat(russia.kind()).isEqualTo(ActorKind.GOVERNMENT);
    assertThat(unit.relations())
        .extracting(Relation::type, Relation::targetId)
        .contains(org.assertj.core.groups.Tuple.tuple(RelationType.MEMBER_OF, russia.id()));
    assertThat(r.evidence().marking().classification()).isEqualTo(Classification.SECRET);
    assertThat(r.evidence().marking().tlp()).isEqualTo(Tlp.AMBER);
  }

  @Test
  void theServerCanStoreAnImportInOneGo() {
    Demo demo = new Demo();
    ProcessService service = demo.service;
    StixImport r = importFixture();

    EvidenceItem item = service.addEvidence(Principal.system(), r.evidence());
    for (Actor a : r.actors()) {
      service.importRecord(Principal.system(), Kind.ACTOR, a, null);
    }
    for (Activity a : r.activitiesWithEvidence(item.id())) {
      service.importRecord(Principal.system(), Kind.ACTIVITY, a, null);
    }

    assertThat(demo.store.content(item.id())).contains(FIXTURE.getBytes(StandardCharsets.UTF_8));
    assertThat(
            demo.store
                .find(Kind.ACTIVITY, r.activities().getFirst().id())
                .orElseThrow()
                .evidenceIds())
        .containsExactly(item.id());
  }

  @Test
  void openCtiAndTlp1MarkingsAreReadAsTlp2Labels() {
    String json =
        """
        {"type":"bundle","id":"bundle--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f70","objects":[
         {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--826578e1-40ad-459f-bc73-ede076f81f37",
          "created":"2022-01-01T00:00:00.000Z","definition_type":"TLP","name":"TLP:AMBER+STRICT",
          "definition":{"TLP":"TLP:AMBER+STRICT"}},
         {"type":"threat-actor","spec_version":"2.1","id":"threat-actor--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f71",
          "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"Strict",
          "object_marking_refs":["marking-definition--826578e1-40ad-459f-bc73-ede076f81f37"]},
         {"type":"threat-actor","spec_version":"2.1","id":"threat-actor--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f72",
          "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"White",
          "object_marking_refs":["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"]},
         {"type":"threat-actor","spec_version":"2.1","id":"threat-actor--0f4c1b5e-2c1a-4d6e-8f0a-1b2c3d4e5f73",
          "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"Unmarked"}
        ]}
        """;

    StixImport r = importer.importBundle(json.getBytes(StandardCharsets.UTF_8), REQUEST);

    assertThat(r.actors())
        .extracting(a -> a.marking().tlp())
        .containsExactly(Tlp.AMBER_STRICT, Tlp.CLEAR, Tlp.GREEN);
    assertThat(r.evidence().marking().tlp()).isEqualTo(Tlp.AMBER_STRICT);
    // no reliability or confidence in the bundle: the caller's default grade
    assertThat(r.evidence().grading().code()).isEqualTo("C3");
  }
}
