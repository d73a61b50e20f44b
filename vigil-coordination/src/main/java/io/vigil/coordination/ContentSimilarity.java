package io.vigil.coordination;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

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
    // per account: a min-heap of its TOP_TERMS heaviest terms
    int slots = activeCount;
    int[] heapSize = new int[accountCount];
    float[] heapW = new float[Math.max(1, slots * TOP_TERMS)];
    int[] heapT = new int[heapW.length];
    for (int i = 0; i < actionCount; i++) {
      int acc = account[i];
      int it = item[i];
      if (active[acc] && idf[it] > 0) {
        float w = (float) ((1 + Math.log(use[i])) * idf[it]);
        push(heapW, heapT, slotOf[acc] * TOP_TERMS, heapSize, acc, w, it);
      }
    }
    // normalise the profiles and invert them (term -> (account, weight))
    int[] termOffsets = new int[items + 1];
    for (int acc = 0; acc < accountCount; acc++) {
      if (slotOf[acc] < 0) {
        continue;
      }
      int base = slotOf[acc] * TOP_TERMS;
      double norm = 0;
      for (int k = 0; k < heapSize[acc]; k++) {
        norm += (double) heapW[base + k] * heapW[base + k];
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < heapSize[acc]; k++) {
        heapW[base + k] = (float) (heapW[base + k] / norm);
        termOffsets[heapT[base + k] + 1]++;
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
        int it = heapT[base + k];
        postingAccount[fill[it]] = acc;
        postingWeight[fill[it]++] = heapW[base + k];
      }
    }
    for (int it = 0; it < items; it++) {
      if (termOffsets[it + 1] - termOffsets[it] < 2) {
        idf[it] = 0; // in no two profiles: explains nothing
      }
    }
    SignalEdges.PairTable pairs = new SignalEdges.PairTable(Math.max(1024, slots * NEIGHBOURS));
    for (int it = 0; it < items; it++) {
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
    float[] best = new float[Math.max(1, slots * NEIGHBOURS)];
    int[] bestSize = new int[accountCount];
    for (int s = 0; s < n; s++) {
      if (pairs.count(s) < minCo) {
        continue;
      }
      float cos = (float) pairs.weight(s);
      int x = pairs.first(s);
      int y = pairs.second(s);
      push(best, null, slotOf[x] * NEIGHBOURS, bestSize, x, cos, 0, NEIGHBOURS);
      push(best, null, slotOf[y] * NEIGHBOURS, bestSize, y, cos, 0, NEIGHBOURS);
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
            true));
  }

  /** The smallest of an account's best cosines once it has NEIGHBOURS of them, else 0. */
  private static float kth(float[] best, int slot, int size) {
    return size < NEIGHBOURS ? 0f : best[slot * NEIGHBOURS];
  }

  private static void push(
      float[] w, int[] t, int base, int[] size, int acc, float value, int term) {
    push(w, t, base, size, acc, value, term, TOP_TERMS);
  }

  /** Keeps the capacity largest values in a binary min-heap at w[base..base+capacity). */
  private static void push(
      float[] w,
      int @Nullable [] t,
      int base,
      int[] size,
      int acc,
      float value,
      int term,
      int capacity) {
    int n = size[acc];
    if (n < capacity) {
      int i = n;
      size[acc] = n + 1;
      while (i > 0) {
        int parent = (i - 1) >> 1;
        if (w[base + parent] <= value) {
          break;
        }
        w[base + i] = w[base + parent];
        if (t != null) {
          t[base + i] = t[base + parent];
        }
        i = parent;
      }
      w[base + i] = value;
      if (t != null) {
        t[base + i] = term;
      }
      return;
    }
    if (value <= w[base]) {
      return;
    }
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= n) {
        break;
      }
      int r = l + 1;
      int c = r < n && w[base + r] < w[base + l] ? r : l;
      if (w[base + c] >= value) {
        break;
      }
      w[base + i] = w[base + c];
      if (t != null) {
        t[base + i] = t[base + c];
      }
      i = c;
    }
    w[base + i] = value;
    if (t != null) {
      t[base + i] = term;
    }
  }
}
