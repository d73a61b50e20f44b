package io.vigil.coordination;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/*
 * Near-duplicate texts by MinHash + LSH (Broder 1997; Leskovec, Rajaraman & Ullman, Mining of
 * Massive Datasets ch. 3). QUT's co_similar_tweet compares every pair of messages inside the
 * window and does not finish on 9M tweets (QUT issue #41); here each text gets a signature once
 * and only texts that collide in a band are compared.
 * - Text: repost prefix stripped, lower-cased; links and @mentions dropped (they differ between
 *   copies of the same copypasta); at least MIN_TOKENS tokens, else the text is too short to call
 *   a copy.
 * - Shingles: word bigrams (tweets are short; 3-grams leave too few shingles).
 * - K = 20 min-hashes in B = 5 bands of R = 4: a pair at Jaccard 0.8 collides in some band with
 *   probability 1 - (1 - 0.8^4)^5 = 0.93, at 0.5 with 0.28; colliding pairs are then kept only when
 *   their signatures agree on at least the threshold share of positions (an unbiased Jaccard
 *   estimate).
 * - Families are the connected components of verified pairs (union-find), each text verified
 *   against its bucket's text of least signature; the family is the shared item of the
 *   near-duplicate signal, labelled with its first text.
 */
final class NearDuplicates {
  static final int MIN_TOKENS = 4;
  private static final int K = 20;
  private static final int BANDS = 5;
  private static final int ROWS = K / BANDS;
  private static final long[] SEEDS = new long[K];

  static {
    long s = 0x5DEECE66DL;
    for (int i = 0; i < K; i++) {
      s = Hashing.fmix(s + 0x9E3779B97F4A7C15L);
      SEEDS[i] = s;
    }
  }

  private final IntArray signatures = new IntArray(1 << 14);
  private final IntArray accounts = new IntArray(1 << 12);
  private final IntArray times = new IntArray(1 << 12);
  private final List<String> texts = new ArrayList<>();

  /**
   * The MinHash signature of a text, or null when it is too short to compare. A pure function (the
   * map step can run it on any thread).
   */
  static int @Nullable [] signature(String text) {
    long[] buffer = new long[256];
    int n = shingles(text, buffer);
    if (n <= 0) {
      return null;
    }
    int[] sig = new int[K];
    for (int k = 0; k < K; k++) {
      long seed = SEEDS[k];
      int min = Integer.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        int h = (int) (Hashing.fmix(buffer[i] ^ seed) >>> 33);
        if (h < min) {
          min = h;
        }
      }
      sig[k] = min;
    }
    return sig;
  }

  /** Adds a text with its signature. */
  void add(int account, int time, String text, int[] signature) {
    for (int v : signature) {
      signatures.add(v);
    }
    accounts.add(account);
    times.add(time);
    texts.add(text);
  }

  /** Fills the buffer with bigram hashes; returns their count, or 0 for a text too short. */
  static int shingles(String text, long[] out) {
    String t = TextScan.normalizeText(TextScan.stripRepostPrefix(text));
    long prev = 0;
    int tokens = 0;
    int n = 0;
    int i = 0;
    int len = t.length();
    while (i < len && n < out.length) {
      while (i < len && t.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < len && t.charAt(i) != ' ') {
        i++;
      }
      if (start == i) {
        break;
      }
      if (t.charAt(start) == '@' || t.startsWith("http", start)) {
        continue;
      }
      int s = start;
      int e = i;
      while (s < e && !Character.isLetterOrDigit(t.charAt(s)) && t.charAt(s) != '#') {
        s++;
      }
      while (e > s && !Character.isLetterOrDigit(t.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      long h = Hashing.hash(t.subSequence(s, e), 17);
      if (tokens > 0) {
        out[n++] = Hashing.fmix(prev * 31 + h);
      }
      prev = h;
      tokens++;
    }
    return tokens >= MIN_TOKENS ? n : 0;
  }

  int size() {
    return accounts.size();
  }

  /** Groups the texts into families and records one action per text in the target. */
  void emit(SignalActions target, double threshold) {
    int n = size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    int[] sig = signatures.raw();
    int need = need(threshold);
    int[] firstOf = new int[n];
    int[] least = new int[n];
    for (int b = 0; b < BANDS; b++) {
      // each bucket's representative: its text of least signature, kept at its first text's place
      LongIntMap buckets = new LongIntMap(n);
      for (int i = 0; i < n; i++) {
        int slot = buckets.putIfAbsent(bandKey(sig, i * K, b), i);
        if (slot < 0) {
          firstOf[i] = i;
          least[i] = i;
        } else {
          firstOf[i] = slot;
          if (compare(sig, i * K, sig, least[slot] * K) < 0) {
            least[slot] = i;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        int first = least[firstOf[i]];
        if (first == i) {
          continue;
        }
        int ra = find(parent, i);
        int rb = find(parent, first);
        if (ra != rb && agreement(sig, i * K, sig, first * K) >= need) {
          if (ra < rb) {
            parent[rb] = ra;
          } else {
            parent[ra] = rb;
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      int item = target.item(root, texts.get(root));
      target.add(item, accounts.get(i), times.get(i));
    }
  }

  /**
   * Texts i and j are joined when j is the representative of a bucket i falls in, in some band, and
   * their signatures agree on {@code need} positions: the families are the connected components of
   * those pairs, whatever order the pairs are found in, and each family's root is its first text
   * (union by smaller index). A bucket's representative is its text of least signature ({@link
   * #compare}); texts of equal signatures agree with every other text alike, so which of them
   * represents changes nothing, and the families do not depend on the order of the texts (until the
   * eighth release of 2026-12-07 it was the bucket's first text in input order: of three texts
   * where A and B, and B and C, agree but A and C do not, one family or two depending on which came
   * first).
   */
  static int need(double threshold) {
    return (int) Math.ceil(threshold * K - 1e-9);
  }

  static int bands() {
    return BANDS;
  }

  /** The bucket of the signature at {@code offset} in one band. */
  static long bandKey(int[] sig, int offset, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = Hashing.fmix(h * 31 + sig[offset + band * ROWS + r]);
    }
    return h;
  }

  /** Signatures in lexicographic order of their positions. */
  static int compare(int[] a, int offsetA, int[] b, int offsetB) {
    return java.util.Arrays.compare(a, offsetA, offsetA + K, b, offsetB, offsetB + K);
  }

  /** The positions on which two signatures agree. */
  static int agreement(int[] a, int offsetA, int[] b, int offsetB) {
    int same = 0;
    for (int k = 0; k < K; k++) {
      if (a[offsetA + k] == b[offsetB + k]) {
        same++;
      }
    }
    return same;
  }

  private static int find(int[] parent, int i) {
    int r = i;
    while (parent[r] != r) {
      parent[r] = parent[parent[r]];
      r = parent[r];
    }
    return r;
  }
}
