package io.vigil.process;

import io.vigil.process.access.Principal;
import io.vigil.process.audit.AuditChain;
import io.vigil.process.audit.AuditEntry;
import io.vigil.process.audit.AuditTrail;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An {@link AuditTrail} that keeps a hash-chained list in memory, as the server's table does. */
public final class RecordingAuditTrail implements AuditTrail {
  private final Clock clock;
  private final List<AuditEntry> entries = new ArrayList<>();

  public RecordingAuditTrail(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void record(
      Principal who,
      String action,
      String entityType,
      String entityId,
      @Nullable Object before,
      @Nullable Object after) {
    String prev = entries.isEmpty() ? AuditChain.GENESIS : entries.getLast().hash();
    entries.add(
        AuditChain.next(
            entries.size() + 1,
            clock.instant(),
            who.username(),
            action,
            entityType,
            entityId,
            before == null ? null : before.toString(),
            after == null ? null : after.toString(),
            prev));
  }

  /** The entries written so far, in order. */
  public List<AuditEntry> entries() {
    return List.copyOf(entries);
  }

  /** The actions written so far, e.g. {@code create assessment asm-1 by analyst}. */
  public List<String> actions() {
    return entries.stream()
        .map(e -> e.action() + " " + e.entityType() + " " + e.entityId() + " by " + e.actor())
        .toList();
  }
}
