package io.vigil.process;

import static io.vigil.process.ProcessFixture.ANALYST;
import static io.vigil.process.ProcessFixture.APPROVER;
import static io.vigil.process.ProcessFixture.CIA;
import static io.vigil.process.ProcessFixture.IMPACT;
import static io.vigil.process.ProcessFixture.PRESIDENT;
import static io.vigil.process.ProcessFixture.REVIEWER;
import static io.vigil.process.ProcessFixture.STATE;
import static io.vigil.process.ProcessFixture.TREASURY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.marking.Classification;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.ImpactReport;
import io.vigil.process.product.Position;
import io.vigil.process.product.ProductStatus;
import io.vigil.process.product.Transition;
import io.vigil.process.sanctions.Decision;
import io.vigil.process.sanctions.Recommendation;
import io.vigil.process.sanctions.RecommendationStatus;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkflowTest {
  private final ProcessFixture f = new ProcessFixture();

  @BeforeEach
  void election() {
    f.election2020();
  }

  private static void assertRule(Throwable t, String rule) {
    assertThat(t)
        .asInstanceOf(type(RuleViolated.class))
        .extracting(RuleViolated::rule)
        .isEqualTo(rule);
  }

  @Test
  void transmitsAnAssessmentThroughReviewCoordinationAndApproval() {
    f.draftAssessment();
    Assessment a = f.transmitAssessment("asm-1");

    assertThat(a.workflow().status()).isEqualTo(ProductStatus.TRANSMITTED);
    assertThat(a.workflow().draftedBy()).isEqualTo("analyst");
    assertThat(a.workflow().reviewedBy()).isEqualTo("reviewer");
    assertThat(a.workflow().approvedBy()).isEqualTo("approver");
    assertThat(a.workflow().coordination())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.agency()).isEqualTo("CIA");
              assertThat(c.position()).isEqualTo(Position.CONCUR);
            });
    assertThat(a.workflow().history())
        .extracting(Transition::to)
        .containsExactly(
            ProductStatus.IN_REVIEW,
            ProductStatus.IN_COORDINATION,
            ProductStatus.IN_COORDINATION,
            ProductStatus.APPROVED,
            ProductStatus.TRANSMITTED);
    assertThat(a.workflow().firstTransmittedAt()).isEqualTo(f.clock.instant());
    assertThat(f.audit.actions())
        .contains(
            "submit assessment asm-1 by analyst",
            "review-accept assessment asm-1 by reviewer",
            "coordinate-concur assessment asm-1 by cia",
            "approve assessment asm-1 by approver",
            "transmit assessment asm-1 by approver");
  }

  @Test
  void rejectsApprovalOfOwnDraft() {
    Principal both =
        new Principal(
            "dual", "NIC", Set.of(Role.ANALYST, Role.APPROVER), Classification.TOP_SECRET);
    f.service.createAssessment(both, ProcessFixture.assessmentDraft("asm-own"));
    f.service.submitAssessment(both, "asm-own", "ready");
    f.service.reviewAssessment(REVIEWER, "asm-own", true, "fine");
    f.service.coordinateAssessment(CIA, "asm-own", Position.CONCUR, "");

    assertThatThrownBy(() -> f.service.approveAssessment(both, "asm-own", "mine"))
        .satisfies(t -> assertRule(t, "segregation-of-duties"))
        .hasMessageContaining("dual");
    assertThat(f.store.find(Kind.ASSESSMENT, "asm-own").orElseThrow().workflow().status())
        .isEqualTo(ProductStatus.IN_COORDINATION);
  }

  @Test
  void rejectsReviewOfOwnDraft() {
    Principal both =
        new Principal(
            "dual", "NIC", Set.of(Role.ANALYST, Role.REVIEWER), Classification.TOP_SECRET);
    f.service.createAssessment(both, ProcessFixture.assessmentDraft("asm-own"));
    f.service.submitAssessment(both, "asm-own", "ready");

    assertThatThrownBy(() -> f.service.reviewAssessment(both, "asm-own", true, "looks good"))
        .satisfies(t -> assertRule(t, "segregation-of-duties"));
  }

  @Test
  void rejectsApprovalByAUserWithoutTheApproverRole() {
    f.draftAssessment();
    f.service.submitAssessment(ANALYST, "asm-1", "ready");
    f.service.reviewAssessment(REVIEWER, "asm-1", true, "fine");
    f.service.coordinateAssessment(CIA, "asm-1", Position.CONCUR, "");

    assertThatThrownBy(() -> f.service.approveAssessment(REVIEWER, "asm-1", "ok"))
        .isInstanceOf(NotPermitted.class)
        .hasMessageContaining("APPROVER");
  }

  @Test
  void refusesTransmittingAnUnapprovedAssessment() {
    f.draftAssessment();
    assertThatThrownBy(() -> f.service.transmitAssessment(APPROVER, "asm-1"))
        .satisfies(t -> assertRule(t, "transmit-after-approval"))
        .hasMessageContaining("DRAFT");

    f.service.submitAssessment(ANALYST, "asm-1", "ready");
    f.service.reviewAssessment(REVIEWER, "asm-1", true, "fine");
    f.service.coordinateAssessment(CIA, "asm-1", Position.CONCUR, "");
    assertThatThrownBy(() -> f.service.transmitAssessment(APPROVER, "asm-1"))
        .satisfies(t -> assertRule(t, "transmit-after-approval"))
        .hasMessageContaining("IN_COORDINATION");
  }

  @Test
  void refusesApprovalWithoutCoordination() {
    f.draftAssessment();
    f.service.submitAssessment(ANALYST, "asm-1", "ready");
    f.service.reviewAssessment(REVIEWER, "asm-1", true, "fine");

    assertThatThrownBy(() -> f.service.approveAssessment(APPROVER, "asm-1", "ok"))
        .satisfies(t -> assertRule(t, "approve-after-coordination"))
        .hasMessageContaining("no coordination position");
  }

  @Test
  void refusesApprovalBeforeReview() {
    f.draftAssessment();
    f.service.submitAssessment(ANALYST, "asm-1", "ready");

    assertThatThrownBy(() -> f.service.approveAssessment(APPROVER, "asm-1", "ok"))
        .satisfies(t -> assertRule(t, "approve-after-coordination"))
        .hasMessageContaining("IN_REVIEW");
  }

  @Test
  void returnedDraftNeedsAReasonAndGoesBackToDraft() {
    f.draftAssessment();
    f.service.submitAssessment(ANALYST, "asm-1", "ready");

    assertThatThrownBy(() -> f.service.reviewAssessment(REVIEWER, "asm-1", false, " "))
        .isInstanceOf(InvalidField.class)
        .extracting(e -> ((InvalidField) e).field())
        .isEqualTo("note");
    Assessment a = f.service.reviewAssessment(REVIEWER, "asm-1", false, "sources missing");
    assertThat(a.workflow().status()).isEqualTo(ProductStatus.DRAFT);
  }

  @Test
  void refusesSubmittingAnAssessmentWithoutItsNature() {
    Assessment draft = ProcessFixture.assessmentDraft("asm-1");
    f.service.createAssessment(
        ANALYST,
        new Assessment(
            draft.id(),
            draft.electionId(),
            draft.title(),
            "",
            draft.methods(),
            draft.personIds(),
            draft.governments(),
            draft.supportingInformation(),
            draft.judgmentIds(),
            draft.evidenceIds(),
            draft.recipients(),
            draft.workflow(),
            draft.marking(),
            "",
            draft.verify()));

    assertThatThrownBy(() -> f.service.submitAssessment(ANALYST, "asm-1", "ready"))
        .isInstanceOf(InvalidField.class)
        .extracting(e -> ((InvalidField) e).field())
        .isEqualTo("nature");
  }

  @Test
  void refusesASecondAssessmentForTheSameElection() {
    f.draftAssessment();
    assertThatThrownBy(
            () -> f.service.createAssessment(ANALYST, ProcessFixture.assessmentDraft("asm-2")))
        .satisfies(t -> assertRule(t, "one-assessment-per-election"));
  }

  @Test
  void aRefusedStepChangesNothingAndWritesNoAuditRecord() {
    f.draftAssessment();
    Assessment before = f.store.find(Kind.ASSESSMENT, "asm-1").orElseThrow();
    int entries = f.audit.entries().size();

    assertThatThrownBy(() -> f.service.transmitAssessment(APPROVER, "asm-1"))
        .isInstanceOf(RuleViolated.class);

    assertThat(f.store.find(Kind.ASSESSMENT, "asm-1")).contains(before);
    assertThat(f.audit.entries()).hasSize(entries);
  }

  @Test
  void amendingATransmittedAssessmentStartsANewDraftVersionAndKeepsTheFirstTransmission() {
    f.draftAssessment();
    f.clock.setNoon(LocalDate.of(2021, 1, 7));
    Assessment sent = f.transmitAssessment("asm-1");
    f.clock.setNoon(LocalDate.of(2021, 3, 1));

    Assessment amended = f.service.amendAssessment(ANALYST, "asm-1", "new reporting on Iran");

    assertThat(amended.workflow().status()).isEqualTo(ProductStatus.DRAFT);
    assertThat(amended.workflow().version()).isEqualTo(2);
    assertThat(amended.workflow().amendments())
        .singleElement()
        .satisfies(
            am -> {
              assertThat(am.fromVersion()).isEqualTo(1);
              assertThat(am.reason()).isEqualTo("new reporting on Iran");
            });
    assertThat(amended.workflow().firstTransmittedAt())
        .isEqualTo(sent.workflow().firstTransmittedAt());
  }

  @Test
  void refusesAmendingAnAssessmentThatWasNotTransmitted() {
    f.draftAssessment();
    assertThatThrownBy(() -> f.service.amendAssessment(ANALYST, "asm-1", "new facts"))
        .satisfies(t -> assertRule(t, "amend-after-transmission"));
  }

  @Test
  void refusesTransmittingTheImpactReportBeforeTheAssessmentIsReceived() {
    f.draftAssessment();
    f.draftImpactReport();

    assertThatThrownBy(() -> f.transmitImpactReport("imp-1"))
        .satisfies(t -> assertRule(t, "report-after-assessment"));
  }

  @Test
  void refusesSection3BeforeBothProductsAreTransmitted() {
    f.draftAssessment();
    f.transmitAssessment("asm-1");
    f.draftImpactReport();

    assertThatThrownBy(
            () ->
                f.service.openRecommendation(
                    TREASURY, ProcessFixture.recommendation(ProcessFixture.fiveSectors(), "")))
        .satisfies(t -> assertRule(t, "sec3-after-both-products"))
        .hasMessageContaining("the report is DRAFT");
    assertThat(f.store.count(Kind.RECOMMENDATION)).isZero();
  }

  @Test
  void refusesSection3WhenNoProductExists() {
    assertThatThrownBy(
            () ->
                f.service.openRecommendation(
                    STATE, ProcessFixture.recommendation(ProcessFixture.fiveSectors(), "")))
        .satisfies(t -> assertRule(t, "sec3-after-both-products"))
        .hasMessageContaining("not started");
  }

  @Test
  void opensSection3AfterBothProductsAreTransmitted() {
    f.draftAssessment();
    f.transmitAssessment("asm-1");
    f.draftImpactReport();
    f.transmitImpactReport("imp-1");

    Recommendation r =
        f.service.openRecommendation(
            TREASURY, ProcessFixture.recommendation(ProcessFixture.fiveSectors(), ""));

    assertThat(r.status()).isEqualTo(RecommendationStatus.DRAFT);
    assertThat(r.decision()).isEqualTo(Decision.PENDING);
    assertThat(f.service.elections(TREASURY).getFirst().section3Open()).isTrue();
  }

  @Test
  void recommendationIsSubmittedWhenStateAndTreasuryHaveBothSignedAndOnlyThePresidentDecides() {
    f.draftAssessment();
    f.transmitAssessment("asm-1");
    f.draftImpactReport();
    f.transmitImpactReport("imp-1");
    String id =
        f.service
            .openRecommendation(
                TREASURY, ProcessFixture.recommendation(ProcessFixture.fiveSectors(), ""))
            .id();

    assertThat(f.service.signOffRecommendation(TREASURY, id).status())
        .isEqualTo(RecommendationStatus.DRAFT);
    assertThat(f.service.signOffRecommendation(STATE, id).status())
        .isEqualTo(RecommendationStatus.SUBMITTED);
    assertThatThrownBy(() -> f.service.decideRecommendation(TREASURY, id, Decision.APPROVED, ""))
        .isInstanceOf(NotPermitted.class);
    assertThat(f.service.decideRecommendation(PRESIDENT, id, Decision.APPROVED, "").status())
        .isEqualTo(RecommendationStatus.DECIDED);
  }

  @Test
  void amendingTheAssessmentReopensTheImpactReportAndTheRecommendations() {
    f.draftAssessment();
    f.transmitAssessment("asm-1");
    f.draftImpactReport();
    f.transmitImpactReport("imp-1");
    String rec =
        f.service
            .openRecommendation(
                TREASURY, ProcessFixture.recommendation(ProcessFixture.fiveSectors(), ""))
            .id();
    f.service.signOffRecommendation(TREASURY, rec);
    f.service.signOffRecommendation(STATE, rec);

    f.service.amendAssessment(ANALYST, "asm-1", "new reporting");

    ImpactReport r = f.store.find(Kind.IMPACT_REPORT, "imp-1").orElseThrow();
    assertThat(r.workflow().status()).isEqualTo(ProductStatus.DRAFT);
    assertThat(r.workflow().version()).isEqualTo(2);
    assertThat(r.workflow().history().getLast().note()).contains("assessment amended to version 2");
    Recommendation after = f.store.find(Kind.RECOMMENDATION, rec).orElseThrow();
    assertThat(after.status()).isEqualTo(RecommendationStatus.NEEDS_REVIEW);
    assertThat(after.signedOffBy()).isEmpty();
    assertThat(f.service.elections(TREASURY).getFirst().section3Open()).isFalse();
    assertThat(f.audit.actions())
        .contains(
            "reopen impact_report imp-1 by analyst",
            "reopen recommendation " + rec + " by analyst");
  }

  @Test
  void amendingTheImpactReportReopensTheRecommendations() {
    f.draftAssessment();
    f.transmitAssessment("asm-1");
    f.draftImpactReport();
    f.transmitImpactReport("imp-1");
    String rec =
        f.service
            .openRecommendation(
                TREASURY, ProcessFixture.recommendation(ProcessFixture.fiveSectors(), ""))
            .id();
    f.service.signOffRecommendation(TREASURY, rec);
    f.service.signOffRecommendation(STATE, rec);

    f.service.amendImpactReport(IMPACT, "imp-1", "new incident data");

    assertThat(f.store.find(Kind.RECOMMENDATION, rec).orElseThrow().status())
        .isEqualTo(RecommendationStatus.NEEDS_REVIEW);
  }

  @Test
  void refusesCoordinationByTheDrafter() {
    f.draftAssessment();
    f.service.submitAssessment(ANALYST, "asm-1", "ready");
    f.service.reviewAssessment(REVIEWER, "asm-1", true, "fine");
    assertThatThrownBy(() -> f.service.coordinateAssessment(ANALYST, "asm-1", Position.CONCUR, ""))
        .satisfies(t -> assertRule(t, "segregation-of-duties"));
    assertThatThrownBy(() -> f.service.coordinateAssessment(TREASURY, "asm-1", Position.CONCUR, ""))
        .isInstanceOf(NotPermitted.class);
  }

  @Test
  void refusesTransmittingTheImpactReportWhileTheAssessmentIsBeingAmended() {
    f.draftAssessment();
    f.transmitAssessment("asm-1");
    f.draftImpactReport();
    f.service.amendAssessment(ANALYST, "asm-1", "new evidence on Iran");
    assertThatThrownBy(() -> f.transmitImpactReport("imp-1"))
        .satisfies(t -> assertRule(t, "report-after-assessment"))
        .hasMessageContaining("DRAFT");
  }

  @Test
  void refusesImportsByAnyoneButTheSystemOrAnAdministrator() {
    assertThatThrownBy(
            () ->
                f.service.importRecord(
                    ANALYST, Kind.ASSESSMENT, ProcessFixture.assessmentDraft("asm-x"), null))
        .isInstanceOf(NotPermitted.class);
  }

  @Test
  void runsEveryStepOfBothProductsThroughOneEntryPoint() {
    f.draftAssessment();
    f.service.step(
        ANALYST,
        Kind.ASSESSMENT,
        "asm-1",
        io.vigil.process.product.Step.parse("submit", "ready", null, null, null));
    assertThatThrownBy(() -> io.vigil.process.product.Step.parse("review", "", null, null, null))
        .isInstanceOf(InvalidField.class)
        .extracting(e -> ((InvalidField) e).field())
        .isEqualTo("accept");
    Assessment a =
        f.service.step(
            REVIEWER,
            Kind.ASSESSMENT,
            "asm-1",
            io.vigil.process.product.Step.parse("review", "fine", true, null, null));
    assertThat(a.workflow().status()).isEqualTo(ProductStatus.IN_COORDINATION);
    assertThatThrownBy(() -> io.vigil.process.product.Step.parse("publish", "", null, null, null))
        .isInstanceOf(InvalidField.class)
        .hasMessageContaining("not a step");
  }
}
