package io.vigil.coordination;

import java.time.Duration;

/**
 * How one signal turns shared items into edges.
 *
 * @param window two actions on the same item count as a co-action only when at most this far apart
 *     (for {@link Signal#SYNCHRONIZED} it is the width of the activity bins)
 * @param minCoActions an edge needs at least this many distinct shared items
 * @param weight how much the signal's edges count when signals are added up (0 keeps the signal for
 *     explanations only)
 */
public record SignalSettings(Duration window, int minCoActions, double weight)
    implements java.io.Serializable {
  public SignalSettings {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    if (minCoActions < 1) {
      throw new IllegalArgumentException("minCoActions must be >= 1, was " + minCoActions);
    }
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be >= 0, was " + weight);
    }
  }

  SignalSettings withWindow(Duration w) {
    return new SignalSettings(w, minCoActions, weight);
  }
}
