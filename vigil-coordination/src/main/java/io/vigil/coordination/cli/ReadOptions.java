package io.vigil.coordination.cli;

import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.PostFormat;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What to read and how: the input format, the co-action window, the time range and what to do with
 * a malformed row. A picocli mixin shared by {@code vigil coordination detect}, {@code vigil eval
 * coordination} and the Spark job, so all take the same options with the same spellings.
 */
public final class ReadOptions {
  @Option(
      names = "--format",
      defaultValue = "ira",
      converter = Converters.FormatConverter.class,
      paramLabel = "FORMAT",
      description = "ira, io-archive, jsonl or csv (default: ${DEFAULT-VALUE}).")
  PostFormat format = PostFormat.IRA;

  @Option(
      names = "--window",
      converter = Converters.DurationConverter.class,
      paramLabel = "DURATION",
      description =
          "Co-action window for every signal except synchronized and similar-content, e.g. 60s, 1h"
              + " (default: per signal, 1h; co-reply 10m; hashtag-sequence 1d).")
  @Nullable Duration window;

  @Option(
      names = "--since",
      converter = Converters.InstantConverter.class,
      paramLabel = "TIME",
      description = "Only posts at or after this date/instant, e.g. 2016-09-01.")
  @Nullable Instant since;

  @Option(
      names = "--until",
      converter = Converters.InstantConverter.class,
      paramLabel = "TIME",
      description = "Only posts before this date/instant.")
  @Nullable Instant until;

  @Option(
      names = "--on-malformed",
      defaultValue = "continue",
      paramLabel = "continue|stop",
      description =
          "Skip and count malformed rows, or stop at the first (default: ${DEFAULT-VALUE}).")
  String onMalformed = "continue";

  /** The input format. */
  public PostFormat format() {
    return format;
  }

  /**
   * The window, time range and malformed-row rule applied to {@code options}; a usage error for an
   * --on-malformed other than continue or stop, or a range that ends before it starts.
   */
  public DetectionOptions applyTo(DetectionOptions options, CommandSpec spec) {
    if (!onMalformed.equals("continue") && !onMalformed.equals("stop")) {
      throw new ParameterException(
          spec.commandLine(), "--on-malformed must be continue or stop, was " + onMalformed);
    }
    try {
      DetectionOptions o = window == null ? options : options.withWindow(window);
      return o.withTimeRange(since, until).withStopOnMalformed(onMalformed.equals("stop"));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
