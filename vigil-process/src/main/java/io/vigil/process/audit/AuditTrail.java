package io.vigil.process.audit;

import io.vigil.process.access.Principal;
import org.jspecify.annotations.Nullable;

/**
 * The port through which the process writes its audit records; the server appends them to the
 * hash-chained table in the same transaction as the change.
 */
public interface AuditTrail {
  /**
   * Records an action on a record.
   *
   * @param before the record before the change (null on creation)
   * @param after the record after the change (null on a read)
   */
  void record(
      Principal who,
      String action,
      String entityType,
      String entityId,
      @Nullable Object before,
      @Nullable Object after);
}
