package io.vigil.process;

import static io.vigil.process.ProcessFixture.ANALYST;
import static io.vigil.process.ProcessFixture.IMPACT;
import static io.vigil.process.ProcessFixture.STATE;
import static io.vigil.process.ProcessFixture.TREASURY;
import static io.vigil.process.ProcessFixture.TREASURY2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vigil.process.sanctions.Department;
import io.vigil.process.sanctions.Determination;
import io.vigil.process.sanctions.DeterminationStatus;
import io.vigil.process.sanctions.Measure;
import io.vigil.process.sanctions.Recommendation;
import io.vigil.process.sanctions.Sector;
import io.vigil.process.sanctions.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SanctionsRulesTest {

  @Nested
  class FiveSectorRule {
    @Test
    void acceptsLargestBusinessesFromAllFiveSectors() {
      assertThatCode(
              () ->
                  ProcessFixture.recommendation(ProcessFixture.fiveSectors(), "").requireComplete())
          .doesNotThrowAnyException();
    }

    @Test
    void refusesLargestBusinessesMissingASectorAndNamesIt() {
      List<Target> four = new ArrayList<>(ProcessFixture.fiveSectors());
      four.removeLast();

      InvalidField e =
          catchThrowableOfType(
              InvalidField.class, () -> ProcessFixture.recommendation(four, "").requireComplete());

      assertThat(e.field()).isEqualTo("targets");
      assertThat(e.getMessage()).contains("TRANSPORTATION").doesNotContain("DEFENSE,");
    }

    @Test
    void targetsThatAreNotLargestBusinessesDoNotCountForTheRule() {
      List<Target> t = new ArrayList<>(ProcessFixture.fiveSectors());
      t.removeLast();
      t.add(
          new Target(
              "Rail E", "Russia", Sector.TRANSPORTATION, false, Set.of(Measure.BLOCKING), ""));

      assertThatThrownBy(() -> ProcessFixture.recommendation(t, "").requireComplete())
          .isInstanceOf(InvalidField.class)
          .hasMessageContaining("TRANSPORTATION");
    }

    @Test
    void acceptsComparableSectorsWithAJustification() {
      List<Target> t = new ArrayList<>(ProcessFixture.fiveSectors());
      t.removeLast();
      t.add(ProcessFixture.largest("Shipping F", Sector.COMPARABLE));

      assertThatCode(
              () ->
                  ProcessFixture.recommendation(t, "no large transport company; shipping instead")
                      .requireComplete())
          .doesNotThrowAnyException();
    }

    @Test
    void refusesComparableSectorsWithoutAJustification() {
      List<Target> t = new ArrayList<>(ProcessFixture.fiveSectors());
      t.removeLast();
      t.add(ProcessFixture.largest("Shipping F", Sector.COMPARABLE));

      assertThatThrownBy(() -> ProcessFixture.recommendation(t, "").requireComplete())
          .isInstanceOf(InvalidField.class)
          .hasMessageContaining("comparableSectorsJustification");
    }

    @Test
    void refusesAJustificationWithoutAnyComparableTarget() {
      List<Target> t = new ArrayList<>(ProcessFixture.fiveSectors());
      t.removeLast();

      assertThatThrownBy(() -> ProcessFixture.recommendation(t, "we looked").requireComplete())
          .isInstanceOf(InvalidField.class);
    }

    @Test
    void refusesATargetWithoutAMeasureOfTheMenu() {
      InvalidField e =
          catchThrowableOfType(
              InvalidField.class,
              () -> new Target("Bank A", "Russia", Sector.FINANCIAL_SERVICES, true, Set.of(), ""));
      assertThat(e.field()).isEqualTo("targets.measures");
      assertThat(e.getMessage()).contains("Bank A");
    }

    @Test
    void refusesALargestBusinessWithoutASector() {
      InvalidField e =
          catchThrowableOfType(
              InvalidField.class,
              () ->
                  new Target("Bank A", "Russia", Sector.NONE, true, Set.of(Measure.BLOCKING), ""));
      assertThat(e.field()).isEqualTo("targets.sector");
    }

    @Test
    void refusesCalibrationOrImpactLeftBlank() {
      Recommendation r = ProcessFixture.recommendation(ProcessFixture.fiveSectors(), "");
      Recommendation noImpact =
          new Recommendation(
              r.id(),
              r.electionId(),
              r.country(),
              r.targets(),
              "",
              r.calibrationRationale(),
              " ",
              r.status(),
              List.of(),
              r.decision(),
              "",
              null,
              r.marking(),
              List.of());
      assertThat(catchThrowableOfType(InvalidField.class, noImpact::requireComplete).field())
          .isEqualTo("impactAssessment");
    }

    @Test
    void menuHasTheEightMeasuresOfSection3b() {
      assertThat(Measure.values()).hasSize(8);
    }
  }

  @Nested
  class Determinations {
    private final ProcessFixture f = new ProcessFixture();

    private String proposed(boolean foreign) {
      f.election2020();
      f.actor("actor-x", foreign);
      return f.service
          .proposeDetermination(TREASURY, ProcessFixture.determinationDraft("actor-x"))
          .id();
    }

    @Test
    void determinesAfterAllThreeConsultationsByAnotherTreasuryOfficer() {
      String id = proposed(true);
      f.service.consult(STATE, id, Department.STATE, "concurs");
      f.service.consult(TREASURY, id, Department.JUSTICE, "DOJ concurs");
      f.service.consult(TREASURY, id, Department.HOMELAND_SECURITY, "DHS concurs");

      Determination d = f.service.determine(TREASURY2, id, LocalDate.of(2020, 9, 10));

      assertThat(d.status()).isEqualTo(DeterminationStatus.DETERMINED);
      assertThat(d.determinedBy()).isEqualTo("treasury2");
      assertThat(d.effectiveDate()).isEqualTo(LocalDate.of(2020, 9, 10));
      assertThat(d.consultations()).containsOnlyKeys(Department.values());
    }

    @Test
    void aStateOfficerRecordsOnlyStatesOwnConsultation() {
      String id = proposed(true);
      assertThatThrownBy(() -> f.service.consult(STATE, id, Department.JUSTICE, "DOJ concurs"))
          .isInstanceOf(NotPermitted.class)
          .hasMessageContaining("State only");
    }

    @Test
    void refusesDeterminationBeforeAllThreeConsultations() {
      String id = proposed(true);
      f.service.consult(STATE, id, Department.STATE, "concurs");
      f.service.consult(TREASURY, id, Department.JUSTICE, "DOJ concurs");

      RuleViolated e =
          catchThrowableOfType(
              RuleViolated.class,
              () -> f.service.determine(TREASURY2, id, LocalDate.of(2020, 9, 10)));

      assertThat(e.rule()).isEqualTo("consultation-required");
      assertThat(e.getMessage()).contains("HOMELAND_SECURITY").doesNotContain("JUSTICE]");
      assertThat(f.store.find(Kind.DETERMINATION, id).orElseThrow().status())
          .isEqualTo(DeterminationStatus.PROPOSED);
    }

    @Test
    void refusesDeterminationWithoutAnyConsultation() {
      String id = proposed(true);
      assertThatThrownBy(() -> f.service.determine(TREASURY2, id, LocalDate.of(2020, 9, 10)))
          .isInstanceOf(RuleViolated.class)
          .hasMessageContaining("STATE")
          .hasMessageContaining("JUSTICE")
          .hasMessageContaining("HOMELAND_SECURITY");
    }

    @Test
    void refusesTheProposerDeterminingIt() {
      String id = proposed(true);
      for (Department d : Department.values()) {
        f.service.consult(TREASURY, id, d, "consulted");
      }

      RuleViolated e =
          catchThrowableOfType(
              RuleViolated.class,
              () -> f.service.determine(TREASURY, id, LocalDate.of(2020, 9, 10)));

      assertThat(e.rule()).isEqualTo("segregation-of-duties");
    }

    @Test
    void refusesANonForeignActor() {
      f.election2020();
      f.actor("actor-us", false);

      RuleViolated e =
          catchThrowableOfType(
              RuleViolated.class,
              () ->
                  f.service.proposeDetermination(
                      TREASURY, ProcessFixture.determinationDraft("actor-us")));

      assertThat(e.rule()).isEqualTo("foreign-person-only");
      assertThat(f.store.count(Kind.DETERMINATION)).isZero();
    }

    @Test
    void refusesAProposalNamingNoActor() {
      f.election2020();
      InvalidField e =
          catchThrowableOfType(
              InvalidField.class,
              () ->
                  f.service.proposeDetermination(
                      TREASURY, ProcessFixture.determinationDraft("actor-none")));
      assertThat(e.field()).isEqualTo("actorId");
    }

    @Test
    void onlyATreasuryOfficerProposes() {
      f.election2020();
      f.actor("actor-x", true);
      assertThatThrownBy(
              () ->
                  f.service.proposeDetermination(
                      ANALYST, ProcessFixture.determinationDraft("actor-x")))
          .isInstanceOf(NotPermitted.class);
      assertThatThrownBy(
              () ->
                  f.service.proposeDetermination(
                      IMPACT, ProcessFixture.determinationDraft("actor-x")))
          .isInstanceOf(NotPermitted.class);
    }

    @Test
    void publishedDeterminationBecomesADesignationUntilDelisted() {
      String id = proposed(true);
      for (Department d : Department.values()) {
        f.service.consult(d == Department.STATE ? STATE : TREASURY, id, d, "consulted");
      }
      f.service.determine(TREASURY2, id, LocalDate.of(2020, 9, 10));
      assertThat(f.service.designations()).isEmpty();

      f.service.publish(TREASURY2, id);

      assertThat(f.service.designations())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.name()).isEqualTo("Person actor-x");
                assertThat(d.program()).isEqualTo("ELECTION-EO13848");
                assertThat(d.criterion()).isEqualTo("2(a)(i)");
                assertThat(d.delistedOn()).isNull();
              });

      assertThatThrownBy(() -> f.service.delist(TREASURY2, id, LocalDate.of(2022, 1, 1), " "))
          .isInstanceOf(InvalidField.class);
      f.service.delist(TREASURY2, id, LocalDate.of(2022, 1, 1), "changed behaviour");
      assertThat(f.service.designations().getFirst().delistedOn())
          .isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void refusesPublishingAProposal() {
      String id = proposed(true);
      assertThatThrownBy(() -> f.service.publish(TREASURY2, id))
          .isInstanceOf(RuleViolated.class)
          .hasMessageContaining("PROPOSED");
    }
  }
}
