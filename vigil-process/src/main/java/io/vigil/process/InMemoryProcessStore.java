package io.vigil.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ProcessStore} in memory, keeping insertion order: for tests, and for running the process
 * without a database (the STIX export of the demo, tools). Not thread-safe.
 */
public final class InMemoryProcessStore implements ProcessStore {
  private final Map<Kind<?>, Map<String, ProcessRecord>> records = new LinkedHashMap<>();
  private final Map<String, byte[]> contents = new LinkedHashMap<>();

  private Map<String, ProcessRecord> table(Kind<?> kind) {
    return records.computeIfAbsent(kind, k -> new LinkedHashMap<>());
  }

  @Override
  public <T extends ProcessRecord> Optional<T> find(Kind<T> kind, String id) {
    return Optional.ofNullable(table(kind).get(id)).map(kind.type()::cast);
  }

  @Override
  public <T extends ProcessRecord> List<T> list(Kind<T> kind, @Nullable String electionId) {
    return table(kind).values().stream()
        .filter(r -> electionId == null || Objects.equals(electionId, r.electionId()))
        .map(kind.type()::cast)
        .toList();
  }

  @Override
  public <T extends ProcessRecord> void insert(Kind<T> kind, T record) {
    if (table(kind).putIfAbsent(record.id(), record) != null) {
      throw new IllegalStateException(kind + " '" + record.id() + "' exists already");
    }
  }

  @Override
  public <T extends ProcessRecord> void update(Kind<T> kind, T record) {
    if (table(kind).replace(record.id(), record) == null) {
      throw new IllegalStateException(kind + " '" + record.id() + "' does not exist");
    }
  }

  @Override
  public void putContent(String evidenceId, byte[] content) {
    contents.put(evidenceId, content.clone());
  }

  @Override
  public Optional<byte[]> content(String evidenceId) {
    return Optional.ofNullable(contents.get(evidenceId)).map(byte[]::clone);
  }

  /** How many records of a kind are stored, readable or not. */
  public int count(Kind<?> kind) {
    return table(kind).size();
  }
}
