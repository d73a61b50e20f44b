package io.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.process.demo.DemoData;
import io.vigil.stix.model.AttackPattern;
import io.vigil.stix.model.Bundle;
import io.vigil.stix.model.Campaign;
import io.vigil.stix.model.DomainName;
import io.vigil.stix.model.ExternalReference;
import io.vigil.stix.model.Identity;
import io.vigil.stix.model.Incident;
import io.vigil.stix.model.Indicator;
import io.vigil.stix.model.MarkingDefinition;
import io.vigil.stix.model.Note;
import io.vigil.stix.model.Opinion;
import io.vigil.stix.model.Relationship;
import io.vigil.stix.model.Report;
import io.vigil.stix.model.StixObject;
import io.vigil.stix.model.ThreatActor;
import io.vigil.stix.validation.StixValidator;
import io.vigil.stix.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class StixExporterTest {
  private static final StixValidator VALIDATOR = StixValidator.offline(SharedData.schemas());
  private final Demo demo = new Demo();

  @Test
  void the2020AssessmentExportsAsAValidReportBundle() {
    Bundle b = demo.export(DemoData.E2020);

    ValidationReport r = VALIDATOR.validate(StixJson.write(b));

    assertThat(r.violations()).isEmpty();
    Report report = b.all(Report.class).getFirst();
    assertThat(report.name())
        .isEqualTo("ICA 2020-00078D: Foreign Threats to the 2020 US Federal Elections");
    assertThat(report.published()).isEqualTo("2021-01-07T17:00:00.000Z");
    assertThat(report.objectRefs())
        .containsAll(
            b.objects().stream()
                .filter(o -> !(o instanceof MarkingDefinition) && !(o instanceof Report))
                .map(StixObject::id)
                .toList());
    assertThat(report.externalReferences())
        .extracting(ExternalReference::externalId)
        .containsExactly("ev-2020-ica-declassified");
    assertThat(report.externalReferences().getFirst().hashes()).containsKey("SHA-256");
    Identity author = b.find(report.createdByRef()).map(Identity.class::cast).orElseThrow();
    assertThat(author.name()).isEqualTo("Office of the Director of National Intelligence");
  }

  @Test
  void judgmentsBecomeNotesWithLikelihoodAndOpinionsPerAgency() {
    Bundle b = demo.export(DemoData.E2020);

    List<Note> notes = b.all(Note.class);
    assertThat(notes).hasSize(6);
    Note china =
        notes.stream()
            .filter(n -> n.content().startsWith("China considered"))
            .findFirst()
            .orElseThrow();
    assertThat(china.content())
        .contains("Likelihood (ICD 203): likely (55-80%).")
        .contains("Confidence: IC moderate.")
        .contains("Minority view of NIO for Cyber");
    assertThat(china.confidence()).isEqualTo(50);
    assertThat(china.other().get("x_vigil_likelihood_value").asInt()).isEqualTo(70);
    List<Opinion> onChina =
        b.all(Opinion.class).stream().filter(o -> o.objectRefs().contains(china.id())).toList();
    assertThat(onChina)
        .extracting(Opinion::opinion, Opinion::authors)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("agree", List.of("IC")),
            org.assertj.core.groups.Tuple.tuple("disagree", List.of("NIO for Cyber")));
  }

  @Test
  void activitiesUseTheirTechniquesWithTheRightSourceName() {
    Bundle b = demo.export(DemoData.E2018);

    assertThat(VALIDATOR.validate(StixJson.write(b)).violations()).isEmpty();
    Incident domains =
        b.all(Incident.class).stream()
            .filter(i -> i.name().startsWith("GRU"))
            .findFirst()
            .orElseThrow();
    Campaign lakhta = b.all(Campaign.class).getFirst();
    assertThat(lakhta.firstSeen()).isEqualTo("2014-04-01T00:00:00.000Z");
    List<String> usedByDomains =
        b.all(Relationship.class).stream()
            .filter(r -> r.relationshipType().equals("uses") && r.sourceRef().equals(domains.id()))
            .map(Relationship::targetRef)
            .toList();
    List<ExternalReference> refs =
        b.all(AttackPattern.class).stream()
            .filter(p -> usedByDomains.contains(p.id()))
            .map(p -> p.externalReferences().getFirst())
            .toList();
    assertThat(refs)
        .extracting(ExternalReference::sourceName, ExternalReference::externalId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("DISARM", "T0149.003"),
            org.assertj.core.groups.Tuple.tuple("mitre-attack", "T1583.001"),
            org.assertj.core.groups.Tuple.tuple("mitre-attack", "T1566"));
    assertThat(refs)
        .extracting(ExternalReference::url)
        .contains("https://attack.mitre.org/techniques/T1583/001/");
  }

  @Test
  void lookalikeDomainsBecomeIndicatorsAndObservables() {
    Bundle b = demo.export(DemoData.E2018);

    assertThat(b.all(DomainName.class))
        .extracting(DomainName::value)
        // the six domains Microsoft took over, and those the GRU indictment names
        .containsExactlyInAnyOrder(
            "dcleaks.com",
            "actblues.com",
            "my-iri.org",
            "hudsonorg-my-sharepoint.com",
            "senate.group",
            "adfs-senate.services",
            "adfs-senate.email",
            "office365-onedrive.com");
    Indicator senate =
        b.all(Indicator.class).stream()
            .filter(i -> i.name().equals("senate.group"))
            .findFirst()
            .orElseThrow();
    assertThat(senate.pattern()).isEqualTo("[domain-name:value = 'senate.group']");
    assertThat(senate.indicatorTypes()).containsExactly("malicious-activity");
    assertThat(b.all(Relationship.class))
        .anyMatch(
            r -> r.relationshipType().equals("indicates") && r.sourceRef().equals(senate.id()));
    // the STIX 2.1 deterministic id of an SCO: UUIDv5 of {"value":…} in the STIX namespace
    DomainName d =
        b.all(DomainName.class).stream()
            .filter(x -> x.value().equals("my-iri.org"))
            .findFirst()
            .orElseThrow();
    assertThat(d.id())
        .isEqualTo(
            "domain-name--" + StixIds.uuid5(StixIds.SCO_NAMESPACE, "{\"value\":\"my-iri.org\"}"));
  }

  @Test
  void actorsAndTheirRelationsBecomeThreatActorsIdentitiesAndAttributions() {
    Bundle b = demo.export(DemoData.E2018);

    ThreatActor unit =
        b.all(ThreatActor.class).stream()
            .filter(t -> t.name().equals("GRU Unit 26165"))
            .findFirst()
            .orElseThrow();
    assertThat(unit.aliases()).contains("APT28", "Fancy Bear");
    Identity russia =
        b.all(Identity.class).stream()
            .filter(i -> i.name().equals("Government of the Russian Federation"))
            .findFirst()
            .orElseThrow();
    assertThat(russia.sectors()).containsExactly("government-national");
    assertThat(b.all(Relationship.class))
        .anyMatch(
            r ->
                r.relationshipType().equals("attributed-to")
                    && r.sourceRef().equals(unit.id())
                    && r.targetRef().equals(russia.id())
                    && r.other().get("x_vigil_relation").asString().equals("MEMBER_OF"));
  }

  @Test
  void theGovernmentsRoleRidesOnTheAttributionOfItsActivities() {
    Bundle b = demo.export(DemoData.E2020);

    Identity iran =
        b.all(Identity.class).stream()
            .filter(i -> i.other().containsKey("x_vigil_id"))
            .filter(i -> i.other().get("x_vigil_id").asString().equals("gov-iran"))
            .findFirst()
            .orElseThrow();
    List<Relationship> toIran =
        b.all(Relationship.class).stream()
            .filter(
                r ->
                    r.relationshipType().equals("attributed-to") && r.targetRef().equals(iran.id()))
            .toList();
    assertThat(toIran).hasSize(2);
    assertThat(toIran)
        .allSatisfy(
            r -> {
              assertThat(r.other().get("x_vigil_government_role").asString())
                  .isEqualTo("AUTHORIZED");
              assertThat(r.description()).startsWith("Khamenei likely authorized");
            });
  }

  @Test
  void everyObjectCarriesTlp2AndAClassificationStatement() {
    Bundle b = demo.export(DemoData.E2020);

    List<MarkingDefinition> markings = b.all(MarkingDefinition.class);
    assertThat(markings)
        .extracting(MarkingDefinition::id)
        .contains(
            "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487");
    assertThat(markings)
        .filteredOn(m -> "statement".equals(m.definitionType()))
        .extracting(m -> m.definition().get("statement").asString())
        .containsExactlyInAnyOrder("SECRET", "UNCLASSIFIED");
    Report report = b.all(Report.class).getFirst();
    assertThat(report.objectMarkingRefs())
        .contains("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421");
    assertThat(b.objects())
        .filteredOn(o -> !(o instanceof MarkingDefinition))
        .allSatisfy(o -> assertThat(o.objectMarkingRefs()).as(o.id()).hasSize(2));
  }

  @Test
  void reExportIsByteForByteTheSame() {
    byte[] first = StixJson.write(demo.export(DemoData.E2020));
    byte[] again = StixJson.write(new Demo().export(DemoData.E2020));

    assertThat(again).isEqualTo(first);
  }

  @Test
  void anAssessmentWithNothingLinkedStillExportsAValidBundle() {
    Bundle b =
        StixExporter.assessment(
            demo.election(DemoData.E2020),
            demo.assessment(DemoData.E2020),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertThat(VALIDATOR.validate(StixJson.write(b)).violations()).isEmpty();
    assertThat(b.all(Report.class)).hasSize(1);
  }
}
