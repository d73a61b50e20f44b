package io.vigil.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vigil.process.activity.Framework;
import io.vigil.process.activity.TechniqueRef;
import io.vigil.process.actor.RelationType;
import io.vigil.process.election.Election;
import io.vigil.process.election.ElectionScope;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.evidence.InformationCredibility;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.judgment.Likelihood;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.CoordinationEntry;
import io.vigil.process.product.Finding;
import io.vigil.process.product.GovernmentRole;
import io.vigil.process.product.ImpactCategory;
import io.vigil.process.product.Position;
import io.vigil.process.product.Verdict;
import io.vigil.process.sanctions.Determination;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record validates itself and names the offending field. */
class ValidationTest {

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of(
            "election concluded before it was held",
            "concludedOn",
            (ThrowingCallable)
                () ->
                    new Election(
                        "e",
                        "E",
                        ElectionScope.FEDERAL,
                        "US",
                        LocalDate.of(2020, 11, 3),
                        LocalDate.of(2020, 11, 2),
                        "",
                        List.of())),
        Arguments.of(
            "federal election before the order",
            "date",
            (ThrowingCallable)
                () ->
                    new Election(
                        "e",
                        "E",
                        ElectionScope.FEDERAL,
                        "US",
                        LocalDate.of(2016, 11, 8),
                        LocalDate.of(2016, 11, 8),
                        "",
                        List.of())),
        Arguments.of(
            "blank election name",
            "name",
            (ThrowingCallable)
                () ->
                    new Election(
                        "e",
                        " ",
                        ElectionScope.STATE,
                        "AZ",
                        LocalDate.of(2016, 11, 8),
                        LocalDate.of(2016, 11, 8),
                        "",
                        List.of())),
        Arguments.of(
            "technique id of the wrong shape",
            "technique.id",
            (ThrowingCallable) () -> new TechniqueRef(Framework.DISARM, "TA01", "Plan Strategy")),
        Arguments.of(
            "Admiralty grade out of range",
            "grading",
            (ThrowingCallable) () -> AdmiraltyGrade.parse("G7")),
        Arguments.of(
            "credibility out of range",
            "grading.credibility",
            (ThrowingCallable) () -> InformationCredibility.of(7)),
        Arguments.of(
            "dissemination control with bad characters",
            "marking.controls",
            (ThrowingCallable)
                () ->
                    new Marking(
                        Classification.SECRET, List.of("NO;FORN"), Tlp.AMBER, "NIC", List.of())),
        Arguments.of(
            "marking without originator",
            "marking.originator",
            (ThrowingCallable) () -> Marking.of(Classification.SECRET, Tlp.AMBER, "")),
        Arguments.of(
            "materially affected without an effect",
            "findings.effects",
            (ThrowingCallable)
                () -> new Finding(Verdict.MATERIALLY_AFFECTED, Set.of(), "networks accessed")),
        Arguments.of(
            "dissent without a note",
            "note",
            (ThrowingCallable)
                () -> new CoordinationEntry("NSA", Position.DISSENT, "nsa", Instant.EPOCH, "")),
        Arguments.of(
            "government role that is not one of the four",
            "governments.role",
            (ThrowingCallable) () -> new GovernmentRole("gov-russia", RelationType.MEMBER_OF, "")),
        Arguments.of(
            "program tag in lower case",
            "programTag",
            (ThrowingCallable)
                () ->
                    new Determination(
                        "d",
                        "e",
                        "a",
                        io.vigil.process.sanctions.Criterion.EO_13694,
                        "basis",
                        Map.of(),
                        io.vigil.process.sanctions.DeterminationStatus.PROPOSED,
                        "treasury",
                        null,
                        null,
                        "election-eo13848",
                        List.of(),
                        null,
                        "",
                        Marking.publicRecord("Treasury"),
                        List.of(),
                        null)),
        Arguments.of(
            "judgment without any agency's confidence",
            "confidence",
            (ThrowingCallable)
                () ->
                    new Judgment(
                        "j",
                        "e",
                        "statement",
                        Likelihood.LIKELY,
                        Map.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        Marking.publicRecord("ODNI"),
                        List.of())),
        Arguments.of(
            "assessment sent to the wrong recipients",
            "recipients",
            (ThrowingCallable)
                () -> {
                  Assessment a = ProcessFixture.assessmentDraft("asm");
                  new Assessment(
                      a.id(),
                      a.electionId(),
                      a.title(),
                      a.nature(),
                      a.methods(),
                      a.personIds(),
                      a.governments(),
                      a.supportingInformation(),
                      a.judgmentIds(),
                      a.evidenceIds(),
                      List.of("President"),
                      a.workflow(),
                      a.marking(),
                      "",
                      List.of());
                }));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("badValues")
  void namesTheOffendingField(String what, String field, ThrowingCallable build) {
    InvalidField e = catchThrowableOfType(InvalidField.class, build);
    assertThat(e).as(what).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(field + " ");
  }

  @Test
  void impactReportNamesTheCategoryWithoutAVerdict() {
    ProcessFixture f = new ProcessFixture();
    f.election2020();
    var draft = f.draftImpactReport();
    var findings = new java.util.EnumMap<>(ProcessFixture.findingsNotAffected());
    findings.remove(ImpactCategory.TRANSMISSION_OF_RESULTS);
    f.service.editImpactReport(
        ProcessFixture.IMPACT,
        draft.id(),
        new io.vigil.process.product.ImpactReport(
            draft.id(),
            draft.electionId(),
            draft.title(),
            findings,
            List.of(),
            List.of(),
            List.of(),
            null,
            draft.workflow(),
            draft.marking(),
            "",
            List.of()));

    InvalidField e =
        catchThrowableOfType(
            InvalidField.class,
            () -> f.service.submitImpactReport(ProcessFixture.IMPACT, draft.id(), "ready"));
    assertThat(e.field()).isEqualTo("findings.TRANSMISSION_OF_RESULTS");
  }

  @Test
  void parsesAnAdmiraltyCode() {
    assertThat(AdmiraltyGrade.parse("b2").code()).isEqualTo("B2");
  }
}
