package io.vigil.coordination;

/*
 * The null model edges must beat. Under a bipartite configuration model (accounts keep how many
 * eligible items they touch, items are otherwise assigned at random) the number of items two
 * accounts share is approximately Poisson with mean n_a * n_b / N (N eligible items). An edge is
 * kept when P(X >= observed) < alpha. The tail is computed in log space (Lanczos log-gamma) from
 * the first term with a geometric bound, so it never underflows and errs on the side of keeping
 * fewer edges. The expectation ignores the time window, which only makes chance co-actions rarer,
 * so the test is conservative for windowed signals. See Pacheco et al. 2021 (null-model
 * filtering of similarity networks) and Neal 2014 (backbone extraction of bipartite projections).
 */
final class NullModel {
  private NullModel() {}

  static double expected(int na, int nb, int items) {
    return (double) na * nb / Math.max(1, items);
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
