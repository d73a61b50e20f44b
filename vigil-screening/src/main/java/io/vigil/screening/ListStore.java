package io.vigil.screening;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/*
 * Design note: the lists in force, each with the screener built over it. A new version is read and
 * indexed completely before one atomic reference swap puts it in force (copy-on-write), so a
 * reader sees either the old version or the new one, never half of each, and a rejected file leaves
 * the old version untouched. Screening runs against an immutable snapshot.
 */
/** Lists in force, replaced atomically. Thread-safe. */
public final class ListStore {
  /** A list version in force with its index. */
  public record Current(SanctionsList list, Screener screener) {}

  private final Map<String, Current> current = new ConcurrentHashMap<>();

  /** Result of an attempt to put a new version in force. */
  public sealed interface Replacement permits Replaced, Kept {}

  /** The new version is in force; {@code delta} is what changed (everything added if first). */
  public record Replaced(SanctionsList list, ListDelta delta) implements Replacement {}

  /** The previous version stays in force, for the reason given. */
  public record Kept(String list, String reason, Optional<SanctionsList> inForce)
      implements Replacement {}

  /**
   * Reads a new version through {@code reader} and swaps it in if reading and {@code verify}
   * succeed; otherwise keeps the version in force.
   */
  public Replacement replace(String name, Supplier<SanctionsList> reader, Verification verify) {
    SanctionsList next;
    try {
      next = reader.get();
    } catch (ListFileRejected e) {
      return new Kept(name, e.getMessage(), list(name));
    }
    Optional<String> problem = verify.check(next, list(name));
    if (problem.isPresent()) {
      return new Kept(name, problem.get(), list(name));
    }
    Screener screener = Screener.of(List.of(next));
    Current before = current.put(name, new Current(next, screener));
    ListDelta delta =
        before == null
            ? ListDelta.between(new SanctionsList(name, "", next.importedAt(), List.of()), next)
            : ListDelta.between(before.list(), next);
    return new Replaced(next, delta);
  }

  /** The version in force, if any. */
  public Optional<SanctionsList> list(String name) {
    Current c = current.get(name);
    return c == null ? Optional.empty() : Optional.of(c.list());
  }

  /** The version in force with its screener, if any. */
  public Optional<Current> current(String name) {
    return Optional.ofNullable(current.get(name));
  }

  /** Names of the lists in force. */
  public java.util.Set<String> names() {
    return java.util.Set.copyOf(current.keySet());
  }

  /** Sanity checks on a new version before it goes in force. */
  @FunctionalInterface
  public interface Verification {
    /** A reason to refuse the new version, or empty to accept it. */
    Optional<String> check(SanctionsList next, Optional<SanctionsList> inForce);

    /**
     * At least {@code minEntities} entities, and not fewer than {@code minShare} of the version in
     * force (a truncated download shrinks a list).
     */
    static Verification atLeast(int minEntities, double minShare) {
      return (next, inForce) -> {
        int n = next.entities().size();
        if (n < minEntities) {
          return Optional.of(
              "only " + n + " entities, expected at least " + minEntities + " (partial download?)");
        }
        if (inForce.isPresent()) {
          int before = inForce.get().entities().size();
          if (n < before * minShare) {
            return Optional.of(
                "only "
                    + n
                    + " entities against "
                    + before
                    + " in force: shrank below "
                    + Math.round(minShare * 100)
                    + "%");
          }
        }
        return Optional.empty();
      };
    }
  }
}
