package io.vigil.coordination;

import java.util.List;
import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/*
 * The combined network and its clustering.
 * - Each signal's kept edges (already normalised to [0, 1] and tested against the null model) are
 *   summed per account pair; the per-signal parts are kept for explanations.
 * - Clustering: Leiden (Traag, Waltman & van Eck 2019, "From Louvain to Leiden: guaranteeing
 *   well-connected communities", Sci. Rep. 9:5233) through the authors' library
 *   nl.cwts:networkanalysis. Modularity is obtained the way the library's own
 *   RunNetworkClustering does it: node weights = strengths, CPM resolution = gamma / (2W + W_self).
 *   Randomness comes from the seed in the options only, so a run is reproducible.
 * - Leiden's result also depends on how the nodes are numbered. Until the eighth release of
 *   2026-12-07 they were numbered in the order their edges came, which follows the order accounts
 *   were first seen in the posts: the same posts shuffled moved 4-10 accounts in two of four
 *   independent worlds, and the Spark driver (accounts numbered by name) placed 5 of the IRA file's
 *   2,464 clustered accounts otherwise than the engine from the very same edges. The detector now
 *   passes each account's rank by name (cluster(resolution, seed, rank)).
 */
final class CombinedNetwork {
  final int accountCount;
  final int[] a;
  final int[] b;
  final double[] weight;

  /** Per edge and signal (edge * S + signal ordinal): normalised weight and co-action count. */
  final double[] signalWeight;

  final int[] signalCount;
  static final int S = Signal.values().length;

  private CombinedNetwork(
      int accountCount,
      int[] a,
      int[] b,
      double[] weight,
      double[] signalWeight,
      int[] signalCount) {
    this.accountCount = accountCount;
    this.a = a;
    this.b = b;
    this.weight = weight;
    this.signalWeight = signalWeight;
    this.signalCount = signalCount;
  }

  int size() {
    return a.length;
  }

  static CombinedNetwork combine(
      List<SignalEdges> signals, int accountCount, DetectionOptions options) {
    int expected = 0;
    for (SignalEdges s : signals) {
      expected += s.size();
    }
    LongIntMap index = new LongIntMap(Math.max(16, expected));
    IntArray ea = new IntArray(expected);
    IntArray eb = new IntArray(expected);
    double[] sw = new double[Math.max(1, expected) * S];
    int[] sc = new int[Math.max(1, expected) * S];
    for (SignalEdges s : signals) {
      int ord = s.signal.ordinal();
      for (int i = 0; i < s.size(); i++) {
        long key = ((long) s.a[i] << 32) | s.b[i];
        int slot = index.putIfAbsent(key, ea.size());
        if (slot < 0) {
          slot = -1 - slot;
          ea.add(s.a[i]);
          eb.add(s.b[i]);
        }
        sw[slot * S + ord] += s.weight[i];
        sc[slot * S + ord] += s.coActions[i];
      }
    }
    int n = ea.size();
    double[] w = new double[n];
    double[] factors = new double[S];
    for (Signal sig : Signal.values()) {
      factors[sig.ordinal()] = options.settings().get(sig).weight();
    }
    for (int e = 0; e < n; e++) {
      double sum = 0;
      for (int k = 0; k < S; k++) {
        sum += sw[e * S + k] * factors[k];
      }
      w[e] = sum;
    }
    return new CombinedNetwork(
        accountCount,
        ea.toArray(),
        eb.toArray(),
        w,
        java.util.Arrays.copyOf(sw, n * S),
        java.util.Arrays.copyOf(sc, n * S));
  }

  /** A network of plain weighted links (no per-signal columns), for clustering alone. */
  static CombinedNetwork ofWeights(int accountCount, int[] a, int[] b, double[] weight) {
    return new CombinedNetwork(
        accountCount, a, b, weight, new double[a.length * S], new int[a.length * S]);
  }

  /** Strength (summed edge weight) per account. */
  double[] strengths() {
    double[] s = new double[accountCount];
    for (int e = 0; e < a.length; e++) {
      s[a[e]] += weight[e];
      s[b[e]] += weight[e];
    }
    return s;
  }

  /**
   * Leiden modularity clustering. Returns per account a cluster index (>= 0) or -1 for accounts
   * without edges.
   */
  int[] cluster(double resolution, long seed) {
    return cluster(resolution, seed, null);
  }

  /**
   * Leiden modularity clustering with the accounts numbered for Leiden in the order of {@code rank}
   * (an account's place among all accounts, by name), not in the order their edges come. Leiden's
   * result depends on the numbering of the nodes as well as on its seed; numbered by name, the same
   * edges give the same clusters whatever order the posts were read in, on one machine or in a
   * distributed job (DistributedSteps.clusters).
   */
  int[] cluster(double resolution, long seed, int @org.jspecify.annotations.Nullable [] rank) {
    int[] node = new int[accountCount];
    java.util.Arrays.fill(node, -1);
    int nodes = 0;
    int m = 0;
    for (int e = 0; e < a.length; e++) {
      if (weight[e] <= 0) {
        continue;
      }
      m++;
      if (node[a[e]] < 0) {
        node[a[e]] = nodes++;
      }
      if (node[b[e]] < 0) {
        node[b[e]] = nodes++;
      }
    }
    if (rank != null) {
      long[] ranked = new long[nodes];
      int n = 0;
      for (int acc = 0; acc < accountCount; acc++) {
        if (node[acc] >= 0) {
          ranked[n++] = ((long) rank[acc] << 32) | acc;
        }
      }
      java.util.Arrays.sort(ranked);
      for (int i = 0; i < nodes; i++) {
        node[(int) ranked[i]] = i;
      }
    }
    int[] result = new int[accountCount];
    java.util.Arrays.fill(result, -1);
    if (nodes == 0) {
      return result;
    }
    LargeIntArray from = new LargeIntArray(2L * m);
    LargeIntArray to = new LargeIntArray(2L * m);
    LargeDoubleArray w = new LargeDoubleArray(2L * m);
    long k = 0;
    for (int e = 0; e < a.length; e++) {
      if (weight[e] <= 0) {
        continue;
      }
      from.set(k, node[a[e]]);
      to.set(k, node[b[e]]);
      w.set(k++, weight[e]);
      from.set(k, node[b[e]]);
      to.set(k, node[a[e]]);
      w.set(k++, weight[e]);
    }
    Network network = new Network(nodes, true, new LargeIntArray[] {from, to}, w, false, false);
    double cpm =
        resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
    LeidenAlgorithm leiden = new LeidenAlgorithm(cpm, 10, 0.01, new Random(seed));
    Clustering clustering = new Clustering(nodes);
    clustering.initSingletonClusters();
    leiden.improveClustering(network, clustering);
    for (int acc = 0; acc < accountCount; acc++) {
      if (node[acc] >= 0) {
        result[acc] = clustering.getCluster(node[acc]);
      }
    }
    return result;
  }

  /** The number of accounts per cluster index (accounts of index -1 are in none). */
  static int[] clusterSizes(int[] cluster) {
    int max = -1;
    for (int c : cluster) {
      max = Math.max(max, c);
    }
    int[] size = new int[max + 1];
    for (int c : cluster) {
      if (c >= 0) {
        size[c]++;
      }
    }
    return size;
  }
}
