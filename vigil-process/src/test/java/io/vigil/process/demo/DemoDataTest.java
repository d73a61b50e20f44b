package io.vigil.process.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.vigil.process.ElectionOverview;
import io.vigil.process.IdGenerator;
import io.vigil.process.InMemoryProcessStore;
import io.vigil.process.Kind;
import io.vigil.process.MutableClock;
import io.vigil.process.ProcessService;
import io.vigil.process.RecordingAuditTrail;
import io.vigil.process.Transactions;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.activity.Activity;
import io.vigil.process.activity.Framework;
import io.vigil.process.activity.TechniqueRef;
import io.vigil.process.actor.Actor;
import io.vigil.process.actor.Relation;
import io.vigil.process.audit.AuditChain;
import io.vigil.process.audit.ChainVerification;
import io.vigil.process.deadline.DeadlineState;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.marking.Classification;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.ImpactCategory;
import io.vigil.process.product.ImpactReport;
import io.vigil.process.product.ProductStatus;
import io.vigil.process.product.Transition;
import io.vigil.process.product.Verdict;
import io.vigil.process.sanctions.Department;
import io.vigil.process.sanctions.Determination;
import io.vigil.process.sanctions.DeterminationStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoDataTest {
  private final MutableClock clock = MutableClock.atNoon(LocalDate.of(2026, 11, 25));
  private final InMemoryProcessStore store = new InMemoryProcessStore();
  private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
  private final ProcessService service =
      new ProcessService(store, Transactions.direct(), audit, clock, IdGenerator.seeded(1));
  private final Principal system = Principal.system();

  @BeforeEach
  void load() {
    DemoData.load(service, system);
  }

  private static Principal user(String name) {
    return DemoData.USERS.stream()
        .filter(u -> u.username().equals(name))
        .findFirst()
        .orElseThrow()
        .principal();
  }

  @Test
  void loadsBothCyclesIntoAnEmptyStore() {
    assertThat(store.list(Kind.ELECTION, null))
        .extracting(e -> e.id())
        .containsExactly(DemoData.E2018, DemoData.E2020);
    for (Kind<?> k : Kind.ALL) {
      if (k != Kind.RECOMMENDATION) {
        assertThat(store.count(k)).as(k.table()).isPositive();
      }
    }
    assertThat(store.count(Kind.RECOMMENDATION)).as("Sec. 3(b) is not public").isZero();
    assertThat(AuditChain.verify(audit.entries())).isInstanceOf(ChainVerification.Intact.class);
  }

  @Test
  void refusesLoadingTwice() {
    assertThatThrownBy(() -> DemoData.load(service, system)).isInstanceOf(RuntimeException.class);
  }

  @Test
  void overviewShows2018DueDateAnd2020AssessmentDeliveredLate() {
    List<ElectionOverview> all = service.elections(system);

    ElectionOverview y2018 = all.get(0);
    assertThat(y2018.election().id()).isEqualTo(DemoData.E2018);
    assertThat(y2018.assessment().due()).isEqualTo(LocalDate.of(2018, 12, 21));
    assertThat(y2018.assessment().state()).isEqualTo(DeadlineState.DELIVERED_ON_TIME);
    assertThat(y2018.assessmentStatus()).isEqualTo("TRANSMITTED");
    assertThat(y2018.section3Open()).isTrue();

    ElectionOverview y2020 = all.get(1);
    assertThat(y2020.election().id()).isEqualTo(DemoData.E2020);
    assertThat(y2020.assessment().due()).isEqualTo(LocalDate.of(2020, 12, 18));
    assertThat(y2020.assessment().delivered()).isEqualTo(LocalDate.of(2021, 1, 7));
    assertThat(y2020.assessment().state()).isEqualTo(DeadlineState.DELIVERED_LATE);
    assertThat(y2020.assessment().daysLate()).isEqualTo(20);
    assertThat(y2020.impactReport().due()).isEqualTo(LocalDate.of(2021, 2, 21));
    assertThat(y2020.impactReport().delivered()).isEqualTo(LocalDate.of(2021, 3, 16));
  }

  @Test
  void everyEvidenceItemsHashIsTheSha256OfItsStoredContent() throws Exception {
    List<EvidenceItem> items = store.list(Kind.EVIDENCE, null);
    assertThat(items).hasSizeGreaterThanOrEqualTo(12);
    for (EvidenceItem e : items) {
      byte[] content = service.evidenceContent(system, e.id()).orElseThrow();
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
      assertThat(e.sha256()).as(e.id()).isEqualTo(hash);
      assertThat(e.size()).as(e.id()).isEqualTo(content.length);
      assertThat(new String(content, StandardCharsets.UTF_8)).as(e.id()).startsWith(e.title());
    }
  }

  @Test
  void holdsTheSixDomainsMicrosoftSeizedInAugust2018() {
    assertThat(store.list(Kind.EVIDENCE, DemoData.E2018))
        .flatExtracting(EvidenceItem::observables)
        .contains(
            "my-iri.org",
            "hudsonorg-my-sharepoint.com",
            "senate.group",
            "adfs-senate.services",
            "adfs-senate.email",
            "office365-onedrive.com");
    assertThat(store.find(Kind.EVIDENCE, "ev-2018-my-iri-org")).isPresent();
  }

  @Test
  void everyActorIsForeignAndEveryLinkPointsAtAStoredRecord() {
    Set<String> actors = new HashSet<>();
    store.list(Kind.ACTOR, null).forEach(a -> actors.add(a.id()));
    Set<String> evidence = new HashSet<>();
    store.list(Kind.EVIDENCE, null).forEach(e -> evidence.add(e.id()));
    Set<String> activities = new HashSet<>();
    store.list(Kind.ACTIVITY, null).forEach(a -> activities.add(a.id()));
    Set<String> judgments = new HashSet<>();
    store.list(Kind.JUDGMENT, null).forEach(j -> judgments.add(j.id()));

    for (Actor a : store.list(Kind.ACTOR, null)) {
      assertThat(a.foreign()).as(a.id()).isTrue();
      assertThat(a.relations()).extracting(Relation::targetId).allMatch(actors::contains);
    }
    for (Activity a : store.list(Kind.ACTIVITY, null)) {
      assertThat(a.actorIds()).as(a.id()).isNotEmpty().allMatch(actors::contains);
      assertThat(a.evidenceIds()).as(a.id()).isNotEmpty().allMatch(evidence::contains);
      assertThat(a.techniques()).as(a.id()).isNotEmpty();
    }
    for (Judgment j : store.list(Kind.JUDGMENT, null)) {
      assertThat(j.evidenceIds()).as(j.id()).isNotEmpty().allMatch(evidence::contains);
      assertThat(j.activityIds()).as(j.id()).allMatch(activities::contains);
    }
    for (Assessment a : store.list(Kind.ASSESSMENT, null)) {
      assertThat(a.personIds()).allMatch(actors::contains);
      assertThat(a.evidenceIds()).allMatch(evidence::contains);
      assertThat(a.judgmentIds()).allMatch(judgments::contains);
      a.governments().forEach(g -> assertThat(actors).contains(g.actorId()));
    }
    for (Determination d : store.list(Kind.DETERMINATION, null)) {
      assertThat(actors).as(d.id()).contains(d.actorId());
    }
  }

  @Test
  void productsAreTransmittedWithSegregatedDutiesByDemoUsers() {
    Set<String> names = new HashSet<>();
    DemoData.USERS.forEach(u -> names.add(u.username()));
    for (Assessment a : store.list(Kind.ASSESSMENT, null)) {
      var w = a.workflow();
      assertThat(w.status()).isEqualTo(ProductStatus.TRANSMITTED);
      assertThat(w.approvedBy()).isNotEqualTo(w.draftedBy()).isNotEqualTo(w.submittedBy());
      assertThat(w.reviewedBy()).isNotEqualTo(w.draftedBy());
      assertThat(names).contains(w.draftedBy(), w.reviewedBy(), w.approvedBy());
      assertThat(w.history())
          .extracting(Transition::to)
          .containsExactly(
              ProductStatus.IN_REVIEW,
              ProductStatus.IN_COORDINATION,
              ProductStatus.APPROVED,
              ProductStatus.TRANSMITTED);
      assertThat(a.marking().classification()).isEqualTo(Classification.SECRET);
      assertThat(a.marking().originator()).isEqualTo("ODNI");
      assertThat(a.verify()).anyMatch(v -> v.contains("classification"));
    }
    assertThat(store.find(Kind.ASSESSMENT, "asm-2020").orElseThrow().workflow().coordination())
        .extracting(c -> c.agency())
        .containsExactlyInAnyOrder("CIA", "DHS", "FBI", "State/INR", "NSA", "Treasury");
    for (ImpactReport r : store.list(Kind.IMPACT_REPORT, null)) {
      assertThat(r.findings()).containsOnlyKeys(ImpactCategory.values());
      assertThat(names).contains(r.workflow().draftedBy(), r.workflow().approvedBy());
      assertThat(r.workflow().approvedBy()).isNotEqualTo(r.workflow().draftedBy());
    }
    assertThat(
            store
                .find(Kind.IMPACT_REPORT, "imp-2020")
                .orElseThrow()
                .findings()
                .get(ImpactCategory.POLITICAL_ORGANIZATION_CAMPAIGN_CANDIDATE_SYSTEMS)
                .verdict())
        .isEqualTo(Verdict.MATERIALLY_AFFECTED);
  }

  @Test
  void determinationsArePublishedAfterTheThreeConsultations() {
    List<Determination> all = store.list(Kind.DETERMINATION, null);
    assertThat(all)
        .allSatisfy(
            d -> {
              assertThat(d.status()).isEqualTo(DeterminationStatus.PUBLISHED);
              assertThat(d.consultations()).containsOnlyKeys(Department.values());
              assertThat(d.programTag()).isEqualTo(Determination.PROGRAM);
              assertThat(d.determinedBy()).isNotEqualTo(d.proposedBy());
            });
    assertThat(service.designations()).hasSize(all.size());
    assertThat(store.find(Kind.DETERMINATION, "det-2019-prigozhin").orElseThrow().property())
        .extracting(p -> p.identifier())
        .containsExactlyInAnyOrder("M-VITO", "VP-CSP", "M-SANN", "St. Vitamin");
    assertThat(all)
        .extracting(Determination::effectiveDate)
        .doesNotContain(LocalDate.of(2021, 1, 11));
  }

  @Test
  void chinaJudgmentCarriesTheMinorityViewOfTheNioForCyber() {
    Judgment china = store.find(Kind.JUDGMENT, "jdg-2020-china").orElseThrow();
    assertThat(china.dissents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.agency()).isEqualTo("NIO for Cyber");
              assertThat(d.minorityView()).isTrue();
            });
    assertThat(store.list(Kind.JUDGMENT, null))
        .allSatisfy(j -> assertThat(j.verify()).isNotEmpty());
  }

  @Test
  void demoUsersCoverEveryRoleWithTheClearancesOfTheBrief() {
    assertThat(DemoData.USERS).extracting(DemoData.DemoUser::username).doesNotHaveDuplicates();
    Set<Role> roles = new HashSet<>();
    DemoData.USERS.forEach(u -> roles.addAll(u.roles()));
    assertThat(roles).containsExactlyInAnyOrder(Role.values());
    assertThat(user("official").clearance()).isEqualTo(Classification.UNCLASSIFIED);
    assertThat(user("admin").clearance()).isEqualTo(Classification.UNCLASSIFIED);
    assertThat(user("analyst").clearance()).isEqualTo(Classification.TOP_SECRET);
  }

  @Test
  void demoUsersSeeTheProductsTheirMarkingsAllow() {
    assertThat(service.elections(user("analyst")))
        .extracting(ElectionOverview::assessmentStatus)
        .containsOnly("TRANSMITTED");
    assertThat(service.elections(user("treasury")))
        .extracting(ElectionOverview::impactReportStatus)
        .containsOnly("TRANSMITTED");
    assertThat(service.elections(user("official")))
        .extracting(ElectionOverview::assessmentStatus)
        .containsOnlyNulls();
    assertThat(service.assessmentOf(user("official"), DemoData.E2020)).isEmpty();
    assertThat(service.list(user("official"), Kind.EVIDENCE, null)).isNotEmpty();
  }

  @Test
  void techniqueIdsExistInTheSharedFrameworkCatalogs() throws IOException {
    String dir = System.getProperty("vigil.shared.data");
    assumeThat(dir).as("system property vigil.shared.data").isNotBlank();
    Path disarm = Path.of(dir, "frameworks", "disarm-stix21.json");
    Path attack = Path.of(dir, "frameworks", "attack-enterprise-stix20-compact.json.gz");
    assumeThat(Files.exists(disarm) && Files.exists(attack)).isTrue();
    String disarmText = Files.readString(disarm);
    String attackText;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(attack))) {
      attackText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (Activity a : store.list(Kind.ACTIVITY, null)) {
      for (TechniqueRef t : a.techniques()) {
        String catalog = t.framework() == Framework.DISARM ? disarmText : attackText;
        Pattern p = Pattern.compile("\"external_id\"\\s*:\\s*\"" + Pattern.quote(t.id()) + "\"");
        assertThat(p.matcher(catalog).find()).as(a.id() + " " + t.key()).isTrue();
        assertThat(catalog).as(t.key() + " name").contains("\"" + t.name() + "\"");
      }
    }
  }
}
