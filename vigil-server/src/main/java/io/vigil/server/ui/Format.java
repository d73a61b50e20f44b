package io.vigil.server.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Formats times for pages and reports: UTC, ISO dates, minutes. Available as {@code fmt}. */
public final class Format {
  public static final Format INSTANCE = new Format();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Format() {}

  public String day(@Nullable Instant at) {
    return at == null ? "" : DAY.format(at);
  }

  public String time(@Nullable Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  /** A byte count for people: 1.2 KB, 3.4 MB. */
  public String bytes(long n) {
    if (n < 1024) {
      return n + " bytes";
    }
    if (n < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", n / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
  }

  /**
   * An enum constant as words: {@code NOT_MATERIALLY_AFFECTED} becomes "not materially affected".
   */
  public String words(@Nullable Enum<?> e) {
    return e == null ? "" : e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
