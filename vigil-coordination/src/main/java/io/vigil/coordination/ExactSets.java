package io.vigil.coordination;

import java.util.Arrays;

/*
 * Exact sets: accounts that, all of them and nobody else, acted on the same two or more items.
 * - The fault it answers (sixth release of 2026-12-07, found on the independent reviewer-style
 *   worlds of bench/independent-worlds): thirty accounts posting the same two links, which nobody
 *   else posted, within the same second were not found, nor were thirty accounts using two
 *   hashtags of their own in ten bursts. Each pair shares two items of degree 30 among 1,500-1,750
 *   active accounts; the pair's count test is dominated by the popular news links and topic tags
 *   every account also shares (co-link's corrected threshold was 2.4e-4, no co-hashtag pair passed
 *   at all), and the idf-weighted Chernoff bound is loose. Coordinated sets (CoordinatedSets) start
 *   from pairs already strong one by one (p <= alpha / A), so they do not see it either. The
 *   evidence is the group's, not any pair's: every one of the thirty acted on exactly the same
 *   items.
 * - The test: under the popularity model (NullModel: account a acts on an item of degree k with
 *   probability min(1, n_a k / K)), an item of degree k has exactly the actors S with probability
 *   at most pi_S = prod over a in S of min(1, n_a k / K). Given one item with actors S, the number
 *   of the other E_k - 1 eligible items of that degree with the same actors is at most Poisson with
 *   mean (E_k - 1) pi_S; m items with actors S have p = P(X >= m - 1). Every eligible item of
 *   degree 3 or more proposes its actor set, so the sets are tested at alpha over the number of
 *   such items (Bonferroni). Three accounts sharing two items of degree 3 among 2,000 accounts of
 *   about 15 items each: pi = 1e-7, found; three of the most active accounts (300 items of 30,000)
 *   sharing two such items: pi = 2e-5 times thousands of items of degree 3, not found.
 * - Only sets that acted at two separate moments or more (their actions on the items, in time
 *   order, more than the signal's window apart somewhere) are tested. Items always acted on in the
 *   same posts are one act: in an independent world's evening of live television, the 87 accounts
 *   that posted about the show all used its hashtag and the episode's, which made an exact set of
 *   87 (27 % of a 316-account world clustered) until this rule.
 * - What a set that stands adds: an edge for each pair of its members that acted within the
 *   signal's window on at least the signal's minimum number of its items and that the first pass
 *   did not keep, with the set's p-value; its weight is the weighted Ochiai coefficient of those
 *   items, as for any edge.
 * - Where it runs: on one machine, after the first pass and before clustering and the interest
 *   model (which judges these edges again, as every first-pass edge). The Spark first pass
 *   (vigil-coordination-spark) does not run it, as it does not run the interest model; its edges
 *   equal SignalEdges.compute's, which this step leaves untouched.
 * - Reads only its arguments.
 */
final class ExactSets {
  private ExactSets() {}

  /** The smallest set: two accounts sharing items are a pair, which the pair test judges. */
  static final int MIN_ACCOUNTS = 3;

  /** The edges of {@code edges} plus those of its signal's exact sets that stand. */
  static SignalEdges add(SignalEdges edges, ItemGroups groups, DetectionOptions options) {
    SignalEdges.Chance chance = edges.chance;
    Signal signal = edges.signal;
    double[] idfPerAccount = chance == null ? null : chance.idfPerAccount();
    if (chance == null
        || idfPerAccount == null
        || chance.countOnly()
        || !signal.hasCoActionWindow()
        || options.alpha() >= 1
        || edges.itemIdf.length != groups.itemCount()) {
      return edges;
    }
    int[] degree = chance.degree();
    int items = degree.length;
    // the eligible items of degree >= 3, by the hash of their sorted distinct actors
    long total = 0;
    int candidates = 0;
    int maxDegree = 0;
    for (int it = 0; it < items; it++) {
      total += degree[it];
      if (degree[it] >= MIN_ACCOUNTS && edges.itemIdf[it] > 0) {
        candidates++;
        maxDegree = Math.max(maxDegree, degree[it]);
      }
    }
    if (candidates < 2) {
      return edges;
    }
    int[] ofDegree = new int[maxDegree + 1];
    long[] keyed = new long[candidates];
    int[][] actorsOf = new int[items][];
    int n = 0;
    for (int it = 0; it < items; it++) {
      if (degree[it] >= MIN_ACCOUNTS && edges.itemIdf[it] > 0) {
        int[] actors = distinctActors(groups, it);
        actorsOf[it] = actors;
        ofDegree[actors.length]++;
        keyed[n++] = (hash(actors) & ~0xFFFFFFFFL) | it;
      }
    }
    // an item index fits in the low 32 bits; items of one hash sort together
    Arrays.sort(keyed);
    long[] pairs = SignalEdges.pairKeys(edges);
    SignalEdges.Kept added = new SignalEdges.Kept(16);
    int minCo = options.settings().get(signal).minCoActions();
    long window = options.coActionWindowSeconds(signal);
    double level = options.alpha() / candidates;
    int start = 0;
    while (start < candidates) {
      int end = start + 1;
      while (end < candidates && (keyed[end] >>> 32) == (keyed[start] >>> 32)) {
        end++;
      }
      if (end - start >= 2) {
        // the items of this hash with exactly the first one's actors (a hash collision aside)
        int first = (int) keyed[start];
        int[] set = actorsOf[first];
        int[] same = new int[end - start];
        int m = 0;
        for (int j = start; j < end; j++) {
          int it = (int) keyed[j];
          if (Arrays.equals(actorsOf[it], set)) {
            same[m++] = it;
          }
        }
        if (m >= 2 && moments(groups, same, m, window) >= 2) {
          double p = pValue(set, m, ofDegree[set.length], chance.eligible(), total);
          if (p <= level) {
            addPairs(
                groups,
                Arrays.copyOf(same, m),
                set,
                window,
                minCo,
                p,
                edges.itemIdf,
                idfPerAccount,
                pairs,
                added);
          }
        }
      }
      start = end;
    }
    return added.size() == 0 ? edges : edges.with(added);
  }

  /**
   * The p-value of m items of degree k = |set| having exactly {@code set} for actors, among the
   * {@code ofDegree} eligible items of that degree (see the design note).
   */
  static double pValue(int[] set, int m, int ofDegree, int[] eligible, long total) {
    double logPi = 0;
    int k = set.length;
    for (int acc : set) {
      logPi += Math.log(Math.min(1.0, (double) eligible[acc] * k / total));
    }
    double mean = Math.max(0, ofDegree - 1) * Math.exp(logPi);
    return NullModel.poissonTail(m - 1, mean);
  }

  /**
   * The separate moments at which the set acted on its items: their actions sorted by time, split
   * where two follow each other by more than the window. One moment is one act, however many items
   * it touched (a show's hashtag and its episode's, both in every post of the evening).
   */
  static int moments(ItemGroups groups, int[] items, int m, long window) {
    int total = 0;
    for (int i = 0; i < m; i++) {
      total += groups.offsets[items[i] + 1] - groups.offsets[items[i]];
    }
    int[] times = new int[total];
    int n = 0;
    for (int i = 0; i < m; i++) {
      for (int e = groups.offsets[items[i]]; e < groups.offsets[items[i] + 1]; e++) {
        times[n++] = ItemGroups.time(groups.entries[e]);
      }
    }
    Arrays.sort(times);
    int moments = 1;
    for (int i = 1; i < n; i++) {
      if ((long) times[i] - times[i - 1] > window) {
        moments++;
      }
    }
    return moments;
  }

  /** Adds an edge for each pair of the set co-acting within the window on minCo of its items. */
  private static void addPairs(
      ItemGroups groups,
      int[] items,
      int[] set,
      long window,
      int minCo,
      double p,
      double[] itemIdf,
      double[] idfPerAccount,
      long[] existing,
      SignalEdges.Kept added) {
    int s = set.length;
    int[] count = new int[s * s];
    double[] idf = new double[s * s];
    int[] last = new int[s];
    for (int it : items) {
      // each member's times on the item; a pair co-acts when two of them are within the window
      Arrays.fill(last, Integer.MIN_VALUE);
      boolean[] counted = new boolean[s * s];
      for (int e = groups.offsets[it]; e < groups.offsets[it + 1]; e++) {
        long entry = groups.entries[e];
        int x = Arrays.binarySearch(set, ItemGroups.account(entry));
        int t = ItemGroups.time(entry);
        for (int y = 0; y < s; y++) {
          if (y != x && last[y] != Integer.MIN_VALUE && (long) t - last[y] <= window) {
            int lo = Math.min(x, y);
            int hi = Math.max(x, y);
            if (!counted[lo * s + hi]) {
              counted[lo * s + hi] = true;
              count[lo * s + hi]++;
              idf[lo * s + hi] += itemIdf[it];
            }
          }
        }
        last[x] = t;
      }
    }
    for (int x = 0; x < s; x++) {
      for (int y = x + 1; y < s; y++) {
        int c = count[x * s + y];
        long key = SignalEdges.pairKey(set[x], set[y]);
        if (c >= minCo && Arrays.binarySearch(existing, key) < 0) {
          double w = idf[x * s + y] / Math.sqrt(idfPerAccount[set[x]] * idfPerAccount[set[y]]);
          added.add(set[x], set[y], c, Math.min(1.0, w), p, idf[x * s + y]);
          added.markExact();
        }
      }
    }
  }

  private static int[] distinctActors(ItemGroups groups, int item) {
    int from = groups.offsets[item];
    int to = groups.offsets[item + 1];
    int[] actors = new int[to - from];
    for (int e = from; e < to; e++) {
      actors[e - from] = ItemGroups.account(groups.entries[e]);
    }
    Arrays.sort(actors);
    int n = 0;
    for (int i = 0; i < actors.length; i++) {
      if (i == 0 || actors[i] != actors[i - 1]) {
        actors[n++] = actors[i];
      }
    }
    return Arrays.copyOf(actors, n);
  }

  private static long hash(int[] actors) {
    long h = 0x9E3779B97F4A7C15L;
    for (int a : actors) {
      h = (h ^ a) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return h;
  }
}
