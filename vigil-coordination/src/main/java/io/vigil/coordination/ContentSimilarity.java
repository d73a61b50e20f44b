package io.vigil.coordination;

import java.util.Arrays;

/*
 * The similar-content signal: accounts that write about the same things.
 * - Profile (Pacheco et al. 2021, "Uncovering Coordinated Networks on Social Media", ICWSM, their
 *   text-similarity trace; Salton & Buckley 1988 for the weighting): per account, the TF-IDF
 *   weight (1 + ln tf) * ln(A / df) of each term of its posts (words, hashtags, mentions; see
 *   TextScan.contentTerms), where A is the number of accounts with at least MIN_TERM_USES term
 *   uses and df the number of them that used the term. Terms of one account only, and terms more
 *   than MAX_DF_SHARE of the accounts used (function words of a language), weigh nothing. Only the
 *   TOP_TERMS heaviest terms are kept per account, as a bounded, explainable profile.
 * - Similarity: cosine of the L2-normalised profiles, computed through the inverted index (group
 *   by term, then aggregate by account pair, the same partition-then-aggregate shape as the other
 *   signals; the cost is the sum over terms of (profiles holding it)^2).
 * - Edges: a pair is kept when it shares at least minCoActions profile terms, its cosine is at
 *   least MIN_COSINE, and it is among the NEIGHBOURS most similar accounts of one of the two (a
 *   k-nearest-neighbour graph, so a language or topic shared by hundreds of accounts does not
 *   become a clique). The edge weight is the cosine, in [0, 1] like the other signals' weights.
 *   And, as for the other signals, the number of profile terms the two share must be unlikely
 *   (Poisson tail, Benjamini-Hochberg over every pair of profiled accounts at false-discovery
 *   rate alpha * ALPHA_SHARE) under the popularity model of NullModel.Popularity over the terms in two or more
 *   profiles (a term in many profiles is expected to be shared): accounts drawing words from one
 *   small common vocabulary share many terms by chance and are not linked. Until 2026-12-07 every
 *   term was taken as equally likely; the popularity model is the one the interest model
 *   (InterestModel) refines per community, so both passes compare like with like.
 * Constants chosen on the IRA posts of 2015-07-01..2016-07-01 only (module README).
 */
final class ContentSimilarity {
  static final int MIN_TERM_USES = 20;
  static final double MAX_DF_SHARE = 0.5;
  static final int TOP_TERMS = 200;
  static final double MIN_COSINE = 0.3;
  static final int NEIGHBOURS = 10;

  /**
   * Similar content is timeless evidence that communities of interest give too, so its edges are
   * held to a quarter of the other signals' false-discovery rate. Benjamini-Hochberg lets chance
   * edges through in proportion to the true ones: where a group's copypasta made its members'
   * profiles alike, two to five pairs of background accounts that had retweeted a few of the same
   * posts a week apart came in with them (small inputs, 7 of 3,000+ background accounts clustered;
   * 1 at a quarter). Nothing else measured moved: the IRA slices, samples and whole file, the
   * synthetic control in every row, the planted groups.
   */
  static final double ALPHA_SHARE = 0.25;

  private ContentSimilarity() {}

  static SignalEdges compute(
      SignalActions actions, IntArray uses, int accountCount, DetectionOptions options) {
    int items = actions.itemCount();
    int actionCount = actions.size();
    int[] item = actions.items.raw();
    int[] account = actions.accounts.raw();
    int[] use = uses.raw();
    int minCo = options.settings().get(actions.signal).minCoActions();
    int[] totalUses = new int[accountCount];
    for (int i = 0; i < actionCount; i++) {
      totalUses[account[i]] += use[i];
    }
    boolean[] active = new boolean[accountCount];
    int[] slotOf = new int[accountCount];
    Arrays.fill(slotOf, -1);
    int activeCount = 0;
    for (int acc = 0; acc < accountCount; acc++) {
      if (totalUses[acc] >= MIN_TERM_USES) {
        active[acc] = true;
        slotOf[acc] = activeCount++;
      }
    }
    // one action per (account, term): the document frequency is a count of actions
    int[] df = new int[items];
    for (int i = 0; i < actionCount; i++) {
      if (active[account[i]]) {
        df[item[i]]++;
      }
    }
    double maxDf = Math.max(2, MAX_DF_SHARE * activeCount);
    double[] idf = new double[items];
    for (int it = 0; it < items; it++) {
      if (df[it] >= 2 && df[it] <= maxDf) {
        idf[it] = Math.log((double) activeCount / df[it]);
      }
    }
    // per account: a min-heap of its TOP_TERMS heaviest terms, each entry its weight's bits above
    // the term's rank by key (positive floats order as their bits): among terms of equal weight the
    // one of higher key stays, whatever order the posts came in (eighth release of 2026-12-07;
    // before, the first seen stayed, and the same posts shuffled could change a profile)
    int[] rank = actions.keyRanks();
    int[] byRank = new int[items];
    for (int it = 0; it < items; it++) {
      byRank[rank[it]] = it;
    }
    int slots = activeCount;
    int[] heapSize = new int[accountCount];
    long[] heap = new long[Math.max(1, slots * TOP_TERMS)];
    for (int i = 0; i < actionCount; i++) {
      int acc = account[i];
      int it = item[i];
      if (active[acc] && idf[it] > 0) {
        float w = (float) ((1 + Math.log(use[i])) * idf[it]);
        long entry = ((long) Float.floatToIntBits(w) << 32) | rank[it];
        pushLargest(heap, slotOf[acc] * TOP_TERMS, heapSize, acc, entry, TOP_TERMS);
      }
    }
    // normalise the profiles (each summed in weight order, so its last bits do not depend on the
    // posts' order either; the normalised weight takes the raw one's place in the entry) and
    // invert them (term -> (account, weight))
    int[] termOffsets = new int[items + 1];
    for (int acc = 0; acc < accountCount; acc++) {
      if (slotOf[acc] < 0) {
        continue;
      }
      int base = slotOf[acc] * TOP_TERMS;
      Arrays.sort(heap, base, base + heapSize[acc]);
      double norm = 0;
      for (int k = 0; k < heapSize[acc]; k++) {
        double w = weightOf(heap[base + k]);
        norm += w * w;
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < heapSize[acc]; k++) {
        long e = heap[base + k];
        float w = (float) (weightOf(e) / norm);
        heap[base + k] = ((long) Float.floatToIntBits(w) << 32) | (e & 0xFFFFFFFFL);
        termOffsets[byRank[(int) e] + 1]++;
      }
    }
    for (int it = 0; it < items; it++) {
      termOffsets[it + 1] += termOffsets[it];
    }
    int[] fill = Arrays.copyOf(termOffsets, items);
    int[] postingAccount = new int[termOffsets[items]];
    float[] postingWeight = new float[termOffsets[items]];
    for (int acc = 0; acc < accountCount; acc++) {
      if (slotOf[acc] < 0) {
        continue;
      }
      int base = slotOf[acc] * TOP_TERMS;
      for (int k = 0; k < heapSize[acc]; k++) {
        int it = byRank[(int) heap[base + k]];
        postingAccount[fill[it]] = acc;
        postingWeight[fill[it]++] = weightOf(heap[base + k]);
      }
    }
    for (int it = 0; it < items; it++) {
      if (termOffsets[it + 1] - termOffsets[it] < 2) {
        idf[it] = 0; // in no two profiles: explains nothing
      }
    }
    SignalEdges.PairTable pairs = new SignalEdges.PairTable(Math.max(1024, slots * NEIGHBOURS));
    // terms in key order: each pair's cosine is summed in an order the posts' order does not change
    for (int r = 0; r < items; r++) {
      int it = byRank[r];
      int from = termOffsets[it];
      int to = termOffsets[it + 1];
      for (int i = from; i < to; i++) {
        for (int j = i + 1; j < to; j++) {
          pairs.add(
              postingAccount[i],
              postingAccount[j],
              it,
              (double) postingWeight[i] * postingWeight[j]);
        }
      }
    }
    // the NEIGHBOURS-th best cosine of each account (a min-heap of its best cosines)
    int n = pairs.size();
    long[] best = new long[Math.max(1, slots * NEIGHBOURS)]; // a cosine's bits above 0
    int[] bestSize = new int[accountCount];
    for (int s = 0; s < n; s++) {
      if (pairs.count(s) < minCo) {
        continue;
      }
      float cos = (float) pairs.weight(s);
      int x = pairs.first(s);
      int y = pairs.second(s);
      long entry = (long) Float.floatToIntBits(Math.max(0f, cos)) << 32;
      pushLargest(best, slotOf[x] * NEIGHBOURS, bestSize, x, entry, NEIGHBOURS);
      pushLargest(best, slotOf[y] * NEIGHBOURS, bestSize, y, entry, NEIGHBOURS);
    }
    // the profile terms as items of a popularity model (NullModel), each held by its profiles
    int[] degree = new int[items];
    int[] eligible = new int[accountCount];
    for (int it = 0; it < items; it++) {
      int k = termOffsets[it + 1] - termOffsets[it];
      if (k >= 2) {
        degree[it] = k;
        for (int i = termOffsets[it]; i < termOffsets[it + 1]; i++) {
          eligible[postingAccount[i]]++;
        }
      }
    }
    NullModel.Popularity termChance = new NullModel.Popularity(degree, slots);
    double[] pv = new double[n];
    int tested = 0;
    for (int s = 0; s < n; s++) {
      pv[s] = Double.POSITIVE_INFINITY;
      int c = pairs.count(s);
      double cos = Math.min(1.0, pairs.weight(s));
      if (c < minCo || cos < MIN_COSINE) {
        continue;
      }
      int x = pairs.first(s);
      int y = pairs.second(s);
      if (cos < kth(best, slotOf[x], bestSize[x]) && cos < kth(best, slotOf[y], bestSize[y])) {
        continue;
      }
      pv[s] = NullModel.poissonTail(c, termChance.expected(eligible[x], eligible[y]));
      tested++;
    }
    double limit =
        NullModel.discoveryLimit(
            pv,
            tested,
            (long) slots * (slots - 1) / 2,
            options.alpha() >= 1 ? 1.0 : options.alpha() * ALPHA_SHARE);
    SignalEdges.Kept kept = new SignalEdges.Kept(n);
    for (int s = 0; s < n; s++) {
      if (pv[s] <= limit) {
        kept.add(
            pairs.first(s),
            pairs.second(s),
            pairs.count(s),
            Math.min(1.0, pairs.weight(s)),
            pv[s],
            0.0); // the count test only: a cosine is no summed idf
      }
    }
    return kept.build(
        actions.signal,
        idf,
        new SignalEdges.Chance(
            new ItemActors.Postings(termOffsets, postingAccount),
            degree,
            null,
            eligible,
            null,
            slots,
            (long) slots * (slots - 1) / 2,
            true,
            java.util.List.of()));
  }

  /** The smallest of an account's best cosines once it has NEIGHBOURS of them, else 0. */
  private static float kth(long[] best, int slot, int size) {
    return size < NEIGHBOURS ? 0f : weightOf(best[slot * NEIGHBOURS]);
  }

  /** The weight (or cosine) in the high half of a heap entry. */
  private static float weightOf(long entry) {
    return Float.intBitsToFloat((int) (entry >>> 32));
  }

  /** Keeps the capacity largest entries in a binary min-heap at h[base..base+capacity). */
  private static void pushLargest(
      long[] h, int base, int[] size, int acc, long value, int capacity) {
    int n = size[acc];
    if (n < capacity) {
      int i = n;
      size[acc] = n + 1;
      while (i > 0) {
        int parent = (i - 1) >> 1;
        if (h[base + parent] <= value) {
          break;
        }
        h[base + i] = h[base + parent];
        i = parent;
      }
      h[base + i] = value;
      return;
    }
    if (value <= h[base]) {
      return;
    }
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= n) {
        break;
      }
      int r = l + 1;
      int c = r < n && h[base + r] < h[base + l] ? r : l;
      if (h[base + c] >= value) {
        break;
      }
      h[base + i] = h[base + c];
      i = c;
    }
    h[base + i] = value;
  }
}
