package io.vigil.coordination;

import java.util.Arrays;

/** A growable int array (no boxing: tens of millions of entries pass through these). */
final class IntArray {
  private int[] a;
  private int size;

  IntArray(int capacity) {
    a = new int[Math.max(4, capacity)];
  }

  void add(int v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, a.length + (a.length >> 1) + 16);
    }
    a[size++] = v;
  }

  int get(int i) {
    return a[i];
  }

  void set(int i, int v) {
    a[i] = v;
  }

  int size() {
    return size;
  }

  int[] raw() {
    return a;
  }

  int[] toArray() {
    return Arrays.copyOf(a, size);
  }
}
