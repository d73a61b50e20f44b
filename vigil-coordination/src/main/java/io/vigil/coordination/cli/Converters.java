package io.vigil.coordination.cli;

import io.vigil.coordination.PostFormat;
import io.vigil.coordination.Signal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option syntax of the coordination commands (and of the Spark job, vigil-coordination-spark). */
public final class Converters {
  private Converters() {}

  /** "60s", "5m", "1h", "2d", a bare number of seconds, or ISO-8601 ("PT1H"). */
  public static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      try {
        Duration d;
        if (v.startsWith("pt") || v.startsWith("p")) {
          d = Duration.parse(v.toUpperCase(Locale.ROOT));
        } else if (v.matches("\\d+")) {
          d = Duration.ofSeconds(Long.parseLong(v));
        } else if (v.matches("\\d+(ms|s|m|h|d)")) {
          long n = Long.parseLong(v.replaceAll("[a-z]+$", ""));
          String unit = v.replaceAll("^\\d+", "");
          d =
              switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
              };
        } else {
          throw new TypeConversionException(
              "'" + value + "' is not a duration; use e.g. 60s, 5m, 1h, 2d or PT1H");
        }
        if (d.isNegative() || d.isZero() || d.toSeconds() < 1) {
          throw new TypeConversionException("duration must be at least 1s, was '" + value + "'");
        }
        return d;
      } catch (DateTimeParseException | NumberFormatException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a duration; use e.g. 60s, 5m, 1h, 2d or PT1H");
      }
    }
  }

  /** "2016-09-01" (midnight UTC) or an ISO instant. */
  public static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      String v = value.trim();
      try {
        if (v.length() == 10) {
          return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return Instant.parse(v);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date (2016-09-01) or instant (2016-09-01T00:00:00Z)");
      }
    }
  }

  /** Comma-separated signal names. */
  public static final class SignalsConverter implements ITypeConverter<Set<Signal>> {
    @Override
    public Set<Signal> convert(String value) {
      Set<Signal> out = EnumSet.noneOf(Signal.class);
      for (String s : value.split(",")) {
        if (s.isBlank()) {
          continue;
        }
        try {
          out.add(Signal.parse(s));
        } catch (IllegalArgumentException e) {
          throw new TypeConversionException(e.getMessage());
        }
      }
      if (out.isEmpty()) {
        throw new TypeConversionException("name at least one signal");
      }
      return out;
    }
  }

  public static final class FormatConverter implements ITypeConverter<PostFormat> {
    @Override
    public PostFormat convert(String value) {
      try {
        return PostFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
