package io.vigil.domains;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Design note. The symmetric-delete index of Typos, without allocating on lookup: every form (a
 * name and each of its one-letter deletions) is stored under a 64-bit polynomial hash, and the
 * deletions of a candidate are hashed from its prefix hashes in O(1) each instead of building the
 * strings. A hash collision only proposes a wrong candidate, which the exact distance check that
 * follows rejects. Open addressing with linear probing over a power-of-two table.
 */
final class DeleteIndex<T> {
  private static final long P = 0x100000001B3L;
  private static final long[] POWERS = new long[256];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * P;
    }
  }

  private static final long EMPTY = 0;
  private final long[] keys;
  private final Object[][] values;
  private final int mask;

  DeleteIndex(Map<String, List<T>> forms) {
    Map<Long, List<T>> byKey = new HashMap<>();
    for (Map.Entry<String, List<T>> e : forms.entrySet()) {
      String form = e.getKey();
      long key = key(hash(form, 0, form.length()), form.length());
      for (T value : e.getValue()) {
        List<T> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(value)) {
          list.add(value);
        }
      }
    }
    int size = Integer.highestOneBit(Math.max(4, byKey.size() * 3)) << 1;
    keys = new long[size];
    values = new Object[size][];
    mask = size - 1;
    for (Map.Entry<Long, List<T>> e : byKey.entrySet()) {
      int slot = slot(e.getKey());
      while (keys[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = e.getKey();
      values[slot] = e.getValue().toArray();
    }
  }

  /**
   * Visits the values stored under {@code candidate} and under each of its one-letter deletions.
   */
  void lookup(String candidate, long[] prefix, java.util.function.Consumer<T> visitor) {
    int n = candidate.length();
    if (n >= POWERS.length || prefix.length <= n) {
      return;
    }
    prefix[0] = 0;
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] * P + candidate.charAt(i);
    }
    visit(key(prefix[n], n), visitor);
    for (int j = 0; j < n; j++) {
      long suffix = prefix[n] - prefix[j + 1] * POWERS[n - j - 1];
      long deleted = prefix[j] * POWERS[n - j - 1] + suffix;
      visit(key(deleted, n - 1), visitor);
    }
  }

  @SuppressWarnings("unchecked")
  private void visit(long key, java.util.function.Consumer<T> visitor) {
    if (key == EMPTY) {
      return;
    }
    int slot = slot(key);
    long k;
    while ((k = keys[slot]) != EMPTY) {
      if (k == key) {
        for (Object value : values[slot]) {
          visitor.accept((T) value);
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private static long hash(String s, int from, int to) {
    long h = 0;
    for (int i = from; i < to; i++) {
      h = h * P + s.charAt(i);
    }
    return h;
  }

  private static long key(long hash, int length) {
    long key = hash ^ (length * 0xC2B2AE3D27D4EB4FL);
    return key == EMPTY ? 1 : key;
  }
}
