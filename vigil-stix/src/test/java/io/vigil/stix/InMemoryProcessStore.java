package io.vigil.stix;

import io.vigil.process.Kind;
import io.vigil.process.ProcessRecord;
import io.vigil.process.ProcessStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A {@link ProcessStore} in memory, keeping insertion order (the idea of vigil-process's). */
final class InMemoryProcessStore implements ProcessStore {
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
}
