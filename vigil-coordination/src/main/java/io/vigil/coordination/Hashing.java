package io.vigil.coordination;

/** 64-bit string hashing (FNV-1a over UTF-16 units, then the murmur3 finalizer). */
final class Hashing {
  private Hashing() {}

  static long hash(CharSequence s, long seed) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return fmix(h);
  }

  static long fmix(long k) {
    long h = k;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
