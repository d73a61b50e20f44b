package io.vigil.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.process.audit.AuditChain;
import io.vigil.process.audit.AuditEntry;
import io.vigil.process.audit.ChainVerification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  private static final Instant T0 = Instant.parse("2021-01-07T17:00:00Z");

  /** Four entries, chained as the server writes them. */
  private static List<AuditEntry> chain() {
    List<AuditEntry> out = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    String[][] rows = {
      {"analyst", "create", "asm-1", null, "draft"},
      {"analyst", "submit", "asm-1", "draft", "in review"},
      {"reviewer", "review-accept", "asm-1", "in review", "in coordination"},
      {"approver", "approve", "asm-1", "in coordination", "approved"}
    };
    for (int i = 0; i < rows.length; i++) {
      String[] r = rows[i];
      AuditEntry e =
          AuditChain.next(
              i + 1, T0.plusSeconds(60L * i), r[0], r[1], "assessment", r[2], r[3], r[4], prev);
      out.add(e);
      prev = e.hash();
    }
    return out;
  }

  private static AuditEntry withAfter(AuditEntry e, String after) {
    return new AuditEntry(
        e.seq(),
        e.at(),
        e.actor(),
        e.action(),
        e.entityType(),
        e.entityId(),
        e.before(),
        after,
        e.prevHash(),
        e.hash());
  }

  @Test
  void reportsAGoodChainIntactWithItsHead() {
    List<AuditEntry> c = chain();
    assertThat(AuditChain.verify(c)).isEqualTo(new ChainVerification.Intact(4, c.getLast().hash()));
  }

  @Test
  void reportsAnEmptyChainIntact() {
    assertThat(AuditChain.verify(List.of()))
        .isEqualTo(new ChainVerification.Intact(0, AuditChain.GENESIS));
  }

  @Test
  void detectsAChangedField() {
    List<AuditEntry> c = new ArrayList<>(chain());
    c.set(2, withAfter(c.get(2), "approved"));

    assertThat(AuditChain.verify(c))
        .isInstanceOfSatisfying(
            ChainVerification.Broken.class,
            b -> {
              assertThat(b.seq()).isEqualTo(3);
              assertThat(b.goodEntries()).isEqualTo(2);
              assertThat(b.reason()).contains("entry 3", "review-accept", "changed");
            });
  }

  @Test
  void detectsAChangedFieldWhoseHashWasRecomputed() {
    List<AuditEntry> c = new ArrayList<>(chain());
    AuditEntry e = c.get(1);
    c.set(
        1,
        AuditChain.next(
            e.seq(),
            e.at(),
            "someone-else",
            e.action(),
            e.entityType(),
            e.entityId(),
            e.before(),
            e.after(),
            e.prevHash()));

    assertThat(AuditChain.verify(c))
        .isInstanceOfSatisfying(
            ChainVerification.Broken.class, b -> assertThat(b.seq()).isEqualTo(3));
  }

  @Test
  void detectsARemovedEntry() {
    List<AuditEntry> c = new ArrayList<>(chain());
    c.remove(1);

    assertThat(AuditChain.verify(c))
        .isInstanceOfSatisfying(
            ChainVerification.Broken.class,
            b -> {
              assertThat(b.seq()).isEqualTo(2);
              assertThat(b.goodEntries()).isEqualTo(1);
              assertThat(b.reason()).contains("entry 2 is missing");
            });
  }

  @Test
  void detectsReorderedEntries() {
    List<AuditEntry> c = new ArrayList<>(chain());
    AuditEntry second = c.get(1);
    c.set(1, c.get(2));
    c.set(2, second);

    assertThat(AuditChain.verify(c))
        .isInstanceOfSatisfying(
            ChainVerification.Broken.class, b -> assertThat(b.seq()).isEqualTo(2));
  }

  @Test
  void detectsReorderedEntriesEvenWhenRenumbered() {
    List<AuditEntry> c = new ArrayList<>(chain());
    AuditEntry second = c.get(1);
    AuditEntry third = c.get(2);
    c.set(1, renumbered(third, 2));
    c.set(2, renumbered(second, 3));

    assertThat(AuditChain.verify(c)).isInstanceOf(ChainVerification.Broken.class);
    assertThat(((ChainVerification.Broken) AuditChain.verify(c)).seq()).isEqualTo(2);
  }

  private static AuditEntry renumbered(AuditEntry e, long seq) {
    return new AuditEntry(
        seq,
        e.at(),
        e.actor(),
        e.action(),
        e.entityType(),
        e.entityId(),
        e.before(),
        e.after(),
        e.prevHash(),
        e.hash());
  }

  @Test
  void theServiceWritesAnIntactChainOfEveryChange() {
    ProcessFixture f = new ProcessFixture();
    f.election2020();
    f.draftAssessment();
    f.transmitAssessment("asm-1");

    assertThat(f.audit.entries()).hasSize(7);
    assertThat(f.audit.entries().getFirst().before()).isNull();
    assertThat(f.audit.entries().getLast().before()).contains("APPROVED");
    assertThat(f.audit.entries().getLast().after()).contains("TRANSMITTED");
    assertThat(AuditChain.verify(f.audit.entries())).isInstanceOf(ChainVerification.Intact.class);
  }
}
