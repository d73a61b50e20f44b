package io.vigil.coordination;

import java.util.Map;

/**
 * Counts and timings of a run.
 *
 * @param rows data rows read
 * @param posts posts analysed (inside the time range)
 * @param outsideRange posts skipped by the time range
 * @param malformedRows rows skipped as malformed
 * @param accounts accounts with at least one analysed post
 * @param linkedAccounts accounts with at least one edge
 * @param clusteredAccounts accounts in a reported cluster
 * @param edges edges of the combined network
 * @param signalEdges kept edges per signal
 * @param signalActions actions per signal
 * @param millis wall-clock milliseconds per phase (read, signals, cluster, explain)
 * @param interestCommunities first-pass clusters taken for communities of interest (not
 *     synchronized, large enough), whose shared interests the interest model discounts
 * @param interestAccounts accounts in those communities
 * @param explainedByInterest per signal, edges that beat the popularity model but not the interest
 *     model, and were dropped
 * @param coordinatedSets sets of accounts judged coordinated as a whole: by the interest step (a
 *     synchronized cluster or its core, a large group whose pairs are mostly linked, a tight group
 *     its pairs left strong) where it judges the edges last, else the first pass's sets (the most
 *     any signal found; CoordinatedSets), or the interest step's if it found more
 * @param keptByCoordinatedSet per signal, edges kept although they did not pass the corrected
 *     threshold on their own, because their coordinated set as a whole beat the model that judged
 *     the edges last and they passed the test among its pairs
 */
public record DetectionStats(
    long rows,
    long posts,
    long outsideRange,
    long malformedRows,
    int accounts,
    int linkedAccounts,
    int clusteredAccounts,
    int edges,
    Map<Signal, Integer> signalEdges,
    Map<Signal, Integer> signalActions,
    Map<String, Long> millis,
    int interestCommunities,
    int interestAccounts,
    Map<Signal, Integer> explainedByInterest,
    int coordinatedSets,
    Map<Signal, Integer> keptByCoordinatedSet) {
  public DetectionStats {
    explainedByInterest = Map.copyOf(explainedByInterest);
    keptByCoordinatedSet = Map.copyOf(keptByCoordinatedSet);
    signalEdges = Map.copyOf(signalEdges);
    signalActions = Map.copyOf(signalActions);
    millis = Map.copyOf(millis);
  }
}
