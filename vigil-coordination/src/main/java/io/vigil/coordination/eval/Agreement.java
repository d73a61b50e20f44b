package io.vigil.coordination.eval;

/**
 * How well clusters recover labelled groups, on the accounts that are both labelled and clustered.
 *
 * @param accounts labelled accounts in the input (the coverage denominator)
 * @param covered labelled accounts that are in a reported cluster
 * @param clusters clusters among the covered accounts
 * @param ari adjusted Rand index (Hubert &amp; Arabie 1985)
 * @param nmi normalized mutual information, arithmetic-mean normalisation
 * @param purity share of covered accounts in their cluster's majority label
 * @param inversePurity share of covered accounts in their label's majority cluster (completeness)
 */
public record Agreement(
    int accounts,
    int covered,
    int clusters,
    double ari,
    double nmi,
    double purity,
    double inversePurity) {

  /** covered / accounts. */
  public double coverage() {
    return accounts == 0 ? 0 : (double) covered / accounts;
  }
}
