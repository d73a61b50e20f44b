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
 * - Bursts (seventh release of 2026-12-07): a group that retweets posts others retweet too, or
 *   uses a popular hashtag, has no item of its own, so no item proposes its set; in the
 *   independent two-action retweet worlds 1 of 16 groups was found, and none of the groups using a
 *   popular hashtag in bursts. What it has of its own are its moments: so each burst inside an
 *   item (its actions following each other by at most BURST_GAP seconds) of 3 or more distinct
 *   accounts, fewer than all of the item's, proposes its actors too, a burst being an item of
 *   that many actors for the test above (E_k counts both; a burst of k accounts drawn by activity
 *   has exactly S with the same pi_S), and the Bonferroni count includes the bursts. Thirty
 *   accounts retweeting two middling posts within the same minute (organic retweets of those
 *   posts spread over hours around them) are then a set at p = 1e-58. A set must be exact: a
 *   group's burst that an ordinary retweeter falls into is not its set (groups acting over five
 *   minutes or an hour are still missed where others act on the same items). A second gap of 300
 *   seconds was tried and moved nothing in those worlds.
 * - Only sets that acted at two separate moments or more (their actions on the items, in time
 *   order, more than the signal's window apart somewhere) are tested. Items always acted on in the
 *   same posts are one act: in an independent world's evening of live television, the 87 accounts
 *   that posted about the show all used its hashtag and the episode's, which made an exact set of
 *   87 (27 % of a 316-account world clustered) until this rule.
 * - What a set that stands adds: an edge for each pair of its members that acted within the
 *   signal's window on at least the signal's minimum number of its items, with the set's p-value
 *   and marked as the set's (SignalEdges.exact); its weight is the weighted Ochiai coefficient of
 *   those items, as for any edge. Where every one of the set's items (or bursts) is a single
 *   burst, a pair the first pass kept already keeps its weight and is marked too (seventh
 *   release: before, the interest model could explain such a pair away one by one, and a group of
 *   three retweeting three posts in the same second was lost). Shared interest explains which
 *   items accounts share, not that they acted on them within a minute of each other at separate
 *   moments; it can explain the same three topic accounts being an item's only retweeters twice,
 *   which the popularity model here, blind to topics, takes for rarer than it is (marking those
 *   too clustered two accounts of a topic in CoordinationDetectorTest's world of ten topics).
 * - Where it runs: on one machine, after the first pass and before clustering and the interest
 *   model, which keeps the sets' edges and leaves them out of its Benjamini-Hochberg correction
 *   (InterestModel). The Spark first pass (vigil-coordination-spark) does not run it, as it does
 *   not run the interest model; its edges equal SignalEdges.compute's, which this step leaves
 *   untouched.
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
    long total = 0;
    for (int it = 0; it < items; it++) {
      total += degree[it];
    }
    Proposals proposals = Proposals.of(groups, degree, edges.itemIdf);
    int candidates = proposals.size();
    if (candidates < 2) {
      return edges;
    }
    int[] ofDegree = new int[proposals.maxSize + 1];
    long[] keyed = new long[candidates];
    for (int j = 0; j < candidates; j++) {
      int[] actors = proposals.actors[j];
      ofDegree[actors.length]++;
      keyed[j] = (hash(actors) & ~0xFFFFFFFFL) | j;
    }
    // a proposal index fits in the low 32 bits; proposals of one hash sort together
    Arrays.sort(keyed);
    long[] pairs = SignalEdges.pairKeys(edges);
    SignalEdges.Kept added = new SignalEdges.Kept(16);
    java.util.Map<Long, Double> promoted = new java.util.HashMap<>();
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
        // the proposals of this hash with exactly the first one's actors (a hash collision aside)
        int[] set = proposals.actors[(int) keyed[start]];
        int[] same = new int[end - start];
        int m = 0;
        for (int j = start; j < end; j++) {
          int q = (int) keyed[j];
          if (Arrays.equals(proposals.actors[q], set)) {
            same[m++] = q;
          }
        }
        same = Arrays.copyOf(same, m);
        Arrays.sort(same); // in item order, then time order within an item
        if (m >= 2 && moments(groups, proposals, same, window) >= 2) {
          double p = pValue(set, m, ofDegree[set.length], chance.eligible(), total);
          if (p <= level) {
            boolean timed = true;
            for (int q : same) {
              timed &= !proposals.loose.get(q);
            }
            addPairs(
                groups,
                proposals,
                same,
                timed,
                set,
                window,
                minCo,
                p,
                edges.itemIdf,
                idfPerAccount,
                pairs,
                promoted,
                added);
          }
        }
      }
      start = end;
    }
    return added.size() == 0 && promoted.isEmpty() ? edges : edges.with(added, promoted);
  }

  /**
   * The actor sets proposed for testing, in item order: each eligible item of degree 3 or more
   * proposes its distinct actors, and each burst inside an item (actions following each other by at
   * most BURST_GAP seconds) of 3 or more distinct accounts, fewer than all of the item's, proposes
   * its own. An entry range [from, to) of the item's time-sorted actions goes with each.
   */
  static final class Proposals {
    final int[] item;
    final int[] from;
    final int[] to;
    final int[][] actors;

    /** The proposals whose actions are more than one burst (items only: a burst is one). */
    final java.util.BitSet loose;

    final int maxSize;

    private Proposals(
        int[] item, int[] from, int[] to, int[][] actors, java.util.BitSet loose, int maxSize) {
      this.item = item;
      this.from = from;
      this.to = to;
      this.actors = actors;
      this.loose = loose;
      this.maxSize = maxSize;
    }

    int size() {
      return item.length;
    }

    static Proposals of(ItemGroups groups, int[] degree, double[] itemIdf) {
      IntArray item = new IntArray(1024);
      IntArray from = new IntArray(1024);
      IntArray to = new IntArray(1024);
      java.util.List<int[]> actors = new java.util.ArrayList<>();
      java.util.BitSet loose = new java.util.BitSet();
      int maxSize = 0;
      for (int it = 0; it < degree.length; it++) {
        if (degree[it] < MIN_ACCOUNTS || itemIdf[it] <= 0) {
          continue;
        }
        int lo = groups.offsets[it];
        int hi = groups.offsets[it + 1];
        int[] all = distinctActors(groups, lo, hi);
        int whole = item.size();
        item.add(it);
        from.add(lo);
        to.add(hi);
        actors.add(all);
        maxSize = Math.max(maxSize, all.length);
        int burst = lo;
        for (int e = lo + 1; e <= hi; e++) {
          if (e == hi
              || (long) ItemGroups.time(groups.entries[e]) - ItemGroups.time(groups.entries[e - 1])
                  > BURST_GAP) {
            if (e < hi) {
              loose.set(whole); // the item's actions are more than one burst
            }
            if (e - burst >= MIN_ACCOUNTS && e - burst < hi - lo) {
              int[] in = distinctActors(groups, burst, e);
              if (in.length >= MIN_ACCOUNTS && in.length < all.length) {
                item.add(it);
                from.add(burst);
                to.add(e);
                actors.add(in);
              }
            }
            burst = e;
          }
        }
      }
      return new Proposals(
          item.toArray(),
          from.toArray(),
          to.toArray(),
          actors.toArray(new int[0][]),
          loose,
          maxSize);
    }
  }

  /** The most seconds between two actions of one burst (see Proposals). */
  static final long BURST_GAP = 60;

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
  static int moments(ItemGroups groups, Proposals proposals, int[] same, long window) {
    int total = 0;
    for (int q : same) {
      total += proposals.to[q] - proposals.from[q];
    }
    int[] times = new int[total];
    int n = 0;
    for (int q : same) {
      for (int e = proposals.from[q]; e < proposals.to[q]; e++) {
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

  /**
   * Adds an edge for each pair of the set co-acting within the window on minCo of its items (the
   * proposals {@code same}, in item order; an item counts once per pair).
   */
  private static void addPairs(
      ItemGroups groups,
      Proposals proposals,
      int[] same,
      boolean timed,
      int[] set,
      long window,
      int minCo,
      double p,
      double[] itemIdf,
      double[] idfPerAccount,
      long[] existing,
      java.util.Map<Long, Double> promoted,
      SignalEdges.Kept added) {
    int s = set.length;
    int[] count = new int[s * s];
    double[] idf = new double[s * s];
    int[] last = new int[s];
    boolean[] counted = new boolean[s * s];
    int item = -1;
    for (int q : same) {
      int it = proposals.item[q];
      if (it != item) {
        // each member's times on the item; a pair co-acts when two of them are within the window
        item = it;
        Arrays.fill(last, Integer.MIN_VALUE);
        Arrays.fill(counted, false);
      }
      for (int e = proposals.from[q]; e < proposals.to[q]; e++) {
        long entry = groups.entries[e];
        int x = Arrays.binarySearch(set, ItemGroups.account(entry));
        if (x < 0) {
          continue;
        }
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
        if (c < minCo) {
          continue;
        }
        if (Arrays.binarySearch(existing, key) >= 0) {
          if (!timed) {
            continue; // judged by the interest model as it was
          }
          // kept by the first pass already: marked as the set's, so that the interest model does
          // not explain away, pair by pair, what the set's test showed
          promoted.merge(key, p, Math::min);
        } else {
          double w = idf[x * s + y] / Math.sqrt(idfPerAccount[set[x]] * idfPerAccount[set[y]]);
          added.add(set[x], set[y], c, Math.min(1.0, w), p, idf[x * s + y]);
          added.markExact();
        }
      }
    }
  }

  private static int[] distinctActors(ItemGroups groups, int from, int to) {
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
