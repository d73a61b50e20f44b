package io.vigil.coordination;

import java.util.Arrays;

/*
 * Open-addressing map from long keys to int values (linear probing, power-of-two table, load
 * factor 0.6). Keys are 64-bit hashes of items or packed account pairs; the key
 * Long.MIN_VALUE is reserved as the empty marker and remapped on the way in.
 */
final class LongIntMap {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, (int) (expected / 0.6) + 1) - 1) << 1;
    keys = new long[cap];
    Arrays.fill(keys, EMPTY);
    values = new int[cap];
    mask = cap - 1;
  }

  static long mix(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }

  private static long fix(long k) {
    return k == EMPTY ? EMPTY + 1 : k;
  }

  /** The value, or -1 when absent. */
  int get(long key) {
    long k = fix(key);
    int i = (int) mix(k) & mask;
    while (true) {
      long kk = keys[i];
      if (kk == k) {
        return values[i];
      }
      if (kk == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** Returns the existing value, or stores {@code valueIfAbsent} and returns -1 - (its value). */
  int putIfAbsent(long key, int valueIfAbsent) {
    long k = fix(key);
    int i = (int) mix(k) & mask;
    while (true) {
      long kk = keys[i];
      if (kk == k) {
        return values[i];
      }
      if (kk == EMPTY) {
        keys[i] = k;
        values[i] = valueIfAbsent;
        if (++size > mask * 0.6) {
          grow();
        }
        return -1 - valueIfAbsent;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  /**
   * The keys indexed by their values, where the values are 0..n-1 (ids handed out in order): the
   * key of each id.
   */
  long[] keysByValue(int n) {
    long[] out = new long[n];
    for (int j = 0; j < keys.length; j++) {
      if (keys[j] != EMPTY && values[j] >= 0 && values[j] < n) {
        out[values[j]] = keys[j];
      }
    }
    return out;
  }

  private void grow() {
    long[] ok = keys;
    int[] ov = values;
    keys = new long[ok.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new int[ok.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < ok.length; j++) {
      if (ok[j] != EMPTY) {
        int i = (int) mix(ok[j]) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = ok[j];
        values[i] = ov[j];
      }
    }
  }
}
