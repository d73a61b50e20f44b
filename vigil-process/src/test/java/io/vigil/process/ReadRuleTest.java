package io.vigil.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The single read rule of Vigil: classification first, then TLP 2.0. */
class ReadRuleTest {

  /** Originated by DHS, shared with the FBI (an organization) and with "bob" (a named user). */
  private static Marking marking(Classification level, Tlp tlp) {
    return new Marking(level, List.of(), tlp, "DHS", List.of("FBI", "bob"));
  }

  private static Principal viewer(String who, Classification clearance) {
    return switch (who) {
      case "originator-org" -> new Principal("carol", "DHS", Set.of(Role.ANALYST), clearance);
      case "originator-org-other-case" ->
          new Principal("dave", "dhs", Set.of(Role.ANALYST), clearance);
      case "shared-org" -> new Principal("erin", "FBI", Set.of(Role.ANALYST), clearance);
      case "named-user" -> new Principal("bob", "CISA", Set.of(Role.ANALYST), clearance);
      case "stranger" -> new Principal("frank", "Treasury", Set.of(Role.ANALYST), clearance);
      default -> throw new IllegalArgumentException(who);
    };
  }

  @ParameterizedTest(name = "{0} read by {1}: {2}")
  @CsvSource({
    "CLEAR,        originator-org,           true",
    "CLEAR,        shared-org,               true",
    "CLEAR,        named-user,               true",
    "CLEAR,        stranger,                 true",
    "GREEN,        originator-org,           true",
    "GREEN,        shared-org,               true",
    "GREEN,        named-user,               true",
    "GREEN,        stranger,                 true",
    "AMBER,        originator-org,           true",
    "AMBER,        originator-org-other-case, true",
    "AMBER,        shared-org,               true",
    "AMBER,        named-user,               false",
    "AMBER,        stranger,                 false",
    "AMBER_STRICT, originator-org,           true",
    "AMBER_STRICT, originator-org-other-case, true",
    "AMBER_STRICT, shared-org,               false",
    "AMBER_STRICT, named-user,               false",
    "AMBER_STRICT, stranger,                 false",
    "RED,          originator-org,           true",
    "RED,          shared-org,               false",
    "RED,          named-user,               true",
    "RED,          stranger,                 false"
  })
  void appliesTlp20ForEveryLabel(Tlp tlp, String who, boolean readable) {
    Principal p = viewer(who, Classification.TOP_SECRET);
    assertThat(p.canRead(marking(Classification.UNCLASSIFIED, tlp))).isEqualTo(readable);
    assertThat(p.canRead(marking(Classification.SECRET, tlp))).isEqualTo(readable);
  }

  static Stream<Arguments> clearanceAndLevel() {
    List<Classification> order =
        List.of(
            Classification.UNCLASSIFIED,
            Classification.CUI,
            Classification.CONFIDENTIAL,
            Classification.SECRET,
            Classification.TOP_SECRET);
    List<Arguments> out = new ArrayList<>();
    for (Classification clearance : order) {
      for (Classification level : order) {
        for (Tlp tlp : Tlp.values()) {
          out.add(
              Arguments.of(
                  clearance, level, tlp, order.indexOf(clearance) >= order.indexOf(level)));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "clearance {0} reads {1} {2} of its own organization: {3}")
  @MethodSource("clearanceAndLevel")
  void requiresAClearanceThatDominatesTheLevelWhateverTheLabel(
      Classification clearance, Classification level, Tlp tlp, boolean readable) {
    assertThat(viewer("originator-org", clearance).canRead(marking(level, tlp)))
        .isEqualTo(readable);
  }

  @Test
  void namedRecipientOfRedStillNeedsTheClearance() {
    assertThat(
            viewer("named-user", Classification.CONFIDENTIAL)
                .canRead(marking(Classification.SECRET, Tlp.RED)))
        .isFalse();
  }

  @Test
  void systemPrincipalReadsEverything() {
    assertThat(Principal.system().canRead(marking(Classification.TOP_SECRET, Tlp.RED))).isTrue();
  }

  // ---------------------------------------------------------------- through the service

  private final ProcessFixture f = new ProcessFixture();

  private EvidenceItem evidence(String id, Marking m) {
    byte[] content = "x".getBytes(StandardCharsets.UTF_8);
    EvidenceItem item =
        new EvidenceItem(
            id,
            ProcessFixture.ELECTION,
            "item " + id,
            "test",
            f.clock.instant(),
            ProcessService.sha256(content),
            content.length,
            "text/plain",
            AdmiraltyGrade.parse("B2"),
            m,
            "",
            List.of(),
            List.of(
                new io.vigil.process.evidence.CustodyEvent(
                    f.clock.instant(), "analyst", "received", "")),
            List.of());
    return f.service.importRecord(Principal.system(), Kind.EVIDENCE, item, content);
  }

  @Test
  void getHidesARecordTheUserMayNotReadAsNotFound() {
    f.election2020();
    evidence(
        "ev-strict",
        new Marking(Classification.UNCLASSIFIED, List.of(), Tlp.AMBER_STRICT, "NIC", List.of()));
    Principal doj = ProcessFixture.IMPACT;

    assertThatThrownBy(() -> f.service.get(doj, Kind.EVIDENCE, "ev-strict"))
        .isInstanceOf(RecordNotFound.class)
        .hasMessage("no evidence with id 'ev-strict'");
    assertThatThrownBy(() -> f.service.get(doj, Kind.EVIDENCE, "ev-none"))
        .isInstanceOf(RecordNotFound.class)
        .hasMessage("no evidence with id 'ev-none'");
    assertThatThrownBy(() -> f.service.evidenceContent(doj, "ev-strict"))
        .isInstanceOf(RecordNotFound.class);
    assertThat(f.service.get(ProcessFixture.ANALYST, Kind.EVIDENCE, "ev-strict").id())
        .isEqualTo("ev-strict");
  }

  @Test
  void getHidesAClassifiedRecordFromAnUnclearedUser() {
    f.election2020();
    evidence("ev-secret", Marking.of(Classification.SECRET, Tlp.CLEAR, "NIC"));
    Principal official =
        new Principal(
            "official", "Arizona SOS", Set.of(Role.ELECTION_OFFICIAL), Classification.UNCLASSIFIED);

    assertThatThrownBy(() -> f.service.get(official, Kind.EVIDENCE, "ev-secret"))
        .isInstanceOf(RecordNotFound.class);
    assertThat(f.service.list(official, Kind.EVIDENCE, null)).isEmpty();
    assertThat(f.service.elections(official).getFirst().evidence()).isZero();
    assertThat(f.service.elections(ProcessFixture.ANALYST).getFirst().evidence()).isEqualTo(1);
  }

  @Test
  void readingAClassifiedRecordIsAudited() {
    f.election2020();
    evidence("ev-secret", Marking.of(Classification.SECRET, Tlp.CLEAR, "NIC"));
    evidence("ev-public", Marking.publicRecord("NIC"));

    f.service.get(ProcessFixture.ANALYST, Kind.EVIDENCE, "ev-secret");
    f.service.get(ProcessFixture.ANALYST, Kind.EVIDENCE, "ev-public");

    assertThat(f.audit.actions())
        .contains("read evidence ev-secret by analyst")
        .doesNotContain("read evidence ev-public by analyst");
  }

  @Test
  void refusesCreatingARecordAboveTheUsersClearance() {
    f.election2020();
    Principal low = new Principal("low", "NIC", Set.of(Role.ANALYST), Classification.CONFIDENTIAL);

    assertThatThrownBy(
            () -> f.service.createAssessment(low, ProcessFixture.assessmentDraft("asm-1")))
        .isInstanceOf(NotPermitted.class)
        .hasMessageContaining("SECRET");
  }

  @org.junit.jupiter.api.Test
  void aUserNamedSystemIsNotTheSystemPrincipal() {
    Principal impostor =
        new Principal("system", "Vigil", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    Marking secret = marking(Classification.SECRET, Tlp.RED);
    org.assertj.core.api.Assertions.assertThat(impostor.canRead(secret)).isFalse();
    org.assertj.core.api.Assertions.assertThat(Principal.system().canRead(secret)).isTrue();
  }

  @org.junit.jupiter.api.Test
  void joiningMarkingsOfTwoOwnersNeverWidensAccess() {
    Marking a = new Marking(Classification.SECRET, List.of(), Tlp.AMBER, "DHS", List.of("FBI"));
    Marking b =
        new Marking(Classification.CONFIDENTIAL, List.of("NOFORN"), Tlp.AMBER, "NSA", List.of());
    Marking j = a.join(b);
    org.assertj.core.api.Assertions.assertThat(j.classification()).isEqualTo(Classification.SECRET);
    org.assertj.core.api.Assertions.assertThat(j.tlp()).isEqualTo(Tlp.RED);
    org.assertj.core.api.Assertions.assertThat(j.controls()).containsExactly("NOFORN");
    org.assertj.core.api.Assertions.assertThat(
            new Principal("erin", "FBI", Set.of(Role.ANALYST), Classification.TOP_SECRET)
                .canRead(j))
        .isFalse();
  }

  @org.junit.jupiter.api.Test
  void joiningWithACommunityWideRecordKeepsTheRestrictedOnesAudience() {
    Marking amber = new Marking(Classification.SECRET, List.of(), Tlp.AMBER, "DHS", List.of("FBI"));
    Marking clear =
        new Marking(Classification.UNCLASSIFIED, List.of(), Tlp.CLEAR, "NSA", List.of());
    for (Marking j : List.of(amber.join(clear), clear.join(amber))) {
      org.assertj.core.api.Assertions.assertThat(j.tlp()).isEqualTo(Tlp.AMBER);
      org.assertj.core.api.Assertions.assertThat(j.originator()).isEqualTo("DHS");
      org.assertj.core.api.Assertions.assertThat(
              new Principal("erin", "FBI", Set.of(Role.ANALYST), Classification.TOP_SECRET)
                  .canRead(j))
          .isTrue();
    }
  }
}
