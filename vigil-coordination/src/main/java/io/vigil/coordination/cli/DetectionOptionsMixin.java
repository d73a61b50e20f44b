package io.vigil.coordination.cli;

import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.PostFormat;
import io.vigil.coordination.Signal;
import io.vigil.coordination.SignalSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The input and detection options shared by {@code detect} and {@code eval coordination}. */
final class DetectionOptionsMixin {
  @Mixin ReadOptions read = new ReadOptions();

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "Posts to analyse (gzip or plain).")
  @Nullable Path input;

  @Option(
      names = "--signals",
      converter = Converters.SignalsConverter.class,
      paramLabel = "LIST",
      description =
          "Comma-separated: co-retweet, co-link, co-hashtag, hashtag-sequence, near-duplicate,"
              + " co-reply, synchronized, similar-content (default: all).")
  @Nullable Set<Signal> signals;

  @Option(
      names = "--signal-window",
      paramLabel = "SIGNAL=DURATION",
      description =
          "One signal's co-action window, repeatable, overriding --window for it, e.g."
              + " --signal-window co-reply=5m.")
  @Nullable Map<String, String> signalWindows;

  @Option(
      names = "--bin",
      converter = Converters.DurationConverter.class,
      paramLabel = "DURATION",
      description = "Bin width of the synchronized signal (default: 1m).")
  @Nullable Duration bin;

  @Option(
      names = "--min-co-actions",
      paramLabel = "N",
      description = "Distinct shared items an edge needs, every signal (default: 2).")
  @Nullable Integer minCoActions;

  @Option(
      names = "--weight",
      paramLabel = "SIGNAL=W",
      description =
          "How much a signal counts when signals are added up, repeatable, e.g. --weight"
              + " synchronized=0.5 (default: 1; synchronized 0, i.e. evidence only).")
  @Nullable Map<String, Double> weights;

  @Option(
      names = "--alpha",
      paramLabel = "Q",
      description =
          "False-discovery rate of each signal's edges against the null model, Benjamini-Hochberg"
              + " corrected over all pairs of active accounts (default: 0.2).")
  @Nullable Double alpha;

  @Option(
      names = "--interest-share",
      paramLabel = "S",
      description =
          "Coordination beyond interest: an edge must also beat a null model in which this share"
              + " of each account's activity follows its communities of interest (first-pass"
              + " clusters of --interest-min-accounts or more whose members are not synchronized);"
              + " 0 turns this off (default: 1).")
  @Nullable Double interestShare;

  @Option(
      names = "--interest-min-accounts",
      paramLabel = "N",
      description =
          "The smallest first-pass cluster taken for a community of interest (default: 50).")
  @Nullable Integer interestMinAccounts;

  @Option(
      names = "--daily-cycle",
      negatable = true,
      description =
          "The interest model expects accounts awake at the same hours of the day (one time zone,"
              + " one shift) to act within the window of each other more often than the average"
              + " pair; --no-daily-cycle turns this off (default: on).")
  @Nullable Boolean dailyCycle;

  @Option(
      names = "--max-item-accounts",
      paramLabel = "N",
      description = "Ignore items shared by more accounts than this (default: 500).")
  @Nullable Integer maxItemAccounts;

  @Option(
      names = "--resolution",
      paramLabel = "GAMMA",
      description =
          "Leiden modularity resolution; lower gives fewer, larger clusters (default: 0.3).")
  @Nullable Double resolution;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of Leiden's random choices (default: 42).")
  @Nullable Long seed;

  @Option(
      names = "--min-cluster-size",
      paramLabel = "N",
      description = "Smaller clusters are not reported (default: 2).")
  @Nullable Integer minClusterSize;

  @Option(names = "--no-progress", description = "Do not draw a progress bar on stderr.")
  boolean noProgress;

  /** The input format (--format). */
  PostFormat format() {
    return read.format();
  }

  /** Checks what picocli cannot and builds the options; throws a usage error otherwise. */
  DetectionOptions toOptions(CommandSpec spec) {
    Path in = input;
    if (in == null || !Files.isRegularFile(in) || !Files.isReadable(in)) {
      throw new ParameterException(spec.commandLine(), "--input: no readable file at " + in);
    }
    try {
      DetectionOptions o = DetectionOptions.defaults();
      if (signals != null) {
        o = o.withSignals(signals);
      }
      o = read.applyTo(o, spec);
      if (signalWindows != null) {
        Converters.DurationConverter durations = new Converters.DurationConverter();
        for (Map.Entry<String, String> w : signalWindows.entrySet()) {
          Signal sig = Signal.parse(w.getKey());
          if (!sig.hasCoActionWindow()) {
            throw new ParameterException(
                spec.commandLine(),
                "--signal-window: "
                    + sig.cliName()
                    + " has no co-action window (synchronized: --bin; similar-content spans the"
                    + " whole input)");
          }
          Duration d;
          try {
            d = durations.convert(w.getValue());
          } catch (picocli.CommandLine.TypeConversionException e) {
            throw new ParameterException(
                spec.commandLine(), "--signal-window " + w.getKey() + ": " + e.getMessage());
          }
          SignalSettings st = o.settings().get(sig);
          o = o.withSettings(sig, new SignalSettings(d, st.minCoActions(), st.weight()));
        }
      }
      if (bin != null) {
        SignalSettings s = o.settings().get(Signal.SYNCHRONIZED);
        o =
            o.withSettings(
                Signal.SYNCHRONIZED, new SignalSettings(bin, s.minCoActions(), s.weight()));
      }
      if (minCoActions != null) {
        for (Signal sig : Signal.values()) {
          SignalSettings s = o.settings().get(sig);
          o = o.withSettings(sig, new SignalSettings(s.window(), minCoActions, s.weight()));
        }
      }
      if (weights != null) {
        for (Map.Entry<String, Double> w : weights.entrySet()) {
          Signal sig = Signal.parse(w.getKey());
          SignalSettings st = o.settings().get(sig);
          o = o.withSettings(sig, new SignalSettings(st.window(), st.minCoActions(), w.getValue()));
        }
      }
      if (alpha != null) {
        o = o.withAlpha(alpha);
      }
      if (interestShare != null) {
        o = o.withInterestShare(interestShare);
      }
      if (interestMinAccounts != null) {
        o = o.withInterestMinAccounts(interestMinAccounts);
      }
      if (dailyCycle != null) {
        o = o.withDailyCycle(dailyCycle);
      }
      if (maxItemAccounts != null) {
        o = o.withMaxItemAccounts(maxItemAccounts);
      }
      if (resolution != null) {
        o = o.withResolution(resolution);
      }
      if (seed != null) {
        o = o.withSeed(seed);
      }
      if (minClusterSize != null) {
        o = o.withMinClusterSize(minClusterSize);
      }
      return o;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
