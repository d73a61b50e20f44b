package io.vigil.process.audit;

import io.vigil.process.Require;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One record of the audit log: who did what to which record, when, with the record as it was before
 * and after (JSON), chained to the previous entry by {@code prevHash}.
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    String action,
    String entityType,
    String entityId,
    @Nullable String before,
    @Nullable String after,
    String prevHash,
    String hash) {

  public AuditEntry {
    Require.field(seq >= 1, "seq", "starts at 1");
    Require.present(at, "at");
    Require.present(actor, "actor");
    Require.present(action, "action");
    Require.present(entityType, "entityType");
    Require.present(entityId, "entityId");
    Require.present(prevHash, "prevHash");
    Require.present(hash, "hash");
  }
}
