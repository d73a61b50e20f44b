package io.vigil.coordination;

import java.util.List;

/**
 * Why a cluster holds together, for one signal.
 *
 * @param signal the signal
 * @param summary one sentence for a reader
 * @param edges edges inside the cluster that this signal supports
 * @param weightShare this signal's share of the cluster's internal edge weight, in [0, 1]
 * @param topItems the items most members shared
 * @param examples concrete co-actions behind the strongest edge of this signal
 */
public record Reason(
    Signal signal,
    String summary,
    int edges,
    double weightShare,
    List<SharedItem> topItems,
    List<CoAction> examples) {
  public Reason {
    topItems = List.copyOf(topItems);
    examples = List.copyOf(examples);
  }
}
