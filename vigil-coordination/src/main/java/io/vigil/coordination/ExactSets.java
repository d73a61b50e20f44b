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
 *   posts spread over hours around them) are then a set at p = 1e-58. A second gap of 300
 *   seconds was tried and moved nothing in those worlds.
 * - Cores (tenth release of 2026-12-08): a group's burst that one or two ordinary accounts fall
 *   into is not its set, and until this release such a group was missed: three accounts replying
 *   within twenty seconds to each of three popular posts, in an independent world, were a burst
 *   of three once and of four and five, with others, twice. So a single burst (or an item acted
 *   on in one burst) of at most CORE_MAX actors also proposes its cores: its actors less one or
 *   two of them, of MIN_ACCOUNTS or more (Cores). A set that two or more single bursts hold is
 *   tested as a core: the chance that a proposal of size m holds all of S is at most pi_S(m) =
 *   prod over a in S of min(1, n_a m / K), so the number of the E_m proposals of the sizes k to
 *   k + 2 holding it is at most Poisson with mean sum_m E_m pi_S(m) (mean; the set's own
 *   proposal is not left out, which errs on the side of fewer sets), at alpha over the number of
 *   candidates, cores included (coreCandidates: a proposal of m actors proposes 1 + m + m(m-1)/2
 *   sets; counted for every proposal of at most CORE_MAX actors, those spread over more than one
 *   burst too, as the driver of a distributed job knows only the sizes: it errs on the side of
 *   fewer sets, and so does counting them in the mean). A set is tested as itself and as a core separately (each family at alpha, as each
 *   signal is), and where it stands as itself its core test is dropped. Only cores that are all
 *   their bursts have in common are tested (Cores.closed: twelve accounts alone on two links
 *   would otherwise also make 78 sets of eleven and ten). Items acted on over more than one
 *   burst propose no cores: their actors are those of hours, and on the independent worlds their
 *   cores clustered 176 more organic accounts (a topic's retweeters of one day and of another
 *   differ by one or two often enough). Measured on those worlds: seed 1 found 318 -> 322 of 352
 *   groups, organic accounts clustered 802 -> 815 (every one of the 13 in a planted group's
 *   cluster, no new all-organic cluster); seed 3, held out, 308 -> 316 and 995 -> 997; the IRA
 *   file's ARIs unchanged. Tried and not kept: cores of bursts of up to 20 actors (seed 1: the
 *   same 322 groups, one organic account more) and a burst gap of 120 s (321 found, 810 organic:
 *   a three-account hashtag pair lost, a reply group gained). Not covered: larger groups (more
 *   than CORE_MAX - 2 members) with others in their bursts, and bursts with three or more others
 *   (a group riding a viral post's burst of hundreds).
 * - Only sets that acted at two separate moments or more are tested: their actions on the items,
 *   in time order, more than the signal's window apart somewhere, or different items acted on in
 *   different posts (Acts.acts). Items always acted on in the same posts are one act: in an
 *   independent world's evening of live television, the 87 accounts that posted about the show all
 *   used its hashtag and the episode's, which made an exact set of 87 (27 % of a 316-account world
 *   clustered) until this rule. Until the ninth release of 2026-12-07 the window alone decided, so
 *   thirty accounts posting a link of their own within half a minute, and another half an hour
 *   later, were one moment of co-link's hour and never tested: the independent worlds' group of
 *   thirty was not found, while the same group acting within the same second or five minutes was
 *   (found 315 -> 317 of 352 groups in the seed-1 worlds, 300 -> 301 in seed 3's; organic accounts
 *   clustered 806 -> 807 and 1,005 -> 1,006; the IRA file unchanged).
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
 * - Where it runs: after the first pass and before clustering and the interest model, which
 *   keeps the sets' edges and leaves them out of its Benjamini-Hochberg correction
 *   (InterestModel). It is a group by item (the proposals, Proposals.of over one item), a group by
 *   actor set (Acts: the count, the moments and the pairs' co-actions of one set) and a test on
 *   the driver (addEvidence: the popularity model's account and item totals), so a distributed
 *   job runs the same code (DistributedSteps.exactSet and edges; the Spark first pass since
 *   2026-12-07's eighth release). A set is gathered by its actors exactly: proposals are sorted by
 *   a 32-bit hash of their actors, and every distinct set among those of one hash is taken (before
 *   that release only the first one was, so a set whose hash collided with another's was lost; a
 *   hundred thousand proposals make a collision likely).
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
        || level(signal, 2, options) < 0
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
    int count = proposals.size();
    if (count < 2) {
      return edges;
    }
    int[] size = new int[count];
    long[] ofDegree = new long[proposals.maxSize + 1];
    for (int j = 0; j < count; j++) {
      size[j] = proposals.actors[j].length;
      ofDegree[size[j]]++;
    }
    // every proposal proposes its actors and, if small, its cores (Cores); the candidates of one
    // hash sort together
    Cores cores = Cores.of(proposals.actors, proposals.loose);
    int candidates = cores.size();
    long[] keyed = new long[candidates];
    for (int c = 0; c < candidates; c++) {
      keyed[c] = (cores.hash(c) & ~0xFFFFFFFFL) | c;
    }
    Arrays.sort(keyed);
    long window = options.coActionWindowSeconds(signal);
    // the sets that may stand, with the same evidence a distributed job brings to its driver
    java.util.List<Evidence> found = new java.util.ArrayList<>();
    int start = 0;
    boolean[] done = new boolean[candidates];
    while (start < candidates) {
      int end = start + 1;
      while (end < candidates && (keyed[end] >>> 32) == (keyed[start] >>> 32)) {
        end++;
      }
      // each distinct actor set among the candidates of this hash (collisions are rare, not absent:
      // a hundred thousand proposals make one likely in 32 bits)
      for (int first = start; end - start >= 2 && first < end; first++) {
        if (done[first]) {
          continue;
        }
        int[] set = cores.actors((int) keyed[first]);
        int[] same = new int[end - first];
        int m = 0;
        for (int j = first; j < end; j++) {
          int c = (int) keyed[j];
          if (!done[j] && Arrays.equals(cores.actors(c), set)) {
            done[j] = true;
            same[m++] = c;
          }
        }
        if (m < 2) {
          continue;
        }
        same = Arrays.copyOf(same, m);
        Arrays.sort(same); // in proposal order: item order, then time order within an item
        // as itself: its proposals of exactly these actors; as a core: the single bursts that
        // hold it, where one of them holds others too (Cores)
        int[] own =
            Arrays.stream(same).filter(c -> !cores.dropped(c)).map(cores::proposal).toArray();
        int[] held =
            Arrays.stream(same).map(cores::proposal).filter(q -> !proposals.loose.get(q)).toArray();
        boolean core = own.length < same.length;
        Evidence itself =
            own.length >= 2
                ? evidence(groups, proposals, own, set, edges.itemIdf, window, false)
                : null;
        Evidence asCore =
            core && held.length >= 2 && cores.closed(same, proposals.loose)
                ? evidence(groups, proposals, held, set, edges.itemIdf, window, true)
                : null;
        if (itself != null) {
          found.add(itself);
        }
        if (asCore != null) {
          found.add(asCore);
        }
      }
      start = end;
    }
    return addEvidence(
        edges,
        found,
        ofDegree,
        count,
        chance.eligible(),
        idfPerAccount,
        total,
        new Proposed(proposals.item, size),
        options);
  }

  /**
   * The signal's proposals, each one's item and number of actors: what the interest model needs to
   * count them per block (InterestModel, a LooseSet's test). A distributed job, which runs no
   * interest model, has none.
   */
  record Proposed(int[] item, int[] size) {
    Proposed {
      if (item.length != size.length) {
        throw new IllegalArgumentException(
            item.length + " proposals' items and " + size.length + " sizes");
      }
    }
  }

  /**
   * A set's evidence from the proposals {@code used} (in item order) that propose it, as themselves
   * or, {@code cores}, as cores; null when it acted at one moment only.
   */
  private static @org.jspecify.annotations.Nullable Evidence evidence(
      ItemGroups groups,
      Proposals proposals,
      int[] used,
      int[] set,
      double[] itemIdf,
      long window,
      boolean cores) {
    Acts acts = Acts.of(groups, proposals, used, set, itemIdf);
    if (acts.moments(window) < 2) {
      return null;
    }
    boolean timed = true;
    for (int q : used) {
      timed &= !proposals.loose.get(q);
    }
    return new Evidence(set, used.length, timed, acts.coActing(window), cores);
  }

  /**
   * The level a set's p-value must reach: alpha over the number of proposals (Bonferroni), or -1
   * where no set of the signal can stand (fewer than two proposals, no co-action window, or alpha
   * 1: every pair kept already).
   */
  static double level(Signal signal, long candidates, DetectionOptions options) {
    return candidates < 2 || !signal.hasCoActionWindow() || options.alpha() >= 1
        ? -1
        : options.alpha() / candidates;
  }

  /**
   * A set as a distributed job brings it to the driver (DistributedSteps.exactSet, run where the
   * proposals of one actor set were grouped together): its members (account ids, ascending), how
   * many items or bursts proposed it, whether each of them was a single burst, its pairs'
   * co-actions, and whether it is the set's evidence as a core (Cores: then the proposals counted
   * are the single bursts that hold it, and the test is pValue's for cores). Only sets proposed
   * twice or more that acted at two moments or more come.
   */
  record Evidence(int[] set, int proposals, boolean timed, CoActing coActing, boolean cores) {
    Evidence {
      if (set.length < MIN_ACCOUNTS || proposals < 2) {
        throw new IllegalArgumentException(
            "a set of " + set.length + " accounts proposed " + proposals + " times is no evidence");
      }
      for (int i = 1; i < set.length; i++) {
        if (set[i] <= set[i - 1]) {
          throw new IllegalArgumentException("a set's members are ascending ids");
        }
      }
    }

    /** Its p-value, given the proposals of each size and the accounts' eligible items. */
    double pValue(long[] ofSize, int[] eligible, long total) {
      return ExactSets.pValue(set, proposals, ofSize, cores, x -> eligible[x], total);
    }
  }

  /**
   * {@code edges} plus those of the sets in {@code sets} that stand, given the number of proposals
   * of each size ({@code ofSize[k]}), their total (the Bonferroni count), each account's eligible
   * items and summed idf, the summed degree of the counted items, and the proposals themselves
   * where known (for the interest model's test of loose sets): the last step of {@link #add}, and
   * the driver's part of a distributed job.
   */
  static SignalEdges addEvidence(
      SignalEdges edges,
      java.util.List<Evidence> sets,
      long[] ofSize,
      long candidates,
      int[] eligible,
      double[] idfPerAccount,
      long total,
      @org.jspecify.annotations.Nullable Proposed proposed,
      DetectionOptions options) {
    Signal signal = edges.signal;
    double level = level(signal, candidates, options);
    double coreLevel = level(signal, coreCandidates(ofSize), options);
    if (sets.isEmpty() || level < 0) {
      return edges;
    }
    // a set that stands as itself is not tested again as a core (one family or the other, never
    // both, whichever order the sets come in)
    double[] p = new double[sets.size()];
    java.util.Set<java.util.List<Integer>> asItself = new java.util.HashSet<>();
    for (int i = 0; i < p.length; i++) {
      Evidence e = sets.get(i);
      p[i] = e.pValue(ofSize, eligible, total);
      if (!e.cores() && p[i] <= level) {
        asItself.add(Arrays.stream(e.set()).boxed().toList());
      }
    }
    long[] pairs = SignalEdges.pairKeys(edges);
    java.util.TreeMap<Long, Added> added = new java.util.TreeMap<>();
    java.util.Map<Long, Double> promoted = new java.util.HashMap<>();
    java.util.List<LooseSet> loose = new java.util.ArrayList<>();
    int minCo = options.settings().get(signal).minCoActions();
    for (int i = 0; i < p.length; i++) {
      Evidence e = sets.get(i);
      boolean stands =
          e.cores()
              ? p[i] <= coreLevel && !asItself.contains(Arrays.stream(e.set()).boxed().toList())
              : p[i] <= level;
      if (stands) {
        java.util.List<Long> left = new java.util.ArrayList<>();
        stand(
            e.set(),
            e.coActing(),
            e.timed(),
            p[i],
            minCo,
            idfPerAccount,
            pairs,
            promoted,
            added,
            left);
        if (!left.isEmpty()) {
          loose.add(
              new LooseSet(
                  e.set(),
                  left.stream().mapToLong(Long::longValue).toArray(),
                  e.proposals(),
                  ofSize,
                  proposed,
                  e.cores(),
                  e.cores() ? coreLevel : level,
                  p[i]));
        }
      }
    }
    // in a canonical order (a distributed job brings the sets in any order)
    loose.sort(
        (x, y) -> {
          int c = Arrays.compare(x.set(), y.set());
          return c != 0 ? c : Boolean.compare(x.cores(), y.cores());
        });
    return added.isEmpty() && promoted.isEmpty() && loose.isEmpty()
        ? edges
        : edges.with(kept(added), promoted, loose);
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

  /**
   * The most members a core leaves out of its proposal: Cores enumerates one or two left out (its
   * candidates' code has room for two), and the tests count the sizes k to k + CORE_DROP.
   */
  static final int CORE_DROP = 2;

  /** The largest proposal that proposes its cores (Cores). */
  static final int CORE_MAX = 12;

  /**
   * How many sets a proposal of {@code size} actors proposes: its actors and, up to CORE_MAX, each
   * of its cores of MIN_ACCOUNTS or more.
   */
  static long proposedBy(int size) {
    long n = 1;
    if (size <= CORE_MAX) {
      for (int d = 1, ways = 1; d <= CORE_DROP && size - d >= MIN_ACCOUNTS; d++) {
        ways = ways * (size - d + 1) / d;
        n += ways;
      }
    }
    return n;
  }

  /** The candidates over every proposal: the Bonferroni count of the sets tested as cores. */
  static long coreCandidates(long[] ofSize) {
    long n = 0;
    for (int size = 0; size < ofSize.length; size++) {
      n += ofSize[size] * proposedBy(size);
    }
    return n;
  }

  /**
   * The candidate sets of a signal's proposals: each proposal's actors and, for a proposal of at
   * most CORE_MAX actors, its cores, the actors less one or two of them (at least MIN_ACCOUNTS
   * left). A candidate is its proposal's index and the one or two positions left out.
   */
  static final class Cores {
    private final int[][] actors;
    private final long[] code;

    private Cores(int[][] actors, long[] code) {
      this.actors = actors;
      this.code = code;
    }

    static Cores of(int[][] actors, java.util.BitSet loose) {
      long n = 0;
      for (int q = 0; q < actors.length; q++) {
        n += loose.get(q) ? 1 : proposedBy(actors[q].length);
      }
      if (n > Integer.MAX_VALUE) {
        throw new IllegalStateException(n + " candidate sets do not fit one signal's index");
      }
      long[] code = new long[(int) n];
      int c = 0;
      for (int q = 0; q < actors.length; q++) {
        int size = actors[q].length;
        code[c++] = (long) q << 16;
        if (size > CORE_MAX || loose.get(q)) {
          continue;
        }
        for (int i = 0; i < size && size - 1 >= MIN_ACCOUNTS; i++) {
          code[c++] = ((long) q << 16) | ((i + 1) << 8);
          for (int j = i + 1; j < size && size - 2 >= MIN_ACCOUNTS; j++) {
            code[c++] = ((long) q << 16) | ((i + 1) << 8) | (j + 1);
          }
        }
      }
      return new Cores(actors, code);
    }

    int size() {
      return code.length;
    }

    int proposal(int c) {
      return (int) (code[c] >>> 16);
    }

    /** Whether candidate c leaves members of its proposal out. */
    boolean dropped(int c) {
      return first(c) >= 0;
    }

    /** The first position candidate c leaves out of its proposal's actors, or -1. */
    private int first(int c) {
      return (int) ((code[c] >>> 8) & 0xFF) - 1;
    }

    /** The second position candidate c leaves out, or -1. */
    private int second(int c) {
      return (int) (code[c] & 0xFF) - 1;
    }

    int[] actors(int c) {
      int[] all = actors[proposal(c)];
      int i = first(c);
      int j = second(c);
      int[] out = new int[all.length - (i >= 0 ? 1 : 0) - (j >= 0 ? 1 : 0)];
      int n = 0;
      for (int x = 0; x < all.length; x++) {
        if (x != i && x != j) {
          out[n++] = all[x];
        }
      }
      return out;
    }

    /** The hash of candidate c's actors (ExactSets.hash), without building them. */
    long hash(int c) {
      return ExactSets.hash(actors[proposal(c)], first(c), second(c));
    }

    /** The actors candidate c leaves out of its proposal (none, one or two). */
    int[] left(int c) {
      int[] all = actors[proposal(c)];
      int i = first(c);
      int j = second(c);
      return i < 0 ? new int[0] : j < 0 ? new int[] {all[i]} : new int[] {all[i], all[j]};
    }

    /**
     * Whether the set of the candidates {@code same} is all that the single bursts among them have
     * in common: no actor is left out by every one of them. Otherwise the larger set they have in
     * common is a candidate of each of them too, with the same support, and this one would only
     * repeat it (twelve accounts alone on two links made 78 sets of eleven and ten).
     */
    boolean closed(int[] same, java.util.BitSet loose) {
      int[] common = null;
      for (int c : same) {
        if (loose.get(proposal(c))) {
          continue;
        }
        int[] left = left(c);
        if (common == null) {
          common = left;
        } else {
          int n = 0;
          for (int x : common) {
            for (int y : left) {
              if (x == y) {
                common[n++] = x;
              }
            }
          }
          common = Arrays.copyOf(common, n);
        }
        if (common.length == 0) {
          return true;
        }
      }
      return common == null || common.length == 0;
    }
  }

  /** The most seconds between two actions of one burst (see Proposals). */
  static final long BURST_GAP = 60;

  /**
   * A set's p-value: the chance that {@code m - 1} or more other proposals propose it (see mean),
   * each member acting on an item of size k with probability min(1, rate k / total).
   */
  static double pValue(
      int[] set,
      int m,
      long[] ofSize,
      boolean cores,
      java.util.function.IntToDoubleFunction rate,
      double total) {
    return NullModel.poissonTail(m - 1, mean(set, ofSize, cores, rate, total));
  }

  /**
   * How many other proposals are expected to propose {@code set}: as itself, (E_k - 1) pi_S(k)
   * where E_k of the {@code ofSize[k]} proposals have its size k (see the design note); as a core,
   * the sum over sizes k to k + CORE_DROP (above k only up to CORE_MAX: larger proposals propose no
   * cores) of E_size pi_S(size), pi_S(size) = prod over members of min(1, rate size / total) being
   * the chance that a proposal of that size holds all of them.
   */
  static double mean(
      int[] set,
      long[] ofSize,
      boolean cores,
      java.util.function.IntToDoubleFunction rate,
      double total) {
    if (!cores) {
      int k = set.length;
      long of = k < ofSize.length ? ofSize[k] : 0;
      return Math.max(0, of - 1) * Math.exp(logChance(set, k, rate, total));
    }
    return held(set, ofSize, CORE_DROP, rate, total);
  }

  /**
   * How many of the proposals of sizes k = |set| to k + {@code drop} (above k only up to CORE_MAX)
   * are expected to hold every member of {@code set}: the sum over sizes m of ofSize[m] pi_S(m).
   */
  static double held(
      int[] set,
      long[] ofSize,
      int drop,
      java.util.function.IntToDoubleFunction rate,
      double total) {
    int k = set.length;
    double mean = 0;
    for (int size = k;
        size < ofSize.length && size <= k + drop && (size == k || size <= CORE_MAX);
        size++) {
      if (ofSize[size] != 0) {
        mean += ofSize[size] * Math.exp(logChance(set, size, rate, total));
      }
    }
    return mean;
  }

  /**
   * log pi_S(size): the log of the chance that a proposal of {@code size} actors holds every
   * member, each with probability min(1, rate size / total).
   */
  private static double logChance(
      int[] set, int size, java.util.function.IntToDoubleFunction rate, double total) {
    double[] logs = new double[set.length];
    for (int i = 0; i < set.length; i++) {
      logs[i] = Math.log(Math.min(1.0, rate.applyAsDouble(set[i]) * size / total));
    }
    return sum(logs);
  }

  /**
   * The members' log-probabilities summed in value order (sorting {@code logs}), so that the
   * members' order (ids here, names in a distributed job) does not change the last bits.
   */
  static double sum(double[] logs) {
    Arrays.sort(logs);
    double logPi = 0;
    for (double l : logs) {
      logPi += l;
    }
    return logPi;
  }

  /**
   * One actor set's actions on the items (and bursts) that proposed it, as the set's members: per
   * proposal, in item order (a distinct number per item) and in time order within an item, the
   * members' indices into the set and their times from {@code start[q]} to {@code start[q + 1]},
   * and the item's idf. The engine builds it from its item groups, a distributed job from the
   * proposals of one set grouped together (DistributedSteps.exactSet); the test is the same.
   */
  static final class Acts {
    final int members;
    final int[] item;
    final int[] start;
    final int[] member;
    final int[] time;
    final double[] idf;

    Acts(int members, int[] item, int[] start, int[] member, int[] time, double[] idf) {
      if (start.length != item.length + 1
          || idf.length != item.length
          || member.length != time.length
          || start[item.length] != member.length) {
        throw new IllegalArgumentException("acts of " + item.length + " proposals do not line up");
      }
      this.members = members;
      this.item = item;
      this.start = start;
      this.member = member;
      this.time = time;
      this.idf = idf;
    }

    /**
     * The members' actions in the proposals {@code same} (in item order) of the actors {@code set}
     * (a proposal of which the set is a core has others' actions too, which are left out).
     */
    static Acts of(
        ItemGroups groups, Proposals proposals, int[] same, int[] set, double[] itemIdf) {
      int[] start = new int[same.length + 1];
      int[] item = new int[same.length];
      double[] idf = new double[same.length];
      IntArray member = new IntArray(16);
      IntArray time = new IntArray(16);
      for (int j = 0; j < same.length; j++) {
        int q = same[j];
        item[j] = proposals.item[q];
        idf[j] = itemIdf[item[j]];
        for (int e = proposals.from[q]; e < proposals.to[q]; e++) {
          int x = Arrays.binarySearch(set, ItemGroups.account(groups.entries[e]));
          if (x >= 0) {
            member.add(x);
            time.add(ItemGroups.time(groups.entries[e]));
          }
        }
        start[j + 1] = member.size();
      }
      return new Acts(set.length, item, start, member.toArray(), time.toArray(), idf);
    }

    /**
     * The separate moments at which the set acted on its items: their actions sorted by time, split
     * where two follow each other by more than the window; or, where that leaves one moment, its
     * separate acts if there are more (#acts: different items in different posts). One moment is
     * one act, however many items it touched (a show's hashtag and its episode's, both in every
     * post of the evening).
     */
    int moments(long window) {
      int[] times = time.clone();
      Arrays.sort(times);
      int moments = 1;
      for (int i = 1; i < times.length; i++) {
        if ((long) times[i] - times[i - 1] > window) {
          moments++;
        }
      }
      return moments >= 2 ? moments : Math.max(moments, acts());
    }

    /**
     * The set's separate acts: its items, where two items acted on in the same posts are one act
     * (half or more of the posts of either, a post being a member's actions at one second, are the
     * other's too), and so are the bursts of one item. Thirty accounts that post a link and, half
     * an hour later, another are two acts (the window of an hour made them one moment until the
     * ninth release of 2026-12-07, and the group was not found); the same thirty posting both links
     * in each of their posts, or using a show's hashtag and its episode's together all evening,
     * one.
     */
    int acts() {
      int q = item.length;
      long[][] posts = new long[q][];
      for (int j = 0; j < q; j++) {
        long[] p = new long[start[j + 1] - start[j]];
        for (int e = start[j]; e < start[j + 1]; e++) {
          p[e - start[j]] = ((long) member[e] << 32) | (time[e] & 0xFFFFFFFFL);
        }
        Arrays.sort(p);
        posts[j] = p;
      }
      int[] root = new int[q];
      for (int j = 0; j < q; j++) {
        root[j] = j;
      }
      int acts = q;
      for (int i = 0; i < q; i++) {
        for (int j = i + 1; j < q; j++) {
          int a = find(root, i);
          int b = find(root, j);
          if (a != b && (item[i] == item[j] || samePosts(posts[i], posts[j]))) {
            root[Math.max(a, b)] = Math.min(a, b);
            acts--;
          }
        }
      }
      return acts;
    }

    private static int find(int[] root, int j) {
      int r = j;
      while (root[r] != r) {
        r = root[r];
      }
      return r;
    }

    /** Whether half or more of the distinct posts of the shorter list are in the other. */
    static boolean samePosts(long[] x, long[] y) {
      int shared = 0;
      int dx = 0;
      int dy = 0;
      int i = 0;
      int j = 0;
      while (i < x.length || j < y.length) {
        if (j >= y.length || (i < x.length && x[i] < y[j])) {
          dx += i == 0 || x[i] != x[i - 1] ? 1 : 0;
          i++;
        } else if (i >= x.length || y[j] < x[i]) {
          dy += j == 0 || y[j] != y[j - 1] ? 1 : 0;
          j++;
        } else {
          long v = x[i];
          shared++;
          dx++;
          dy++;
          while (i < x.length && x[i] == v) {
            i++;
          }
          while (j < y.length && y[j] == v) {
            j++;
          }
        }
      }
      return 2L * shared >= Math.min(dx, dy);
    }

    /**
     * Per pair of members (x < y, at x * members + y), the items on which the two acted within the
     * window of each other (an item counts once per pair, over all its proposals) and those items'
     * summed idf.
     */
    CoActing coActing(long window) {
      int s = members;
      int[] count = new int[s * s];
      double[] idfSum = new double[s * s];
      int[] last = new int[s];
      boolean[] counted = new boolean[s * s];
      for (int q = 0; q < item.length; q++) {
        if (q == 0 || item[q] != item[q - 1]) {
          // each member's times on the item; a pair co-acts when two of them are within the window
          Arrays.fill(last, Integer.MIN_VALUE);
          Arrays.fill(counted, false);
        }
        for (int e = start[q]; e < start[q + 1]; e++) {
          int x = member[e];
          int t = time[e];
          for (int y = 0; y < s; y++) {
            if (y != x && last[y] != Integer.MIN_VALUE && (long) t - last[y] <= window) {
              int lo = Math.min(x, y);
              int hi = Math.max(x, y);
              if (!counted[lo * s + hi]) {
                counted[lo * s + hi] = true;
                count[lo * s + hi]++;
                idfSum[lo * s + hi] += idf[q];
              }
            }
          }
          last[x] = t;
        }
      }
      return new CoActing(count, idfSum);
    }
  }

  /**
   * A set's pairs' co-actions on its items: {@code count[x * s + y]} items, of summed idf {@code
   * idfSum[x * s + y]}, for members x < y of a set of s.
   */
  record CoActing(int[] count, double[] idfSum) {
    CoActing {
      if (count.length != idfSum.length) {
        throw new IllegalArgumentException("counts and idf sums of different pairs");
      }
    }
  }

  /**
   * What a set that stood adds (see the design note): for each pair of its members co-acting on at
   * least minCo of its items, an edge marked as the set's, or, for a pair among {@code existing}
   * (sorted pair keys) where the set is {@code timed}, the set's p-value in {@code promoted}.
   */
  static void stand(
      int[] set,
      CoActing co,
      boolean timed,
      double p,
      int minCo,
      double[] idfPerAccount,
      long[] existing,
      java.util.Map<Long, Double> promoted,
      java.util.Map<Long, Added> added,
      java.util.List<Long> left) {
    int s = set.length;
    if (co.count().length != s * s) {
      throw new IllegalArgumentException("co-actions of a set of another size than " + s);
    }
    for (int x = 0; x < s; x++) {
      for (int y = x + 1; y < s; y++) {
        int c = co.count()[x * s + y];
        long key = SignalEdges.pairKey(set[x], set[y]);
        if (c < minCo) {
          continue;
        }
        if (Arrays.binarySearch(existing, key) >= 0) {
          if (!timed) {
            left.add(key); // judged by the interest model, with the set tested again (LooseSet)
            continue;
          }
          // kept by the first pass already: marked as the set's, so that the interest model does
          // not explain away, pair by pair, what the set's test showed
          promoted.merge(key, p, Math::min);
        } else {
          double sum = co.idfSum()[x * s + y];
          double w = sum / Math.sqrt(idfPerAccount[set[x]] * idfPerAccount[set[y]]);
          added.merge(key, new Added(set[x], set[y], c, Math.min(1.0, w), p, sum), Added::better);
        }
      }
    }
  }

  /**
   * A set that stood against the popularity model but whose items were not each a single burst (it
   * acted over minutes or hours), with the pairs the first pass kept already: those are left to the
   * interest model, which tests the set again under its own model (InterestModel: each member
   * acting on an item of the set's size with its probability there) at the same level, and keeps
   * them, as the set's, where it stands there too. Before the ninth release of 2026-12-07 those
   * pairs were judged one by one, and three accounts that posted the same two links of their own,
   * nobody else, each within five minutes, were explained away by the popular topic links they also
   * shared (a count test cannot tell which items a pair shares); the pairs the first pass had not
   * kept were added as the set's, so the weaker the pairs, the likelier the group was found.
   *
   * @param set the members (account ids, ascending)
   * @param pairs the keys (SignalEdges.pairKey) of the pairs left to the interest model
   * @param proposals how many items or bursts proposed the set
   * @param ofSize how many proposals had each size (shared, not copied: read only)
   * @param proposed the signal's proposals (shared, read only), where known: the interest model
   *     counts them per block
   * @param cores whether the set was tested as a core (Evidence.cores)
   * @param level the level the set's p-value had to reach
   * @param p the set's p-value under the popularity model
   */
  record LooseSet(
      int[] set,
      long[] pairs,
      int proposals,
      long[] ofSize,
      @org.jspecify.annotations.Nullable Proposed proposed,
      boolean cores,
      double level,
      double p) {
    LooseSet {
      if (set.length < MIN_ACCOUNTS || proposals < 2 || pairs.length == 0) {
        throw new IllegalArgumentException(
            "a loose set of " + set.length + " accounts and " + pairs.length + " pairs");
      }
    }
  }

  /**
   * A pair's edge from a set that stood. A pair in two standing sets gets one edge, the better
   * set's (the smaller p-value, then more co-actions, then the larger weight), whichever set came
   * first: two edges of one pair would count its weight twice in the combined network, and the
   * order sets come in differs between one machine and a distributed job.
   */
  record Added(int a, int b, int coActions, double weight, double p, double idfSum) {
    static Added better(Added x, Added y) {
      int c = Double.compare(x.p, y.p);
      if (c == 0) {
        c = Integer.compare(y.coActions, x.coActions);
      }
      if (c == 0) {
        c = Double.compare(y.weight, x.weight);
      }
      return c <= 0 ? x : y;
    }
  }

  /** The added edges in pair order, marked as their sets'. */
  private static SignalEdges.Kept kept(java.util.SortedMap<Long, Added> added) {
    SignalEdges.Kept kept = new SignalEdges.Kept(Math.max(16, added.size()));
    for (Added e : added.values()) {
      kept.add(e.a(), e.b(), e.coActions(), e.weight(), e.p(), e.idfSum());
      kept.markExact();
    }
    return kept;
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

  /** The hash of {@code actors} without those at positions {@code i} and {@code j} (-1: none). */
  private static long hash(int[] actors, int i, int j) {
    long h = 0x9E3779B97F4A7C15L;
    for (int x = 0; x < actors.length; x++) {
      if (x != i && x != j) {
        h = (h ^ actors[x]) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
      }
    }
    return h;
  }
}
