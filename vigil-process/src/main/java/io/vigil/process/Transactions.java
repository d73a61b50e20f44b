package io.vigil.process;

import java.util.function.Supplier;

/**
 * Runs work atomically: either everything it wrote, audit records included, is committed, or
 * nothing is. The server implements it with Spring's transaction template.
 */
@FunctionalInterface
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);

  /** Runs the work directly; for stores that are not transactional (tests). */
  static Transactions direct() {
    return new Transactions() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        return work.get();
      }
    };
  }
}
