package io.vigil.coordination;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a detection run does. Start from {@link #defaults()} and change with the {@code with...}
 * methods.
 *
 * @param signals the signals to compute
 * @param settings window and minimum co-actions per signal
 * @param alpha the false-discovery rate of each signal's edges: an edge is kept only when its
 *     shared-item count is unlikely under the bipartite configuration null model, with the p-values
 *     of every pair of the signal's active accounts corrected together (Benjamini-Hochberg) so that
 *     at most this share of the kept edges is expected to be chance
 * @param maxItemAccounts items shared by more accounts than this are ignored (bounded fan-out: a
 *     trending hashtag links nobody)
 * @param resolution the Leiden modularity resolution (lower gives fewer, larger clusters)
 * @param seed the seed of Leiden's random choices
 * @param minClusterSize smaller clusters are not reported
 * @param stopOnMalformed stop at the first malformed row instead of counting and skipping it
 * @param since only posts at or after this instant, when set
 * @param until only posts before this instant, when set
 * @param nearDuplicateJaccard the estimated Jaccard similarity at which two texts are near
 *     duplicates
 * @param interestShare edges must also beat a null model in which this share of each account's
 *     activity follows its communities of interest (coordination beyond interest; for similar
 *     content, which has no timing, all of it does); 0 turns this off
 * @param interestMinAccounts first-pass clusters of at least this many accounts are taken for
 *     communities of interest
 * @param dailyCycle the interest model expects accounts awake at the same hours of the day to act
 *     within the window of each other more often (DailyCycle)
 */
public record DetectionOptions(
    Set<Signal> signals,
    Map<Signal, SignalSettings> settings,
    double alpha,
    int maxItemAccounts,
    double resolution,
    long seed,
    int minClusterSize,
    boolean stopOnMalformed,
    @Nullable Instant since,
    @Nullable Instant until,
    double nearDuplicateJaccard,
    double interestShare,
    int interestMinAccounts,
    boolean dailyCycle)
    implements java.io.Serializable {

  public DetectionOptions {
    if (signals == null || signals.isEmpty()) {
      throw new IllegalArgumentException("signals must name at least one signal");
    }
    signals = Collections.unmodifiableSet(EnumSet.copyOf(signals));
    EnumMap<Signal, SignalSettings> s = new EnumMap<>(Signal.class);
    for (Signal sig : Signal.values()) {
      SignalSettings given = settings == null ? null : settings.get(sig);
      s.put(sig, given != null ? given : sig.defaultSettings());
    }
    settings = Collections.unmodifiableMap(s);
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
    }
    if (maxItemAccounts < 2) {
      throw new IllegalArgumentException("maxItemAccounts must be >= 2, was " + maxItemAccounts);
    }
    if (!(resolution > 0)) {
      throw new IllegalArgumentException("resolution must be > 0, was " + resolution);
    }
    if (minClusterSize < 2) {
      throw new IllegalArgumentException("minClusterSize must be >= 2, was " + minClusterSize);
    }
    if (since != null && until != null && !since.isBefore(until)) {
      throw new IllegalArgumentException("since must be before until");
    }
    if (!(nearDuplicateJaccard > 0 && nearDuplicateJaccard <= 1)) {
      throw new IllegalArgumentException(
          "nearDuplicateJaccard must be in (0, 1], was " + nearDuplicateJaccard);
    }
    if (!(interestShare >= 0 && interestShare <= 1)) {
      throw new IllegalArgumentException(
          "interestShare must be in [0, 1] (0: no interest model), was " + interestShare);
    }
    if (interestMinAccounts < 2) {
      throw new IllegalArgumentException(
          "interestMinAccounts must be >= 2, was " + interestMinAccounts);
    }
  }

  /**
   * The smallest first-pass cluster that becomes a block of the interest model (InterestModel): a
   * topic many accounts follow, not a group.
   */
  public static final int DEFAULT_INTEREST_MIN_ACCOUNTS = 50;

  /**
   * The share of an account's activity the interest model attributes to its communities: all of it
   * (the block model; module README).
   */
  public static final double DEFAULT_INTEREST_SHARE = 1.0;

  /** The Leiden resolution chosen on the tuning slice (see the module README). */
  public static final double DEFAULT_RESOLUTION = 0.3;

  /**
   * All signals with their default settings, false-discovery rate 0.2, fan-out 500, resolution 0.3,
   * seed 42, minimum cluster size 2, near-duplicate Jaccard 0.8. Resolution, windows and signal
   * weights were chosen on the IRA posts of 2015-07-01..2016-07-01 only (never on the Sep-Nov 2016
   * test slice).
   */
  public static DetectionOptions defaults() {
    return new DetectionOptions(
        EnumSet.allOf(Signal.class),
        Map.of(),
        0.2,
        500,
        DEFAULT_RESOLUTION,
        42L,
        2,
        false,
        null,
        null,
        0.8,
        DEFAULT_INTEREST_SHARE,
        DEFAULT_INTEREST_MIN_ACCOUNTS,
        true);
  }

  public DetectionOptions withSignals(Set<Signal> s) {
    return copy(c -> c.signals = s);
  }

  /**
   * Sets the window of every signal except {@link Signal#SYNCHRONIZED} (whose bin stays) and {@link
   * Signal#SIMILAR_CONTENT} (which has none).
   */
  public DetectionOptions withWindow(Duration window) {
    EnumMap<Signal, SignalSettings> s = new EnumMap<>(settings);
    for (Signal sig : Signal.values()) {
      if (sig.hasCoActionWindow()) {
        s.put(sig, s.get(sig).withWindow(window));
      }
    }
    return withSettings(s);
  }

  public DetectionOptions withSettings(Signal signal, SignalSettings value) {
    EnumMap<Signal, SignalSettings> s = new EnumMap<>(settings);
    s.put(signal, value);
    return withSettings(s);
  }

  private DetectionOptions withSettings(Map<Signal, SignalSettings> s) {
    return copy(c -> c.settings = s);
  }

  public DetectionOptions withAlpha(double a) {
    return copy(c -> c.alpha = a);
  }

  public DetectionOptions withMaxItemAccounts(int m) {
    return copy(c -> c.maxItemAccounts = m);
  }

  public DetectionOptions withResolution(double r) {
    return copy(c -> c.resolution = r);
  }

  public DetectionOptions withSeed(long s) {
    return copy(c -> c.seed = s);
  }

  public DetectionOptions withMinClusterSize(int m) {
    return copy(c -> c.minClusterSize = m);
  }

  public DetectionOptions withStopOnMalformed(boolean stop) {
    return copy(c -> c.stopOnMalformed = stop);
  }

  public DetectionOptions withTimeRange(@Nullable Instant from, @Nullable Instant to) {
    return copy(
        c -> {
          c.since = from;
          c.until = to;
        });
  }

  public DetectionOptions withNearDuplicateJaccard(double j) {
    return copy(c -> c.nearDuplicateJaccard = j);
  }

  /**
   * Sets the share of each account's activity the interest model attributes to its communities of
   * interest (0 turns the model off; 1 attributes all of it).
   */
  public DetectionOptions withInterestShare(double share) {
    return copy(c -> c.interestShare = share);
  }

  /** Sets the smallest first-pass cluster that is taken for a community of interest. */
  public DetectionOptions withInterestMinAccounts(int min) {
    return copy(c -> c.interestMinAccounts = min);
  }

  /**
   * Whether the interest model expects accounts awake at the same hours of the day to act within
   * the window of each other more often than the average pair (default: yes).
   */
  public DetectionOptions withDailyCycle(boolean on) {
    return copy(c -> c.dailyCycle = on);
  }

  private DetectionOptions copy(java.util.function.Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return c.build();
  }

  /** A mutable copy of the components, for the {@code with...} methods. */
  private static final class Copy {
    Set<Signal> signals;
    Map<Signal, SignalSettings> settings;
    double alpha;
    int maxItemAccounts;
    double resolution;
    long seed;
    int minClusterSize;
    boolean stopOnMalformed;
    @Nullable Instant since;
    @Nullable Instant until;
    double nearDuplicateJaccard;
    double interestShare;
    int interestMinAccounts;
    boolean dailyCycle;

    Copy(DetectionOptions o) {
      signals = o.signals;
      settings = o.settings;
      alpha = o.alpha;
      maxItemAccounts = o.maxItemAccounts;
      resolution = o.resolution;
      seed = o.seed;
      minClusterSize = o.minClusterSize;
      stopOnMalformed = o.stopOnMalformed;
      since = o.since;
      until = o.until;
      nearDuplicateJaccard = o.nearDuplicateJaccard;
      interestShare = o.interestShare;
      interestMinAccounts = o.interestMinAccounts;
      dailyCycle = o.dailyCycle;
    }

    DetectionOptions build() {
      return new DetectionOptions(
          signals,
          settings,
          alpha,
          maxItemAccounts,
          resolution,
          seed,
          minClusterSize,
          stopOnMalformed,
          since,
          until,
          nearDuplicateJaccard,
          interestShare,
          interestMinAccounts,
          dailyCycle);
    }
  }

  /** The window of one signal in seconds. */
  long windowSeconds(Signal s) {
    return Math.max(1, settings.get(s).window().toSeconds());
  }

  /** The longest gap between two actions on one item that is a co-action (unbounded if none). */
  long coActionWindowSeconds(Signal s) {
    return s.hasCoActionWindow() ? windowSeconds(s) : Long.MAX_VALUE;
  }

  /** A short text form for result files. */
  String describe() {
    StringBuilder b = new StringBuilder();
    for (Signal s : signals) {
      SignalSettings st = settings.get(s);
      b.append(s.cliName())
          .append(" window=")
          .append(st.window())
          .append(" min=")
          .append(st.minCoActions())
          .append(" weight=")
          .append(st.weight())
          .append("; ");
    }
    return b.append("alpha=")
        .append(alpha)
        .append(" maxItemAccounts=")
        .append(maxItemAccounts)
        .append(" resolution=")
        .append(resolution)
        .append(" seed=")
        .append(seed)
        .append(" interestShare=")
        .append(interestShare)
        .append(" interestMinAccounts=")
        .append(interestMinAccounts)
        .append(" dailyCycle=")
        .append(dailyCycle)
        .toString();
  }
}
