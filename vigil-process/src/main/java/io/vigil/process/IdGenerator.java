package io.vigil.process;

import java.util.Locale;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Makes ids for new records; injected so that tests get predictable ids. */
@FunctionalInterface
public interface IdGenerator {
  /** A new id with the given prefix, e.g. {@code ev-3f2a9c1e0b7d}. */
  String next(String prefix);

  static IdGenerator random() {
    return prefix -> prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  static IdGenerator seeded(long seed) {
    RandomGenerator r = new java.util.SplittableRandom(seed);
    return prefix ->
        prefix + "-" + String.format(Locale.ROOT, "%012x", r.nextLong() & 0xffffffffffffL);
  }
}
