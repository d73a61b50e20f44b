package io.vigil.coordination;

import java.util.Arrays;

/*
 * Coordination beyond shared interest: the second look at a signal's edges.
 * - The fault it answers: the popularity model (NullModel.Popularity) lets any account act on any
 *   item, so accounts that follow the same topic share its posts far more often than it expects.
 *   On a synthetic control where each account spends 80 % of its actions on one of 30 topics
 *   (OrganicControlBenchmark, -Dfocus=0.8) it linked 94.7 % of the organic accounts and found none
 *   of the groups planted among them. Communities of interest are the benign co-activity Vargas
 *   et al. 2020 warn of; Pacheco et al. 2021 ask that coordination be judged against what the
 *   accounts' interests already explain.
 * - The model: a degree-corrected block version of the same bipartite model (Karrer & Newman
 *   2011's degree-corrected stochastic block model, in the closed form of Neal 2014's SDSM). The
 *   blocks are the communities of interest InterestBlocks finds (1..B); every other account is in
 *   block 0. An item belongs to the block most of its actors are in (ties to the lowest block
 *   number, block 0 first). Accounts judged coordinated (negative block: -g for coordinated set g,
 *   see InterestBlocks) do not vote:
 *   until the third release of 2026-12-07 they did, and a coordinated group as large as a topic's
 *   community made its own posts a block (block 0) and was explained by itself; now its posts
 *   belong to the topic whose members also act on them, and its members' sharing of them is judged
 *   against that topic. Account a, with n_a eligible items of which n_ac in block c,
 *   acts on item i of block c with probability min(1, r_ac k_i / K_c), where K_c is the actions on
 *   block c's items and r_ac = (1 - s) n_a K_c / K + s n_ac: a share s of the account's activity
 *   follows its blocks, the rest is spread by popularity as in the first pass (s = 0 is the
 *   popularity model, s = 1, the default, the block model). Within a topic the model expects the topic's members
 *   to share its hits; across topics it expects little more than the popularity model does. The
 *   expected overlap of a pair is the sum over the blocks; the tails (count and summed idf) are
 *   those of NullModel with the blocks' moments added up, and the window credit q_i of the first
 *   pass carries over.
 * - Which clusters are interests: InterestBlocks (a large first-pass cluster whose members are not
 *   synchronized, looked at again on its own; a group acting as one is never an interest). Without
 *   the synchronization rule the model explained the IRA operation's own categories away
 *   (whole-file ARI 0.509 -> 0.250, tuning slice 0.649 -> 0.288); with it the IRA figures are those
 *   of the popularity model alone. The synchronized signal is computed for this even when it is
 *   not asked for.
 * - The share s (default 1) is kept as an option: a share below 1 lets part of each account's
 *   activity follow popularity, a softer model for data whose communities are mixed. Similar
 *   content has no timing to tell concert from interest, so its edges are judged with s = 1.
 * - The test: an edge is kept when max(p_popularity, p_interest) passes Benjamini-Hochberg over
 *   every pair of active accounts at the same alpha (an intersection-union test). BH is monotone in
 *   the p-values, so testing only the first pass's kept edges gives exactly the set a full second
 *   pass would.
 * - Coordinated sets, tested as a whole first (third release of 2026-12-07): once the topics have
 *   explained most first-pass edges, few discoveries are left and the corrected threshold falls
 *   (1e-7 in a world of 10 topics of 100 accounts), while each pair of a group of 60 that retweets
 *   five posts of a topic in the same minute has p-values of 4e-4 and up against the topics its
 *   members come from: one pair at a time, the group was explained away. So each coordinated set
 *   (InterestBlocks) is first tested whole: its inner edges' co-actions and summed idf against the
 *   sum of their expectations under the interest model (the same two tails), at alpha divided by
 *   the number of sets. A set that passes has its inner pairs tested again among themselves
 *   (Benjamini-Hochberg over the set's pairs at alpha: a family tested because its parent was
 *   found, as in hierarchical testing); those that pass are kept besides the edges that pass the
 *   global correction. The sum runs over the first pass's edges only (pairs selected by the
 *   popularity test), so the set's p-value is optimistic; on the synthetic control the rescue
 *   added 0.1-0.2 % of the organic accounts to the planted groups' clusters (the table in the
 *   module README) and on the IRA file it never runs (no blocks).
 * - Sets the first pass scattered (CoordinatedSets.residual): a group of 3-20 accounts that retweets three
 *   posts of a topic together is clustered, in the first pass, with its members' own topics, and
 *   each of its pairs, at p-values of 4e-6 to 4e-4, fails the corrected threshold once the topics
 *   are explained (no edge at all passed it in those rows: 0 of 10 groups found). The pairs the
 *   interest model leaves strong, at most alpha / A (A active accounts: by chance an account gets
 *   such a link a fifth of the time), are peeled to their 2-core (every account strongly linked
 *   to two others) and joined into connected groups; a group of three or more with at least half
 *   its pairs so linked is a coordinated set, tested whole as above. Chosen on the control: a
 *   level of 1e-3 put 1.8 % of the organic accounts in clusters (pairs picked for their small
 *   p-values, summed, look significant), 2e-4 0.1-0.5 %, alpha / A (4e-5 there) none; 1e-5 found
 *   fewer groups. Without the 2-core, paths of two strong links got through (7-13 of 5,000
 *   organic accounts clustered with a daily cycle in 1 or 24 time zones and no group planted);
 *   requiring more than two thirds of the pairs instead also stopped them but found 34 instead of
 *   42 of the 80 three-post groups. An account linked by first-pass edges to half of a new set's
 *   members joins it before the set is tested (62 of those 80 groups found instead of 42, the
 *   organic accounts in clusters unchanged).
 * - Why only large clusters are blocks: a coordinated group is itself a community, and a block made
 *   of it would explain it away (five accounts that retweet the same five posts "share an
 *   interest" in them). A cluster of 50 accounts or more is a topic with many posts and members,
 *   where one group's few posts are a small share of the block's items.
 * - Distributed form: the blocks are a broadcast map from account to block; item blocks are a
 *   group-by-item, n_ac an aggregate by (account, block), the per-block models a group-by-block,
 *   and the test a map over the first pass's edges. Reads only its arguments.
 */
final class InterestModel {
  private InterestModel() {}

  /**
   * The signal's edges that beat both the popularity model and the interest model over the blocks
   * {@code block[account]} (0 = no interest block; 1..blocks; -g = coordinated set g, in block 0
   * without a vote).
   */
  static Refined refine(
      SignalEdges edges,
      int[] block,
      int blocks,
      double lambda,
      double alpha,
      @org.jspecify.annotations.Nullable DailyCycle cycle) {
    SignalEdges.Chance chance = edges.chance;
    if (chance == null || edges.size() == 0 || blocks == 0) {
      return new Refined(edges, 0, 0);
    }
    ItemActors groups = chance.actors();
    int items = groups.itemCount();
    int[] degree = chance.degree();
    int accountCount = block.length;

    // each eligible item's block (where most of its distinct actors are), and each account's
    // eligible items per block (sparse: key account << 32 | block), in one pass over the actors
    int[] itemBlock = new int[items];
    int[] tally = new int[blocks + 1];
    int[] stamp = new int[accountCount];
    Arrays.fill(stamp, -1);
    int[] perBlock = new int[blocks + 1];
    LongIntMap slot = new LongIntMap(Math.max(16, accountCount * 2));
    IntArray counts = new IntArray(Math.max(16, accountCount * 2));
    for (int it = 0; it < items; it++) {
      if (degree[it] == 0) {
        continue;
      }
      int best = 0;
      for (int e = groups.from(it); e < groups.to(it); e++) {
        int acc = groups.actor(e);
        if (stamp[acc] != it) {
          stamp[acc] = it;
          int c = block[acc];
          if (c < 0) {
            continue; // coordinated accounts do not vote (see the design note)
          }
          tally[c]++;
          if (tally[c] > tally[best] || (tally[c] == tally[best] && c < best)) {
            best = c;
          }
        }
      }
      itemBlock[it] = best;
      perBlock[best]++;
      for (int e = groups.from(it); e < groups.to(it); e++) {
        int acc = groups.actor(e);
        if (stamp[acc] != it) {
          continue; // a repeat, already counted
        }
        stamp[acc] = ~it; // counted for this item (never a valid item index)
        tally[Math.max(0, block[acc])] = 0;
        int s = slot.putIfAbsent(((long) acc << 32) | best, counts.size());
        if (s < 0) {
          counts.add(1);
        } else {
          counts.set(s, counts.get(s) + 1);
        }
      }
    }

    // one popularity model per block, over that block's items
    NullModel.Popularity[] model = new NullModel.Popularity[blocks + 1];
    int[][] blockDegree = new int[blocks + 1][];
    double[][] blockTogether = new double[blocks + 1][];
    int[] fill = new int[blocks + 1];
    for (int c = 0; c <= blocks; c++) {
      blockDegree[c] = new int[perBlock[c]];
      blockTogether[c] = new double[perBlock[c]];
    }
    double[] together = chance.together();
    for (int it = 0; it < items; it++) {
      if (degree[it] == 0) {
        continue;
      }
      int c = itemBlock[it];
      blockDegree[c][fill[c]] = degree[it];
      blockTogether[c][fill[c]++] = together == null ? 1.0 : together[it];
    }
    for (int c = 0; c <= blocks; c++) {
      model[c] = new NullModel.Popularity(blockDegree[c], blockTogether[c], chance.active());
    }

    // the pair's p-value under the interest model, and the larger of the two
    // two accounts awake at the same hours are within the window of each other more often than
    // the item's average pair (DailyCycle); signals without a window credit ignore time
    BlockModel blockModel =
        new BlockModel(
            model,
            slot,
            counts,
            chance.eligible(),
            blocks,
            lambda,
            chance.together() == null ? null : cycle);
    int n = edges.size();
    double[] p = new double[n];
    double[] moments = NullModel.Popularity.newMoments();
    for (int e = 0; e < n; e++) {
      if (edges.exact(e)) {
        // an exact set's edge keeps its set's p-value: the evidence is that these accounts and
        // nobody else acted on the same items, which no interest explains (ExactSets)
        p[e] = edges.pValue[e];
        continue;
      }
      blockModel.moments(edges.a[e], edges.b[e], moments);
      double interest =
          chance.countOnly()
              ? NullModel.poissonTail(edges.coActions[e], moments[0])
              : NullModel.tail(moments, edges.coActions[e], edges.sharedIdf[e]);
      p[e] = Math.max(edges.pValue[e], interest);
    }
    // the loose exact sets (ExactSets.LooseSet): the same test, each member acting on an item of
    // the set's size with its probability under the interest model; a set that stands keeps its
    // pairs the first pass kept, as an exact set's
    boolean[] bySet = new boolean[n];
    double[] setP = new double[n];
    int rescued = 0;
    if (!chance.looseSets().isEmpty()) {
      LongIntMap edgeOf = new LongIntMap(Math.max(16, n * 2));
      for (int e = 0; e < n; e++) {
        edgeOf.putIfAbsent(SignalEdges.pairKey(edges.a[e], edges.b[e]), e);
      }
      // the signal's proposals per block and size (the item's block), where they are known
      ExactSets.Proposed counted = null;
      long[][] ofSizeInBlock = null;
      for (ExactSets.LooseSet loose : chance.looseSets()) {
        if (loose.proposed() != null && loose.proposed() != counted) {
          counted = loose.proposed();
          ofSizeInBlock = perBlock(counted, itemBlock, blocks);
        }
        double pSet =
            Math.max(
                loose.p(),
                blockModel.exactSetPValue(loose, loose.proposed() == null ? null : ofSizeInBlock));
        if (pSet > loose.level()) {
          continue;
        }
        for (long key : loose.pairs()) {
          int e = edgeOf.get(key);
          if (e >= 0 && !edges.exact(e)) {
            setP[e] = bySet[e] ? Math.min(setP[e], pSet) : pSet;
            rescued += bySet[e] ? 0 : 1;
            bySet[e] = true;
          }
        }
      }
    }
    // the coordinated sets: those InterestBlocks found (block -g), and groups of accounts outside
    // them that the pairs left strong under the interest model tie together tightly
    int[] setOf = new int[accountCount];
    int sets = 0;
    for (int acc = 0; acc < accountCount; acc++) {
      if (block[acc] < 0) {
        setOf[acc] = -block[acc];
        sets = Math.max(sets, setOf[acc]);
      }
    }
    int found = sets;
    sets = CoordinatedSets.residual(edges, p, setOf, sets, alpha / Math.max(1, chance.active()));
    double[][] setMoments = new double[sets + 1][];
    long[] setShared = new long[sets + 1];
    double[] setIdf = new double[sets + 1];
    int[] inner = new int[sets + 1];
    for (int e = 0; e < n; e++) {
      int g = setOf[edges.a[e]];
      if (g > 0 && g == setOf[edges.b[e]]) {
        inner[g]++;
        if (setMoments[g] == null) {
          setMoments[g] = NullModel.Popularity.newMoments();
        }
        // computed again for the few edges inside sets rather than kept for every edge
        blockModel.moments(edges.a[e], edges.b[e], moments);
        for (int k = 0; k < moments.length; k++) {
          setMoments[g][k] += moments[k];
        }
        setShared[g] += edges.coActions[e];
        setIdf[g] += edges.sharedIdf[e];
      }
    }
    // a coordinated set whose inner co-actions, all together, beat the interest model (Bonferroni
    // over the sets) stands: its pairs are then tested among themselves
    boolean[] stands = new boolean[sets + 1];
    for (int g = 1; g <= sets; g++) {
      if (setMoments[g] != null) {
        int shared = (int) Math.min(Integer.MAX_VALUE, setShared[g]);
        double pSet =
            chance.countOnly()
                ? NullModel.poissonTail(shared, setMoments[g][0])
                : NullModel.tail(setMoments[g], shared, setIdf[g]);
        stands[g] = pSet <= alpha / sets;
      }
    }
    // inside a set that stands, its pairs are tested again among themselves: Benjamini-Hochberg
    // over the set's pairs (a family tested because its parent was significant)
    double[] setLimit = new double[sets + 1];
    if (sets > 0) {
      int[] setSize = new int[sets + 1];
      for (int g : setOf) {
        if (g > 0) {
          setSize[g]++;
        }
      }
      double[][] innerP = new double[sets + 1][];
      for (int g = 1; g <= sets; g++) {
        innerP[g] = new double[stands[g] ? inner[g] : 0];
        inner[g] = 0;
      }
      for (int e = 0; e < n; e++) {
        int g = setOf[edges.a[e]];
        if (g > 0 && g == setOf[edges.b[e]] && stands[g]) {
          innerP[g][inner[g]++] = p[e];
        }
      }
      for (int g = 1; g <= sets; g++) {
        setLimit[g] =
            NullModel.discoveryLimit(
                innerP[g], inner[g], (long) setSize[g] * (setSize[g] - 1) / 2, alpha);
      }
    }
    // an exact set's edges are not among the hypotheses corrected here: their set was tested
    // (ExactSets, Bonferroni over the proposed sets), and counting each of its s(s-1)/2 pairs as a
    // discovery would loosen the threshold for every other pair (a set of thirty made 435
    // discoveries, and pairs of organic accounts passed that had not before)
    double[] alone = p;
    int tested = n;
    for (int e = 0; e < n; e++) {
      if (edges.exact(e) || bySet[e]) {
        if (alone == p) {
          alone = p.clone();
        }
        alone[e] = Double.POSITIVE_INFINITY;
        tested--;
      }
    }
    double limit = NullModel.discoveryLimit(alone, tested, chance.hypotheses(), alpha);
    SignalEdges.Kept kept = new SignalEdges.Kept(n);
    int keptBySet = 0;
    for (int e = 0; e < n; e++) {
      int g = setOf[edges.a[e]];
      boolean standsWithItsSet =
          g > 0 && g == setOf[edges.b[e]] && stands[g] && p[e] <= setLimit[g];
      if (bySet[e]) {
        // a loose exact set's pair: its set's p-value where smaller, marked as the set's
        kept.add(
            edges.a[e],
            edges.b[e],
            edges.coActions[e],
            edges.weight[e],
            Math.min(p[e], setP[e]),
            edges.sharedIdf[e]);
        kept.markExact();
      } else if (p[e] <= limit || standsWithItsSet || edges.exact(e)) {
        if (p[e] > limit && !edges.exact(e)) {
          keptBySet++;
        }
        kept.add(
            edges.a[e], edges.b[e], edges.coActions[e], edges.weight[e], p[e], edges.sharedIdf[e]);
        if (edges.exact(e)) {
          kept.markExact();
        }
      }
    }
    return new Refined(
        kept.build(edges.signal, edges.itemIdf, null), keptBySet + rescued, sets - found);
  }

  /** The interest model's expected overlap of a pair: its moments summed over the blocks. */
  private record BlockModel(
      NullModel.Popularity[] model,
      LongIntMap slot,
      IntArray counts,
      int[] eligible,
      int blocks,
      double lambda,
      @org.jspecify.annotations.Nullable DailyCycle cycle,
      double grand) {

    BlockModel(
        NullModel.Popularity[] model,
        LongIntMap slot,
        IntArray counts,
        int[] eligible,
        int blocks,
        double lambda,
        @org.jspecify.annotations.Nullable DailyCycle cycle) {
      this(model, slot, counts, eligible, blocks, lambda, cycle, total(model));
    }

    private static double total(NullModel.Popularity[] model) {
      double grand = 0;
      for (NullModel.Popularity m : model) {
        grand += m.total();
      }
      return grand;
    }

    /**
     * A loose exact set's p-value under this model: as ExactSets.pValue, each member acting on an
     * item of size m in block c with probability min(1, r_ac m / K_c). Where the signal's proposals
     * per block are known ({@code ofSizeInBlock}), the expected number of proposals holding the set
     * is summed over the blocks, each block's proposals at that block's chance (ExactSets.held; the
     * set's own proposal is not left out). Otherwise (a distributed job's sets), every proposal is
     * taken at the chance of the block where the set is the likeliest, the most lenient block:
     * until the tenth release of 2026-12-08 always, and three accounts that alone posted the same
     * two links within five minutes, in a world of ten topics, were expected 1e-3 times over
     * instead of 1e-4 (the set's items are not at hand, but the proposals' blocks are).
     */
    double exactSetPValue(
        ExactSets.LooseSet loose, long @org.jspecify.annotations.Nullable [][] ofSizeInBlock) {
      int[] set = loose.set();
      double best = -1;
      double summed = 0;
      for (int c = 0; c <= blocks; c++) {
        double total = model[c].total();
        boolean all = total > 0;
        for (int i = 0; i < set.length && all; i++) {
          all = rate(set[i], c, slot.get(((long) set[i] << 32) | c)) > 0;
        }
        if (!all) {
          continue;
        }
        int block = c;
        java.util.function.IntToDoubleFunction r =
            x -> rate(x, block, slot.get(((long) x << 32) | block));
        if (ofSizeInBlock != null) {
          summed +=
              ExactSets.held(
                  set, ofSizeInBlock[c], loose.cores() ? ExactSets.CORE_DROP : 0, r, total);
        } else {
          best = Math.max(best, ExactSets.mean(set, loose.ofSize(), loose.cores(), r, total));
        }
      }
      double mean = ofSizeInBlock != null ? summed : best;
      // every member acted on the set's items, so the blocks of those items have them all; no such
      // block would mean the model gives what happened no chance at all
      return ofSizeInBlock == null && best < 0
          ? 0
          : NullModel.poissonTail(loose.proposals() - 1, mean);
    }

    /**
     * Account x's activity in block c, r_xc: a share lambda of it follows its blocks (its eligible
     * items there, at {@code sx} in counts, or none where negative), the rest is spread by the
     * block's share of all actions.
     */
    private double rate(int x, int c, int sx) {
      return (1 - lambda) * eligible[x] * (model[c].total() / grand)
          + lambda * (sx < 0 ? 0 : counts.get(sx));
    }

    void moments(int x, int y, double[] out) {
      Arrays.fill(out, 0);
      for (int c = 0; c <= blocks; c++) {
        int sx = slot.get(((long) x << 32) | c);
        int sy = slot.get(((long) y << 32) | c);
        if (lambda >= 1 && (sx < 0 || sy < 0)) {
          continue; // the block model: a pair shares only blocks both act in
        }
        model[c].addMoments(rate(x, c, sx), rate(y, c, sy), out);
      }
      if (cycle != null) {
        double f = cycle.together(x, y);
        if (f > 1) {
          for (int k = 0; k < out.length; k++) {
            out[k] *= f;
          }
        }
      }
    }
  }

  /** How many of {@code proposed}'s proposals of each size (second index) each block has. */
  private static long[][] perBlock(ExactSets.Proposed proposed, int[] itemBlock, int blocks) {
    int max = 0;
    for (int size : proposed.size()) {
      max = Math.max(max, size);
    }
    long[][] out = new long[blocks + 1][max + 1];
    for (int j = 0; j < proposed.item().length; j++) {
      out[itemBlock[proposed.item()[j]]][proposed.size()[j]]++;
    }
    return out;
  }

  /**
   * The refined edges; how many of them passed only because their coordinated set, tested as a
   * whole, beat the interest model; and how many sets were found among the strong residual links.
   */
  record Refined(SignalEdges edges, int keptBySet, int residualSets) {}
}
