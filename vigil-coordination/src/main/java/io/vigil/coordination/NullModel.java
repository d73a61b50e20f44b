package io.vigil.coordination;

/*
 * The null model edges must beat. Under a bipartite configuration model that keeps both degrees
 * (Neal 2014's stochastic degree sequence model, in its closed form: account a touches item i with
 * probability p_ai = min(1, n_a k_i / K), where n_a is how many eligible items a touched, k_i how
 * many accounts touched i, and K the sum of either), the number of items two accounts share is
 * approximately Poisson with mean sum_i p_ai p_bi (Popularity.expected). Items only one account
 * touched are in the model too (k = 1, never acted on together): each was one of its account's
 * chances to share. Leaving them out conditions on the outcome: where a group's copies or links
 * are the only ones anyone shares, every stub of the model is the group's, and the group looks
 * like chance (a copypasta group among 300 accounts writing their own texts gave no cluster). Popular items are shared
 * by chance far more often than rare ones: with Zipf-distributed popularity the uniform mean
 * n_a n_b / N underestimates chance by one to two orders of magnitude, which linked most accounts
 * of a synthetic organic control (OrganicControlBenchmark). Two statistics are tested: the count
 * of shared items (Poisson tail) and their summed idf (Chernoff bound, Popularity.weightedTail),
 * which sees that sharing rare items is stronger evidence than sharing hits; a pair's p-value is
 * twice the smaller (Bonferroni over the two), and discoveryLimit corrects the pairs' p-values for
 * being many. The tail is computed in log space (Lanczos log-gamma) from
 * the first term with a geometric bound, so it never underflows and errs on the side of keeping
 * fewer edges. The window: two accounts that both acted on item i count only if they did so within
 * the signal's window, which under the model happens with the probability q_i that two of the
 * item's actors acted that close (the share of its actor pairs that did: an item everyone shared in
 * one burst has q near 1, an item shared over weeks near 0), so item i contributes p_ai p_bi q_i.
 * Without it, a group sharing three posts within minutes, among accounts that shared others days
 * apart, was not significant. An account that acts on an item again and again is more likely than
 * the average pair to be within the window of someone (a tag used daily always is), so the signals
 * whose items repeat by nature (hashtags, Signal.itemsRepeatByNature) keep q_i = 1: on a synthetic
 * control, estimating q for hashtags linked 4 % of the organic accounts. See Pacheco et al. 2021
 * (null-model filtering of similarity networks) and Neal 2014 (backbone extraction of bipartite
 * projections).
 */
final class NullModel {
  private NullModel() {}

  /**
   * The degree distribution of the eligible items, as prefix sums over their distinct degrees, so
   * the expected overlap of any pair costs O(log D) (D distinct degrees): items below both
   * accounts' saturation degree contribute n_a n_b k^2 / K^2, items between the two contribute n_b
   * k / K, items above both contribute 1.
   */
  static final class Popularity {
    /** Chernoff exponents tried for the weighted tail; each gives a valid bound, the least wins. */
    private static final double[] THETAS = {0.25, 0.5, 0.75, 1, 1.5, 2, 3};

    /** A zeroed moments array for {@link #addMoments}: the mean, then one moment per theta. */
    static double[] newMoments() {
      return new double[1 + THETAS.length];
    }

    private final double total;

    /** The distinct degrees, ascending; prefix arrays below have one more entry. */
    private final int[] degrees;

    private final double[] count;
    private final double[] sum;
    private final double[] squares;

    /** Per theta: prefix sums of k^(2-theta), k^(1-theta) and k^(-theta). */
    private final double[][] powers;

    /** Per theta: A^theta. */
    private final double[] scale = new double[THETAS.length];

    /**
     * {@code degree[i]} is item i's number of accounts (0: not eligible); {@code accounts} is the
     * number A of active accounts the item weights idf = ln(A / k) refer to.
     */
    Popularity(int[] degree, int accounts) {
      this(degree, null, accounts);
    }

    /**
     * As above, where two accounts that both acted on item i did so within the signal's window with
     * probability {@code together[i]} (null: always).
     */
    Popularity(int[] degree, double @org.jspecify.annotations.Nullable [] together, int accounts) {
      for (int t = 0; t < THETAS.length; t++) {
        scale[t] = Math.pow(accounts, THETAS[t]);
      }
      int n = 0;
      long[] byDegree = new long[degree.length];
      for (int i = 0; i < degree.length; i++) {
        if (degree[i] > 0) {
          byDegree[n++] = ((long) degree[i] << 32) | i;
        }
      }
      java.util.Arrays.sort(byDegree, 0, n);
      int distinct = 0;
      for (int j = 0; j < n; j++) {
        if (j == 0 || (int) (byDegree[j] >>> 32) != (int) (byDegree[j - 1] >>> 32)) {
          distinct++;
        }
      }
      degrees = new int[distinct];
      count = new double[distinct + 1];
      sum = new double[distinct + 1];
      squares = new double[distinct + 1];
      powers = new double[THETAS.length * 3][distinct + 1];
      double k1 = 0;
      int d = -1;
      for (int j = 0; j < n; j++) {
        int k = (int) (byDegree[j] >>> 32);
        int i = (int) byDegree[j];
        if (d < 0 || degrees[d] != k) {
          degrees[++d] = k;
        }
        double q = together == null ? 1.0 : together[i];
        count[d + 1] += q;
        sum[d + 1] += q * k;
        squares[d + 1] += q * (double) k * k;
        k1 += k;
      }
      for (int j = 0; j < distinct; j++) {
        double c = count[j + 1];
        int k = degrees[j];
        if (c > 0) {
          for (int t = 0; t < THETAS.length; t++) {
            powers[3 * t][j + 1] = c * Math.pow(k, 2 - THETAS[t]);
            powers[3 * t + 1][j + 1] = c * Math.pow(k, 1 - THETAS[t]);
            powers[3 * t + 2][j + 1] = c * Math.pow(k, -THETAS[t]);
          }
        }
      }
      for (int j = 1; j <= distinct; j++) {
        count[j] += count[j - 1];
        sum[j] += sum[j - 1];
        squares[j] += squares[j - 1];
        for (double[] p : powers) {
          p[j] += p[j - 1];
        }
      }
      total = k1;
    }

    /**
     * The expected number of items shared by accounts of na and nb eligible items (within the
     * window, when the model was given the items' chances of being acted on together).
     */
    double expected(int na, int nb) {
      if (na <= 0 || nb <= 0 || total <= 0) {
        return 0;
      }
      return overSaturation(
          na, nb, saturation(Math.max(na, nb)), saturation(Math.min(na, nb)), squares, sum, count);
    }

    /**
     * sum_i p_ai p_bi f(k_i) from prefix sums of f(k) k^2, f(k) k and f(k) over the distinct
     * degrees: items below both accounts' saturation degree weigh n_a n_b k^2 / K^2, items between
     * the two n_light k / K, items above both 1.
     */
    private double overSaturation(
        double na,
        double nb,
        int th,
        int tl,
        double[] bySquare,
        double[] byDegree,
        double[] byItem) {
      double heavy = Math.max(na, nb);
      double light = Math.min(na, nb);
      int top = degrees.length;
      return heavy * light / (total * total) * bySquare[th]
          + light / total * (byDegree[tl] - byDegree[th])
          + (byItem[top] - byItem[tl]);
    }

    /**
     * Adds this model's share to a pair's tail: its mean overlap to {@code out[0]} and, per theta,
     * its Chernoff moment sum_i p_ai p_bi (A / k_i)^theta to {@code out[1 + t]}. Models of disjoint
     * item sets add up, so a pair's tail over several blocks of items is one {@link #tail}.
     */
    void addMoments(double na, double nb, double[] out) {
      if (na <= 0 || nb <= 0 || total <= 0) {
        return;
      }
      int th = saturation(Math.max(na, nb));
      int tl = saturation(Math.min(na, nb));
      out[0] += overSaturation(na, nb, th, tl, squares, sum, count);
      for (int t = 0; t < THETAS.length; t++) {
        out[1 + t] +=
            scale[t]
                * overSaturation(
                    na, nb, th, tl, powers[3 * t], powers[3 * t + 1], powers[3 * t + 2]);
      }
    }

    /**
     * An upper bound of P(W >= w), W the summed idf of the items two accounts of na and nb items
     * share by chance: Chernoff, exp(-theta w + sum_i p_ai p_bi ((A / k_i)^theta - 1)), the least
     * over a few theta. Sharing rare items weighs more than sharing the hits everybody shares,
     * which a count of shared items cannot see: six accounts sharing five little-shared posts and
     * nothing else are a group, while sharing five of the most shared posts is chance.
     */
    double weightedTail(int na, int nb, double w) {
      if (na <= 0 || nb <= 0 || total <= 0) {
        return 1.0;
      }
      double[] m = newMoments();
      addMoments(na, nb, m);
      return NullModel.weightedTail(m, w);
    }

    /**
     * The p-value of a pair of na and nb eligible items that shared {@code shared} items of summed
     * idf {@code w}: twice the smaller of the count's Poisson tail and the weighted tail
     * (Bonferroni over the two statistics), at most 1.
     */
    double pValue(int shared, int na, int nb, double w) {
      if (na <= 0 || nb <= 0 || total <= 0) {
        return 1.0;
      }
      double[] m = newMoments();
      addMoments(na, nb, m);
      return tail(m, shared, w);
    }

    /** K: the actions on the model's items. */
    double total() {
      return total;
    }

    /** The index of the first distinct degree at which an account of n items is sure to act. */
    private int saturation(double n) {
      double t = Math.ceil(total / n);
      if (t > Integer.MAX_VALUE) {
        return degrees.length;
      }
      int i = java.util.Arrays.binarySearch(degrees, (int) t);
      return i >= 0 ? i : -i - 1;
    }
  }

  /** The Chernoff bound of the weighted tail from summed moments (see Popularity.addMoments). */
  static double weightedTail(double[] moments, double w) {
    double best = 0;
    for (int t = 0; t < Popularity.THETAS.length; t++) {
      best = Math.min(best, -Popularity.THETAS[t] * w + moments[1 + t] - moments[0]);
    }
    return Math.exp(best);
  }

  /**
   * A pair's p-value from its summed moments: twice the smaller of the count's Poisson tail and the
   * weighted tail, at most 1.
   */
  static double tail(double[] moments, int shared, double w) {
    double byCount = poissonTail(shared, moments[0]);
    double byWeight = weightedTail(moments, w);
    return Math.min(1.0, 2 * Math.min(byCount, byWeight));
  }

  /**
   * The Benjamini-Hochberg step-up limit (Benjamini & Hochberg 1995): the largest p-value p_(k)
   * with p_(k) <= k q / m, where m is the number of hypotheses: every pair of active accounts, not
   * only the pairs that co-acted enough to be computed (choosing the hypotheses by the statistic
   * itself would make the correction lenient exactly where data are sparse; with m = the computed
   * pairs, a control of 1,000 random accounts had 16 of them in clusters). {@code p} holds the
   * computed p-values, untested entries as +infinity; every other hypothesis has p = 1. Keeping the
   * tests at or below the limit bounds the expected false-discovery share by q. Returns -1 when
   * nothing is significant.
   */
  static double discoveryLimit(double[] p, int tested, long hypotheses, double q) {
    if (tested == 0) {
      return -1;
    }
    if (q >= 1) {
      return Double.MAX_VALUE; // a false-discovery rate of 1 accepts every tested pair
    }
    double[] sorted = new double[tested];
    int n = 0;
    for (double x : p) {
      if (x != Double.POSITIVE_INFINITY && n < tested) {
        sorted[n++] = x;
      }
    }
    java.util.Arrays.sort(sorted, 0, n);
    double m = Math.max(hypotheses, tested);
    double limit = -1;
    for (int k = 0; k < n; k++) {
      if (sorted[k] <= (k + 1.0) / m * q) {
        limit = sorted[k];
      }
    }
    return limit;
  }

  /** An upper bound of P(X >= k) for X ~ Poisson(mu). */
  static double poissonTail(int k, double mu) {
    if (k <= 0) {
      return 1.0;
    }
    if (mu <= 0) {
      return 0.0;
    }
    if (k <= mu) {
      return 1.0;
    }
    double logTerm = -mu + k * Math.log(mu) - logGamma(k + 1.0);
    double ratio = mu / (k + 1.0);
    double bound = Math.exp(logTerm) / (1.0 - ratio);
    return Math.min(1.0, bound);
  }

  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double z = x - 1;
    double a = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < 9; i++) {
      a += LANCZOS[i] / (z + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
