package io.vigil.coordination;

/*
 * Coordinated sets: groups of accounts tested as a whole where their pairs, one at a time, fall
 * short of the corrected threshold.
 * - The fault it answers: Benjamini-Hochberg over every pair of active accounts asks a pair for a
 *   p-value near alpha / (number of pairs) when few edges are real. Four accounts that retweet
 *   the same two posts in the same minute among 200 (SmallInputsBenchmark's two-post shapes) have
 *   pairs at 3e-4 against the 1.6e-4 the correction needs: each pair is weak alone, but six such
 *   pairs among four accounts are not chance. The same happens under the interest model, where the
 *   topics explain most edges away and the threshold falls (InterestModel).
 * - Finding the sets (residual): among the links whose p-value is at most alpha / A (A active
 *   accounts: by chance an account gets such a link a fifth of the time at alpha 0.2), the 2-core
 *   (every account strongly linked to two others; a path of strong links, which chance makes, has
 *   none), split into connected groups; a group of three or more with at least half its pairs so
 *   linked is a set. An account linked (by any link given) to at least half of a new set's members
 *   joins it. Chosen on the synthetic control under the interest model (InterestModel's note has
 *   the figures).
 * - Testing a set (firstPass): its members' co-actions summed over every pair among them, against
 *   the sum of the pairs' expectations under the popularity model (every pair of members, those
 *   that shared nothing included), with the same two tails as a pair (NullModel.tail), at alpha
 *   divided by the number of sets. A set that stands has its pairs tested again among themselves:
 *   Benjamini-Hochberg over its s(s-1)/2 pairs at alpha, a family tested because its parent was
 *   found (Yekutieli 2008, "Hierarchical false discovery rate-controlling methodology", JASA
 *   103:309-316; Benjamini & Bogomolov 2014 on selected families). The sets are chosen by the
 *   data and then tested on them, so the test is optimistic; what keeps organic accounts out is
 *   the strong level, the 2-core and the density, measured on the controls (module README).
 * - Sets larger than MAX_FIRST_PASS_SET accounts are not tested in the first pass: their
 *   expectation costs s^2 model look-ups, and a group that large has pairs strong enough alone.
 * - Where its edges count: the first pass marks the edges its sets keep (SignalEdges.bySet); the
 *   detector adds them only when no interest model judges the edges after it (the interest model
 *   runs this same set search on its own p-values). Added before it, they changed the first-pass
 *   clusters the interest model reads its communities from, and on an independent reviewer-style
 *   world live-TV hashtag users and viral reply storms became sets (module README, "Independent
 *   worlds"): mass participation that does not follow activity, which the popularity model
 *   assumes, makes strong links that are not coordination.
 * - Distributed form: runs on the driver over the aggregated pairs, after the per-pair p-values
 *   (SignalEdges.keep), so the one-machine and the Spark first pass keep the same edges.
 */
final class CoordinatedSets {
  private CoordinatedSets() {}

  /** The largest set the first pass tests as a whole. */
  static final int MAX_FIRST_PASS_SET = 400;

  /**
   * The pair-table slots kept because their set stood, and how many sets stood. {@code kept} is
   * null when no set stood.
   */
  record Rescued(boolean @org.jspecify.annotations.Nullable [] kept, int count, int sets) {
    static final Rescued NONE = new Rescued(null, 0, 0);

    boolean keeps(int slot) {
      return kept != null && kept[slot];
    }
  }

  /**
   * The first pass's sets: among the pairs of {@code pairs} with p-values {@code pv} (+infinity:
   * not tested), those above the corrected {@code limit} that a coordinated set, tested whole under
   * {@code chance}, keeps (see the design note). {@code eligible} holds each account's eligible
   * items and {@code active} the active accounts.
   */
  static Rescued firstPass(
      SignalEdges.PairTable pairs,
      double[] pv,
      double limit,
      NullModel.Popularity chance,
      int[] eligible,
      int active,
      double alpha) {
    if (alpha >= 1 || pairs.size() == 0) {
      return Rescued.NONE;
    }
    double strong = alpha / Math.max(1, active);
    double linked = Math.max(strong, limit);
    int m = 0;
    boolean anyStrong = false;
    for (int s = 0; s < pairs.size(); s++) {
      if (pv[s] <= linked) {
        m++;
        anyStrong |= pv[s] <= strong && pv[s] > limit;
      }
    }
    if (!anyStrong) {
      return Rescued.NONE; // every strong link already passed on its own
    }
    int[] a = new int[m];
    int[] b = new int[m];
    double[] p = new double[m];
    m = 0;
    for (int s = 0; s < pairs.size(); s++) {
      if (pv[s] <= linked) {
        a[m] = pairs.first(s);
        b[m] = pairs.second(s);
        p[m++] = pv[s];
      }
    }
    int accounts = eligible.length;
    int[] setOf = new int[accounts];
    int sets = residual(a, b, m, p, setOf, 0, strong, linked);
    if (sets == 0) {
      return Rescued.NONE;
    }
    int[] size = new int[sets + 1];
    for (int g : setOf) {
      size[g]++;
    }
    int[][] members = new int[sets + 1][];
    for (int g = 1; g <= sets; g++) {
      members[g] = new int[size[g]];
      size[g] = 0;
    }
    for (int acc = 0; acc < accounts; acc++) {
      int g = setOf[acc];
      if (g > 0) {
        members[g][size[g]++] = acc;
      }
    }
    // observed: the co-actions and summed idf of the tested pairs inside a set (pairs below the
    // signal's minimum co-actions are left out, as the distributed job drops them before the
    // driver), and each set's tested p-values, gathered in one pass over the pairs
    long[] shared = new long[sets + 1];
    double[] idf = new double[sets + 1];
    int[] tested = new int[sets + 1];
    for (int s = 0; s < pairs.size(); s++) {
      int g = setOf[pairs.first(s)];
      if (g > 0 && g == setOf[pairs.second(s)] && pv[s] != Double.POSITIVE_INFINITY) {
        shared[g] += pairs.count(s);
        idf[g] += pairs.weight(s);
        tested[g]++;
      }
    }
    double[][] inner = new double[sets + 1][];
    for (int g = 1; g <= sets; g++) {
      inner[g] = new double[tested[g]];
      tested[g] = 0;
    }
    for (int s = 0; s < pairs.size(); s++) {
      int g = setOf[pairs.first(s)];
      if (g > 0 && g == setOf[pairs.second(s)] && pv[s] != Double.POSITIVE_INFINITY) {
        inner[g][tested[g]++] = pv[s];
      }
    }
    // expected: every pair of members, then the set's test and the limit among its pairs
    double[] setLimit = new double[sets + 1];
    java.util.Arrays.fill(setLimit, -1);
    int stood = 0;
    for (int g = 1; g <= sets; g++) {
      int[] in = members[g];
      if (in.length > MAX_FIRST_PASS_SET) {
        continue;
      }
      double[] moments = NullModel.Popularity.newMoments();
      for (int i = 0; i < in.length; i++) {
        for (int j = i + 1; j < in.length; j++) {
          chance.addMoments(eligible[in[i]], eligible[in[j]], moments);
        }
      }
      int count = (int) Math.min(Integer.MAX_VALUE, shared[g]);
      if (NullModel.tail(moments, count, idf[g]) > alpha / sets) {
        continue;
      }
      stood++;
      setLimit[g] =
          NullModel.discoveryLimit(
              inner[g], tested[g], (long) in.length * (in.length - 1) / 2, alpha);
    }
    if (stood == 0) {
      return Rescued.NONE;
    }
    boolean[] kept = new boolean[pairs.size()];
    int count = 0;
    for (int s = 0; s < pairs.size(); s++) {
      int g = setOf[pairs.first(s)];
      if (g > 0 && g == setOf[pairs.second(s)] && pv[s] > limit && pv[s] <= setLimit[g]) {
        kept[s] = true;
        count++;
      }
    }
    return new Rescued(kept, count, stood);
  }

  /**
   * {@link #residual(int[], int[], int, double[], int[], int, double, double)} over kept edges,
   * every one of which counts for admission.
   */
  static int residual(SignalEdges edges, double[] p, int[] setOf, int sets, double strong) {
    return residual(edges.a, edges.b, edges.size(), p, setOf, sets, strong, Double.MAX_VALUE);
  }

  /**
   * The share of a residual set's pairs that must be strong links, among the accounts left after
   * peeling those with fewer than two strong links (the 2-core). Without the peeling, a density of
   * one half let paths of two strong links between organic accounts of one time zone through (7-13
   * of 5,000 clustered with a daily cycle in 1 or 24 zones and no group planted); with it, none.
   */
  static final double RESIDUAL_DENSITY = 0.5;

  /**
   * Numbers new sets after {@code sets} into {@code setOf} and returns the last number: among the
   * accounts outside every set and the links whose p-value is at most {@code strong} (alpha / A),
   * the 2-core (each account strongly linked to two others of it), split into connected groups; a
   * group of three or more with at least RESIDUAL_DENSITY of its pairs so linked is a set, and
   * every account outside the sets linked (by a link at most {@code admitLevel}) to at least half
   * of a new set's members joins it.
   *
   * <p>Looser levels were tried (fifth release of 2026-12-07): at 10 and 100 times alpha / A, the
   * k-core of an order a random graph of four times the level's mean degree does not have (Pittel,
   * Spencer & Wormald 1996). On the synthetic control it found 23 more two-post groups of 200 in
   * communities of interest and 9 more among independent interests with no organic account more in
   * a cluster, but on an independent reviewer-style world with live-TV hashtags and reply storms on
   * viral posts it made sets of the event's and the storm's participants (26 % of 316 organic
   * accounts clustered, against 0.3-0.6 % without), so it is not kept: mass participation that does
   * not follow activity, which the popularity model assumes, makes dense moderate links.
   */
  static int residual(
      int[] a,
      int[] b,
      int n,
      double[] p,
      int[] setOf,
      int sets,
      double strong,
      double admitLevel) {
    int first = sets;
    int accounts = setOf.length;
    int[] parent = new int[accounts];
    for (int i = 0; i < accounts; i++) {
      parent[i] = i;
    }
    boolean[] candidate = new boolean[n];
    int[] degree = new int[accounts];
    for (int e = 0; e < n; e++) {
      int x = a[e];
      int y = b[e];
      if (p[e] <= strong && setOf[x] == 0 && setOf[y] == 0) {
        candidate[e] = true;
        degree[x]++;
        degree[y]++;
      }
    }
    peelToTwoCore(a, b, n, candidate, degree);
    for (int e = 0; e < n; e++) {
      if (candidate[e]) {
        int rx = find(parent, a[e]);
        int ry = find(parent, b[e]);
        if (rx != ry) {
          parent[rx] = ry;
        }
      }
    }
    int[] size = new int[accounts];
    long[] links = new long[accounts];
    boolean[] touched = new boolean[accounts];
    for (int e = 0; e < n; e++) {
      if (candidate[e]) {
        links[find(parent, a[e])]++;
        touched[a[e]] = true;
        touched[b[e]] = true;
      }
    }
    for (int acc = 0; acc < accounts; acc++) {
      if (touched[acc]) {
        size[find(parent, acc)]++;
      }
    }
    int[] id = new int[accounts];
    for (int r = 0; r < accounts; r++) {
      if (size[r] >= 3 && links[r] >= RESIDUAL_DENSITY * size[r] * (size[r] - 1) / 2.0) {
        id[r] = ++sets;
      }
    }
    for (int acc = 0; acc < accounts; acc++) {
      if (touched[acc] && id[find(parent, acc)] > 0) {
        setOf[acc] = id[find(parent, acc)];
      }
    }
    admitLinked(a, b, n, p, admitLevel, setOf, first, sets);
    return sets;
  }

  /**
   * Drops from {@code candidate} the links of accounts strongly linked to fewer than two others,
   * again and again, leaving the 2-core (a path of strong links, which chance makes, has none).
   */
  private static void peelToTwoCore(int[] a, int[] b, int n, boolean[] candidate, int[] degree) {
    int accounts = degree.length;
    int[] start = new int[accounts + 1];
    for (int e = 0; e < n; e++) {
      if (candidate[e]) {
        start[a[e] + 1]++;
        start[b[e] + 1]++;
      }
    }
    for (int i = 0; i < accounts; i++) {
      start[i + 1] += start[i];
    }
    int[] incident = new int[start[accounts]];
    int[] fill = java.util.Arrays.copyOf(start, accounts);
    for (int e = 0; e < n; e++) {
      if (candidate[e]) {
        incident[fill[a[e]]++] = e;
        incident[fill[b[e]]++] = e;
      }
    }
    int[] queue = new int[accounts];
    int head = 0;
    int tail = 0;
    for (int acc = 0; acc < accounts; acc++) {
      if (degree[acc] == 1) {
        queue[tail++] = acc;
      }
    }
    while (head < tail) {
      int acc = queue[head++];
      for (int k = start[acc]; k < start[acc + 1]; k++) {
        int e = incident[k];
        if (!candidate[e]) {
          continue;
        }
        candidate[e] = false;
        int other = a[e] == acc ? b[e] : a[e];
        degree[acc]--;
        if (--degree[other] == 1) {
          queue[tail++] = other;
        }
      }
    }
  }

  /**
   * Adds to each set numbered above {@code first} every account outside the sets that the
   * first-pass edges link to at least half of its members (to the set it is linked to most).
   */
  private static void admitLinked(
      int[] a, int[] b, int n, double[] p, double admitLevel, int[] setOf, int first, int sets) {
    int accounts = setOf.length;
    // an account outside every set with first-pass links to at least half of a new set joins it
    // (members of a group of 20 sharing three posts whose own pairs fell short of the strong
    // level: the group's cluster held 10-17 of its 20 before, 16-20 after)
    int[] newSize = new int[sets + 1];
    for (int acc = 0; acc < accounts; acc++) {
      if (setOf[acc] > first) {
        newSize[setOf[acc]]++;
      }
    }
    java.util.Map<Long, Integer> ties = new java.util.HashMap<>();
    for (int e = 0; e < n; e++) {
      int x = a[e];
      int y = b[e];
      if (p[e] > admitLevel) {
        continue;
      }
      if (setOf[x] == 0 && setOf[y] > first) {
        ties.merge(((long) x << 32) | setOf[y], 1, Integer::sum);
      } else if (setOf[y] == 0 && setOf[x] > first) {
        ties.merge(((long) y << 32) | setOf[x], 1, Integer::sum);
      }
    }
    int[] joins = new int[accounts];
    int[] best = new int[accounts];
    for (java.util.Map.Entry<Long, Integer> t : ties.entrySet()) {
      int acc = (int) (t.getKey() >>> 32);
      int g = (int) (t.getKey() & 0xffffffffL);
      boolean better = t.getValue() > best[acc] || (t.getValue() == best[acc] && g < joins[acc]);
      if (2 * t.getValue() >= newSize[g] && better) {
        best[acc] = t.getValue();
        joins[acc] = g;
      }
    }
    for (int acc = 0; acc < accounts; acc++) {
      if (joins[acc] > 0) {
        setOf[acc] = joins[acc];
      }
    }
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
