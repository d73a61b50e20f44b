package io.vigil.coordination;

import java.util.Arrays;

/*
 * The "aggregate by account pair" step of one signal, and its filtering.
 * - Item weight (Pacheco et al. 2021's TF-IDF idea, in its binary form): idf = ln(A / k) for an
 *   item shared by k of the signal's A active accounts. Items with k > maxItemAccounts are dropped
 *   outright (bounded fan-out: QUT's and CooRnet's cost is the sum of k^2 and a trending hashtag
 *   is evidence of nothing), as are items every active account touched (idf 0) and, with 50 or
 *   more active accounts, items more than half of them touched (eligible: trending).
 * - Co-action (QUT's definition): two accounts acted on the same item within the window. Each
 *   pair counts an item once, however many times they repeated it (QUT PR #26: distinct messages).
 *   The sweep keeps, for the current item, the distinct accounts seen inside the window, so an
 *   account repeating an item 1,000 times costs 1,000 steps, not 1,000^2.
 * - Pair weight: the summed idf of the shared items, normalised by sqrt(S_a * S_b) where S_a is the
 *   summed idf of a's eligible items: a weighted Ochiai coefficient in [0, 1], so a prolific account
 *   does not attach to everyone and signals are comparable before they are added up.
 * - Kept edges: at least minCoActions shared items and a shared-item count the NullModel calls
 *   unlikely, given how many items each account touched (items no one else touched included), how
 *   popular they are and how often their actors acted on them within the window. Every pair of the signal's active accounts is a
 *   hypothesis (a pair with fewer than minCoActions co-actions has p = 1), and the hypotheses are
 *   corrected together (Benjamini-Hochberg) so that the expected share of chance edges among the
 *   kept ones is at most alpha. Without the correction a per-pair level of 1e-3 over millions of
 *   candidate pairs kept thousands of chance edges.
 * The function reads only its arguments and returns a fresh value, so a distributed job can run it
 * per partition of items and reduce pair partials by key.
 */
final class SignalEdges {
  final Signal signal;
  final int[] a;
  final int[] b;
  final int[] coActions;
  final double[] weight;
  final double[] itemIdf;

  /** Per edge: its p-value under the signal's null model, and the summed idf of its items. */
  final double[] pValue;

  final double[] sharedIdf;

  /** What the popularity null model was built from, for a second look (InterestModel); or null. */
  final @org.jspecify.annotations.Nullable Chance chance;

  /**
   * Of these edges, how many were kept because their coordinated set, tested whole, stood (they did
   * not pass the corrected threshold alone); and how many sets stood (CoordinatedSets).
   */
  final int keptBySet;

  final int sets;

  /** Per edge, whether it was kept only because its coordinated set stood; null when none was. */
  final boolean @org.jspecify.annotations.Nullable [] bySet;

  /**
   * Per edge, whether an exact set stands for it (ExactSets: added by the set, or kept by the first
   * pass and marked as the set's): its p-value is the set's, or the pair's where smaller, and the
   * interest model does not judge it again; null when there is none.
   */
  final boolean @org.jspecify.annotations.Nullable [] exact;

  /**
   * The inputs of a signal's popularity model: who acted on each item, the eligible items' degrees
   * (0: not eligible) and chances of being acted on together within the window (null: always), each
   * account's number of eligible items and their summed idf (the pair weights' normaliser; null
   * where the weight is no summed idf), the active accounts, the number of hypotheses (pairs of
   * active accounts), whether the first pass tested only the count of shared items (profile terms,
   * whose pair weight is a cosine, not a summed idf), and the loose exact sets: sets that stood
   * against this model but acted over minutes rather than in single bursts, whose pairs the first
   * pass kept are left to the interest model, which tests the set again (ExactSets.LooseSet).
   */
  record Chance(
      ItemActors actors,
      int[] degree,
      double @org.jspecify.annotations.Nullable [] together,
      int[] eligible,
      double @org.jspecify.annotations.Nullable [] idfPerAccount,
      int active,
      long hypotheses,
      boolean countOnly,
      java.util.List<ExactSets.LooseSet> looseSets) {
    Chance {
      looseSets = java.util.List.copyOf(looseSets);
    }

    /** The same model with these loose exact sets. */
    Chance withLooseSets(java.util.List<ExactSets.LooseSet> sets) {
      return new Chance(
          actors, degree, together, eligible, idfPerAccount, active, hypotheses, countOnly, sets);
    }
  }

  /** The same edges without the model inputs, once no second look needs them. */
  SignalEdges released() {
    return new SignalEdges(
        signal, a, b, coActions, weight, itemIdf, pValue, sharedIdf, null, keptBySet, sets, bySet,
        exact);
  }

  /**
   * The edges that passed the corrected threshold on their own, without those kept only by their
   * coordinated set (this when there are none), but with those an exact set also stands for
   * (ExactSets) or left to the interest model with a loose exact set. The interest model starts
   * from these: a set's test belongs to the model that judges the edges last (see
   * CoordinationDetector).
   */
  SignalEdges alone() {
    if (bySet == null) {
      return this;
    }
    // a loose exact set's pairs are the interest model's to judge with their set (ExactSets
    // LooseSet): kept for it, whatever kept them here (until the tenth release of 2026-12-08 a
    // pair that a first-pass coordinated set had kept was dropped here, and with it the set: three
    // accounts using the same two tags of their own together, three times, were not found)
    long[] loose = new long[0];
    if (chance != null && !chance.looseSets().isEmpty()) {
      loose = chance.looseSets().stream().flatMapToLong(l -> Arrays.stream(l.pairs())).toArray();
      Arrays.sort(loose);
    }
    Kept kept = new Kept(size());
    for (int e = 0; e < size(); e++) {
      if (!bySet[e] || exact(e) || Arrays.binarySearch(loose, pairKey(a[e], b[e])) >= 0) {
        copyTo(kept, e);
      }
    }
    return kept.build(signal, itemIdf, chance);
  }

  /** Adds edge e to {@code kept}, with its marks. */
  private void copyTo(Kept kept, int e) {
    copyTo(kept, e, pValue[e]);
  }

  /** Adds edge e to {@code kept} with p-value {@code p}, with its marks. */
  private void copyTo(Kept kept, int e, double p) {
    kept.add(a[e], b[e], coActions[e], weight[e], p, sharedIdf[e]);
    if (bySet != null && bySet[e]) {
      kept.markBySet();
    }
    if (exact(e)) {
      kept.markExact();
    }
  }

  /**
   * These edges followed by those of {@code more} (pairs not among these), with their marks; the
   * edges of the pairs in {@code exactly} (pair key to an exact set's p-value) are marked as the
   * exact set's too, with the smaller of the two p-values.
   */
  SignalEdges with(Kept more, java.util.Map<Long, Double> exactly) {
    return with(more, exactly, java.util.List.of());
  }

  /** As {@link #with(Kept, java.util.Map)}, the model also carrying these loose exact sets. */
  SignalEdges with(
      Kept more, java.util.Map<Long, Double> exactly, java.util.List<ExactSets.LooseSet> loose) {
    SignalEdges extra = more.build(signal, itemIdf, null);
    Kept all = new Kept(size() + extra.size());
    for (int e = 0; e < size(); e++) {
      Double p = exactly.get(pairKey(a[e], b[e]));
      copyTo(all, e, p == null ? pValue[e] : Math.min(p, pValue[e]));
      if (p != null) {
        all.markExact();
      }
    }
    for (int e = 0; e < extra.size(); e++) {
      extra.copyTo(all, e);
    }
    Chance model = chance == null || loose.isEmpty() ? chance : chance.withLooseSets(loose);
    return all.build(signal, itemIdf, model, keptBySet, sets);
  }

  /** Whether edge e was added by an exact set. */
  boolean exact(int e) {
    return exact != null && exact[e];
  }

  /** The key of the pair of accounts x and y, in either order. */
  static long pairKey(int x, int y) {
    return ((long) Math.min(x, y) << 32) | (Math.max(x, y) & 0xFFFFFFFFL);
  }

  /** The sorted pair keys of the edges. */
  static long[] pairKeys(SignalEdges edges) {
    long[] keys = new long[edges.size()];
    for (int e = 0; e < keys.length; e++) {
      keys[e] = pairKey(edges.a[e], edges.b[e]);
    }
    Arrays.sort(keys);
    return keys;
  }

  private SignalEdges(
      Signal signal,
      int[] a,
      int[] b,
      int[] coActions,
      double[] weight,
      double[] itemIdf,
      double[] pValue,
      double[] sharedIdf,
      @org.jspecify.annotations.Nullable Chance chance,
      int keptBySet,
      int sets,
      boolean @org.jspecify.annotations.Nullable [] bySet,
      boolean @org.jspecify.annotations.Nullable [] exact) {
    this.signal = signal;
    this.a = a;
    this.b = b;
    this.coActions = coActions;
    this.weight = weight;
    this.itemIdf = itemIdf;
    this.pValue = pValue;
    this.sharedIdf = sharedIdf;
    this.chance = chance;
    this.keptBySet = keptBySet;
    this.sets = sets;
    this.bySet = bySet;
    this.exact = exact;
  }

  int size() {
    return a.length;
  }

  /** The edges a signal keeps, collected in pair order (every signal filters its pairs so). */
  static final class Kept {
    private int[] a;
    private int[] b;
    private int[] coActions;
    private double[] weight;
    private double[] pValue;
    private double[] sharedIdf;
    private boolean @org.jspecify.annotations.Nullable [] bySet;
    private boolean @org.jspecify.annotations.Nullable [] exact;
    private int n;

    Kept(int capacity) {
      a = new int[capacity];
      b = new int[capacity];
      coActions = new int[capacity];
      weight = new double[capacity];
      pValue = new double[capacity];
      sharedIdf = new double[capacity];
    }

    /**
     * An edge of {@code shared} items, normalised weight {@code w}, p-value {@code p} and summed
     * item idf {@code idfSum}.
     */
    void add(int x, int y, int shared, double w, double p, double idfSum) {
      if (n == a.length) {
        int grown = Math.max(16, 2 * n);
        a = Arrays.copyOf(a, grown);
        b = Arrays.copyOf(b, grown);
        coActions = Arrays.copyOf(coActions, grown);
        weight = Arrays.copyOf(weight, grown);
        pValue = Arrays.copyOf(pValue, grown);
        sharedIdf = Arrays.copyOf(sharedIdf, grown);
        if (bySet != null) {
          bySet = Arrays.copyOf(bySet, grown);
        }
        if (exact != null) {
          exact = Arrays.copyOf(exact, grown);
        }
      }
      a[n] = x;
      b[n] = y;
      coActions[n] = shared;
      pValue[n] = p;
      sharedIdf[n] = idfSum;
      weight[n++] = w;
    }

    int size() {
      return n;
    }

    /** Marks the edge just added as kept only because its coordinated set stood. */
    void markBySet() {
      if (bySet == null) {
        bySet = new boolean[a.length];
      }
      bySet[n - 1] = true;
    }

    /** Marks the edge just added as added by its exact set (ExactSets). */
    void markExact() {
      if (exact == null) {
        exact = new boolean[a.length];
      }
      exact[n - 1] = true;
    }

    SignalEdges build(
        Signal signal, double[] itemIdf, @org.jspecify.annotations.Nullable Chance chance) {
      return build(signal, itemIdf, chance, 0, 0);
    }

    /** The edges, {@code keptBySet} of them kept by {@code sets} coordinated sets. */
    SignalEdges build(
        Signal signal,
        double[] itemIdf,
        @org.jspecify.annotations.Nullable Chance chance,
        int keptBySet,
        int sets) {
      return new SignalEdges(
          signal,
          Arrays.copyOf(a, n),
          Arrays.copyOf(b, n),
          Arrays.copyOf(coActions, n),
          Arrays.copyOf(weight, n),
          itemIdf,
          Arrays.copyOf(pValue, n),
          Arrays.copyOf(sharedIdf, n),
          chance,
          keptBySet,
          sets,
          bySet == null ? null : Arrays.copyOf(bySet, n),
          exact == null ? null : Arrays.copyOf(exact, n));
    }
  }

  static SignalEdges compute(ItemGroups groups, int accountCount, DetectionOptions options) {
    Signal signal = groups.signal;
    long window = options.coActionWindowSeconds(signal);
    int cap = options.maxItemAccounts();
    int items = groups.itemCount();

    // active accounts of this signal
    boolean[] active = new boolean[accountCount];
    int activeCount = 0;
    for (long e : groups.entries) {
      int acc = ItemGroups.account(e);
      if (!active[acc]) {
        active[acc] = true;
        activeCount++;
      }
    }
    double[] idf = new double[items];
    int[] eligiblePerAccount = new int[accountCount];
    double[] idfPerAccount = new double[accountCount];
    int[] stamp = new int[accountCount];
    Arrays.fill(stamp, -1);
    int eligible = 0;
    int[] degree = new int[items];
    for (int it = 0; it < items; it++) {
      int k = groups.distinctAccounts[it];
      if (k == 1 && activeCount > 1) {
        // an item only one account acted on is never shared, but it was one of that account's
        // chances to share: it counts in the account's degree and in K (with no chance of being
        // acted on together), so an account whose only shared items are a group's is not taken
        // for an account that shares everything it touches
        degree[it] = 1;
        eligiblePerAccount[ItemGroups.account(groups.entries[groups.offsets[it]])]++;
        continue;
      }
      if (!eligible(k, activeCount, cap)) {
        continue;
      }
      idf[it] = Math.log((double) activeCount / k);
      degree[it] = k;
      eligible++;
      for (int e = groups.offsets[it]; e < groups.offsets[it + 1]; e++) {
        int acc = ItemGroups.account(groups.entries[e]);
        if (stamp[acc] != it) {
          stamp[acc] = it;
          eligiblePerAccount[acc]++;
          idfPerAccount[acc] += idf[it];
        }
      }
    }

    // the window credit: per item, the share of its actor pairs that acted within the window
    int @org.jspecify.annotations.Nullable [] together =
        signal.itemsRepeatByNature() ? null : new int[items];
    PairTable pairs =
        pairs(groups, idf, 0, items, window, Math.min(accountCount, cap), eligible, together);
    double[] chanceTogether = new double[items];
    for (int it = 0; it < items; it++) {
      chanceTogether[it] = chanceTogether(degree[it], together == null ? -1 : together[it]);
    }
    return keep(
        signal,
        pairs,
        degree,
        chanceTogether,
        eligiblePerAccount,
        idfPerAccount,
        activeCount,
        idf,
        groups,
        options);
  }

  /**
   * Whether an item of {@code k} distinct actors is evidence: shared (k >= 2), within the cap, and
   * not trending: acted on by fewer than all the active accounts and, where there are at least
   * TREND_MIN_ACCOUNTS of them, by at most TREND_SHARE of them. An item most accounts acted on says
   * nothing about which of them act together (idf below ln 2), the co-action analogue of
   * ContentSimilarity's MAX_DF_SHARE. Until the fifth release of 2026-12-07 only the cap and "all
   * accounts" applied: in an independent reviewer-style world of 388 accounts, three viral posts
   * retweeted in bursts by 293-300 of them linked 289 of 316 organic accounts into one cluster
   * (activity-proportional participation, the null model's assumption, does not hold for a viral
   * post: it reaches the quiet accounts too).
   */
  static boolean eligible(int k, long activeCount, int cap) {
    if (k < 2 || k > cap || k >= activeCount) {
      return false;
    }
    return activeCount < TREND_MIN_ACCOUNTS || k <= TREND_SHARE * activeCount;
  }

  /** The share of the active accounts above which an item is trending (see eligible). */
  static final double TREND_SHARE = 0.5;

  /** Below this many active accounts there is no background to tell a trend from a group. */
  static final int TREND_MIN_ACCOUNTS = 50;

  /**
   * An item's chance that two of its actors acted within the window: the share of its actor pairs
   * that did ({@code together} of them; negative: items that repeat by nature, always), and 0 for
   * an item of one account, which no pair shares.
   */
  static double chanceTogether(int degree, int together) {
    if (degree < 2) {
      return 0;
    }
    return together < 0 ? 1.0 : Math.min(1.0, together / (degree * (degree - 1.0) / 2));
  }

  /**
   * The filtering of aggregated pairs (the driver's part in a distributed job): each pair's p-value
   * under the popularity null model built from the eligible items' degrees and window chances,
   * corrected over every pair of active accounts, and the weight of the kept ones normalised by the
   * accounts' summed idf. {@code actors} (who acted on each item) is kept for the interest model's
   * second look; null when the caller has no item groups.
   */
  static SignalEdges keep(
      Signal signal,
      PairTable pairs,
      int[] degree,
      double @org.jspecify.annotations.Nullable [] chanceTogether,
      int[] eligiblePerAccount,
      double[] idfPerAccount,
      int activeCount,
      double[] idf,
      @org.jspecify.annotations.Nullable ItemActors actors,
      DetectionOptions options) {
    int minCo = options.settings().get(signal).minCoActions();
    NullModel.Popularity chance = new NullModel.Popularity(degree, chanceTogether, activeCount);
    Kept kept = new Kept(pairs.size());
    double[] pv = new double[pairs.size()];
    int tested = 0;
    for (int s = 0; s < pairs.size(); s++) {
      int c = pairs.count(s);
      if (c < minCo) {
        pv[s] = Double.POSITIVE_INFINITY;
        continue;
      }
      pv[s] =
          chance.pValue(
              c,
              eligiblePerAccount[pairs.first(s)],
              eligiblePerAccount[pairs.second(s)],
              pairs.weight(s));
      tested++;
    }
    long hypotheses = (long) activeCount * (activeCount - 1) / 2; // every pair of active accounts
    double limit = NullModel.discoveryLimit(pv, tested, hypotheses, options.alpha());
    // groups whose pairs fell short one by one, tested whole (CoordinatedSets)
    CoordinatedSets.Rescued rescued =
        CoordinatedSets.firstPass(
            pairs, pv, limit, chance, eligiblePerAccount, activeCount, options.alpha());
    for (int s = 0; s < pairs.size(); s++) {
      if (pv[s] > limit && !rescued.keeps(s)) {
        continue;
      }
      int x = pairs.first(s);
      int y = pairs.second(s);
      kept.add(
          x,
          y,
          pairs.count(s),
          pairs.weight(s) / Math.sqrt(idfPerAccount[x] * idfPerAccount[y]),
          pv[s],
          pairs.weight(s));
      if (pv[s] > limit) {
        kept.markBySet();
      }
    }
    return kept.build(
        signal,
        idf,
        actors == null
            ? null
            : new Chance(
                actors,
                degree,
                chanceTogether,
                eligiblePerAccount,
                idfPerAccount,
                activeCount,
                hypotheses,
                false,
                java.util.List.of()),
        rescued.count(),
        rescued.sets());
  }

  /**
   * The aggregate-by-pair step over the items [fromItem, toItem): for each pair of accounts that
   * acted on the same item within the window, the distinct shared items and their summed idf. Pair
   * partials of disjoint item ranges add up ({@link PairTable#merge}), so a distributed job can run
   * this per partition of items and reduce by pair key.
   */
  static PairTable pairs(
      ItemGroups groups,
      double[] idf,
      int fromItem,
      int toItem,
      long window,
      int maxAccountsPerItem,
      int expected,
      int @org.jspecify.annotations.Nullable [] together) {
    PairTable pairs = new PairTable(Math.max(1024, expected));
    int[] windowAccounts = new int[maxAccountsPerItem + 1];
    int[] windowLast = new int[windowAccounts.length];
    for (int it = fromItem; it < toItem; it++) {
      double w = idf[it];
      if (w <= 0) {
        continue;
      }
      int from = groups.offsets[it];
      int to = groups.offsets[it + 1];
      int inWindow = 0;
      for (int e = from; e < to; e++) {
        long entry = groups.entries[e];
        int t = ItemGroups.time(entry);
        int acc = ItemGroups.account(entry);
        int keep = 0;
        boolean present = false;
        for (int j = 0; j < inWindow; j++) {
          int other = windowAccounts[j];
          int last = windowLast[j];
          if ((long) t - last > window) {
            continue;
          }
          if (other == acc) {
            present = true;
            windowAccounts[keep] = other;
            windowLast[keep++] = t;
            continue;
          }
          if (pairs.add(other, acc, it, w) && together != null) {
            together[it]++;
          }
          windowAccounts[keep] = other;
          windowLast[keep++] = last;
        }
        inWindow = keep;
        if (!present) {
          windowAccounts[inWindow] = acc;
          windowLast[inWindow++] = t;
        }
      }
    }
    return pairs;
  }

  /** Pair partials: distinct shared items and summed idf, deduplicated per item. */
  static final class PairTable {
    private final LongIntMap index;
    private final IntArray first = new IntArray(1 << 12);
    private final IntArray second = new IntArray(1 << 12);
    private final IntArray count = new IntArray(1 << 12);
    private final IntArray lastItem = new IntArray(1 << 12);
    private double[] weight = new double[1 << 12];

    PairTable(int expected) {
      index = new LongIntMap(expected);
    }

    /** Counts the item for the pair; true when the pair had not counted it yet. */
    boolean add(int x, int y, int item, double w) {
      int slot = slot(x, y);
      if (lastItem.get(slot) != item) {
        lastItem.set(slot, item);
        count.set(slot, count.get(slot) + 1);
        weight[slot] += w;
        return true;
      }
      return false;
    }

    /** Adds the partials of another table (built over other items) into this one. */
    void merge(PairTable other) {
      for (int s = 0; s < other.size(); s++) {
        addPartial(other.first(s), other.second(s), other.count(s), other.weight(s));
      }
    }

    /** Adds a pair's partial (shared items and their summed idf, over items counted elsewhere). */
    void addPartial(int x, int y, int shared, double w) {
      int slot = slot(x, y);
      count.set(slot, count.get(slot) + shared);
      weight[slot] += w;
    }

    /** The pair's slot, made (with nothing counted) the first time the pair is seen. */
    private int slot(int x, int y) {
      int lo = Math.min(x, y);
      int hi = Math.max(x, y);
      int slot = index.putIfAbsent(pairKey(lo, hi), first.size());
      if (slot >= 0) {
        return slot;
      }
      slot = -1 - slot;
      first.add(lo);
      second.add(hi);
      count.add(0);
      lastItem.add(-1);
      if (slot == weight.length) {
        weight = Arrays.copyOf(weight, weight.length * 2);
      }
      return slot;
    }

    /** The partials of one pair, or null when the pair never co-acted. */
    double @org.jspecify.annotations.Nullable [] get(int x, int y) {
      int slot = index.get(pairKey(x, y));
      return slot < 0 ? null : new double[] {count(slot), weight(slot)};
    }

    int size() {
      return first.size();
    }

    int first(int s) {
      return first.get(s);
    }

    int second(int s) {
      return second.get(s);
    }

    int count(int s) {
      return count.get(s);
    }

    double weight(int s) {
      return weight[s];
    }
  }
}
