package io.vigil.coordination;

/**
 * An account's place in the result.
 *
 * @param account the account
 * @param cluster the cluster id, or 0 when the account is linked but in no reported cluster
 * @param score share of the account's edge weight that goes to its own cluster, in [0, 1]
 * @param strength the account's summed edge weight
 */
public record AccountAssignment(String account, int cluster, double score, double strength) {}
