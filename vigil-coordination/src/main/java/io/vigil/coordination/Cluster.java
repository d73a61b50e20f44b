package io.vigil.coordination;

import java.time.Instant;
import java.util.List;

/**
 * A group of accounts that acted in concert.
 *
 * @param id 1-based, largest cluster first
 * @param accounts the member accounts, strongest first
 * @param score share of the members' edge weight that stays inside the cluster, in [0, 1]
 * @param reasons one per signal that holds the cluster together, strongest first
 * @param from the first post of any member
 * @param to the last post of any member
 * @param techniques suggested DISARM techniques (from the signals that hold the cluster together)
 */
public record Cluster(
    int id,
    List<String> accounts,
    double score,
    List<Reason> reasons,
    Instant from,
    Instant to,
    List<Technique> techniques) {
  public Cluster {
    if (id < 1) {
      throw new IllegalArgumentException("id must be >= 1, was " + id);
    }
    accounts = List.copyOf(accounts);
    reasons = List.copyOf(reasons);
    techniques = List.copyOf(techniques);
  }

  /** The signals that hold the cluster together, strongest first. */
  public List<Signal> signals() {
    return reasons.stream().map(Reason::signal).toList();
  }
}
