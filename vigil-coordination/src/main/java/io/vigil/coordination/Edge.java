package io.vigil.coordination;

import java.util.Map;

/**
 * An edge of the combined network (each kept signal edge beat the null model).
 *
 * @param account one account
 * @param otherAccount the other account
 * @param weight the summed normalised weight over signals
 * @param signalWeights the normalised weight per signal
 * @param coActions distinct shared items per signal
 */
public record Edge(
    String account,
    String otherAccount,
    double weight,
    Map<Signal, Double> signalWeights,
    Map<Signal, Integer> coActions) {
  public Edge {
    signalWeights = Map.copyOf(signalWeights);
    coActions = Map.copyOf(coActions);
  }
}
