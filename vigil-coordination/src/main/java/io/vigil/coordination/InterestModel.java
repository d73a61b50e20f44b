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
 *   blocks are the first pass's clusters of at least interestMinAccounts accounts (the
 *   interests); every other account is in block 0. An item belongs to the block most of its
 *   actors are in (ties to the lowest block number, block 0 first). Account a, with n_a eligible items of which n_ac in block c,
 *   acts on item i of block c with probability min(1, r_ac k_i / K_c), where K_c is the actions on
 *   block c's items and r_ac = (1 - s) n_a K_c / K + s n_ac: a share s of the account's activity
 *   follows its blocks, the rest is spread by popularity as in the first pass (s = 0 is the
 *   popularity model, s = 1, the default, the block model). Within a topic the model expects the topic's members
 *   to share its hits; across topics it expects little more than the popularity model does. The
 *   expected overlap of a pair is the sum over the blocks; the tails (count and summed idf) are
 *   those of NullModel with the blocks' moments added up, and the window credit q_i of the first
 *   pass carries over.
 * - Which clusters are interests: shared interest explains sharing the same posts, not being
 *   active in the same minutes beyond what those minutes' popularity explains. A cluster whose
 *   members are linked by the synchronized signal (1-minute bins, tested against the same
 *   popularity model, so a daily cycle alone links nobody) more densely than chance could link
 *   them, across a fifth of its members or more, is taken for a coordinated community, not an
 *   interest, and is not a block (CoordinationDetector.interestBlocks). On the synthetic organic
 *   control no topic cluster has a synchronized pair; every IRA cluster of 50+ accounts (whole
 *   file, both slices, 10 % and 50 % samples) is synchronized, at densities of 0.002-0.84 against
 *   chance bounds of 0.0001-0.009 and with 30-100 % of its members involved. Without this rule the
 *   model explained the operation's own categories away (whole-file ARI 0.509 -> 0.250, tuning
 *   slice 0.649 -> 0.288); with it the IRA figures are those of the popularity model alone and
 *   the organic control has no account in a cluster. The share of members keeps a planted group
 *   acting within one minute from making its members' topics "synchronized" (without it, 15-30 %
 *   of the control's organic accounts went back into clusters in those rows). The synchronized
 *   signal is computed for this even when it is not asked for.
 * - The share s (default 1) is kept as an option: a share below 1 lets part of each account's
 *   activity follow popularity, a softer model for data whose communities are mixed. Similar
 *   content has no timing to tell concert from interest, so its edges are judged with s = 1.
 * - The test: an edge is kept when max(p_popularity, p_interest) passes Benjamini-Hochberg over
 *   every pair of active accounts at the same alpha (an intersection-union test). BH is monotone in
 *   the p-values, so testing only the first pass's kept edges gives exactly the set a full second
 *   pass would.
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
   * {@code block[account]} (0 = no interest block; 1..blocks).
   */
  static SignalEdges refine(
      SignalEdges edges, int[] block, int blocks, double lambda, double alpha) {
    SignalEdges.Chance chance = edges.chance;
    if (chance == null || edges.size() == 0 || blocks == 0) {
      return edges;
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
        tally[block[acc]] = 0;
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
    double grand = 0;
    for (int c = 0; c <= blocks; c++) {
      grand += model[c].total();
    }
    int n = edges.size();
    double[] p = new double[n];
    double[] moments = NullModel.Popularity.newMoments();
    int[] eligible = chance.eligible();
    for (int e = 0; e < n; e++) {
      int x = edges.a[e];
      int y = edges.b[e];
      Arrays.fill(moments, 0);
      for (int c = 0; c <= blocks; c++) {
        int sx = slot.get(((long) x << 32) | c);
        int sy = slot.get(((long) y << 32) | c);
        if (lambda >= 1 && (sx < 0 || sy < 0)) {
          continue; // the block model: a pair shares only blocks both act in
        }
        double share = model[c].total() / grand;
        double rx = (1 - lambda) * eligible[x] * share + lambda * (sx < 0 ? 0 : counts.get(sx));
        double ry = (1 - lambda) * eligible[y] * share + lambda * (sy < 0 ? 0 : counts.get(sy));
        model[c].addMoments(rx, ry, moments);
      }
      double interest =
          chance.countOnly()
              ? NullModel.poissonTail(edges.coActions[e], moments[0])
              : NullModel.tail(moments, edges.coActions[e], edges.sharedIdf[e]);
      p[e] = Math.max(edges.pValue[e], interest);
    }
    double limit = NullModel.discoveryLimit(p, n, chance.hypotheses(), alpha);
    SignalEdges.Kept kept = new SignalEdges.Kept(n);
    for (int e = 0; e < n; e++) {
      if (p[e] <= limit) {
        kept.add(
            edges.a[e], edges.b[e], edges.coActions[e], edges.weight[e], p[e], edges.sharedIdf[e]);
      }
    }
    return kept.build(edges.signal, edges.itemIdf, null);
  }
}
