package io.vigil.process;

import io.vigil.process.marking.Marking;
import org.jspecify.annotations.Nullable;

/** What every stored record of the process has: an id, its election (if any) and its markings. */
public interface ProcessRecord {
  String id();

  /** The election the record belongs to; null for records that span elections (actors). */
  @Nullable String electionId();

  Marking marking();

  /** A short state for listings (a workflow status), or null when the record has none. */
  default @Nullable String state() {
    return null;
  }
}
