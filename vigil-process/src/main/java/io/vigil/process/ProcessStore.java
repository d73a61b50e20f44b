package io.vigil.process;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The persistence port of the process. The server implements it over JDBC (H2 or PostgreSQL); tests
 * use an in-memory implementation. Calls happen inside {@link Transactions#inTransaction}.
 */
public interface ProcessStore {
  <T extends ProcessRecord> Optional<T> find(Kind<T> kind, String id);

  /** All records of a kind, or those of one election when {@code electionId} is not null. */
  <T extends ProcessRecord> List<T> list(Kind<T> kind, @Nullable String electionId);

  /**
   * The markings of the records of a kind (of one election, or all), without reading the records:
   * what counting what a user may see needs.
   */
  default <T extends ProcessRecord> List<io.vigil.process.marking.Marking> markings(
      Kind<T> kind, @Nullable String electionId) {
    return list(kind, electionId).stream().map(ProcessRecord::marking).toList();
  }

  /** Inserts a new record; fails when the id exists. */
  <T extends ProcessRecord> void insert(Kind<T> kind, T record);

  /** Replaces a record that exists. */
  <T extends ProcessRecord> void update(Kind<T> kind, T record);

  /** Stores the raw content of an evidence item beside it. */
  void putContent(String evidenceId, byte[] content);

  Optional<byte[]> content(String evidenceId);
}
