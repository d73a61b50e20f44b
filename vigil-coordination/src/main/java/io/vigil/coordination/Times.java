package io.vigil.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/*
 * Timestamps as the formats write them, parsed without regular expressions because every post
 * goes through here: "2017-09-07 19:52:00" (IRA), "2016-11-01 12:34" (information-operations
 * archive), "9/7/2017 19:52" (the original FiveThirtyEight files), ISO-8601 with offset, and epoch
 * seconds or milliseconds. Times without an offset are UTC, as all three publishers state.
 */
final class Times {
  private Times() {}

  /** Epoch seconds, or {@link Long#MIN_VALUE} when the text is no timestamp. */
  static long parse(String s) {
    String t = s.trim();
    int n = t.length();
    if (n == 0) {
      return Long.MIN_VALUE;
    }
    if (allDigits(t)) {
      if (n > 18) {
        return Long.MIN_VALUE;
      }
      long v = Long.parseLong(t);
      return v > 100_000_000_000L ? v / 1000 : v;
    }
    if (n >= 16 && t.charAt(4) == '-' && t.charAt(7) == '-') {
      char sep = t.charAt(10);
      boolean plain = n == 16 || n == 19;
      if ((sep == ' ' || sep == 'T') && plain && t.charAt(13) == ':') {
        int y = num(t, 0, 4);
        int mo = num(t, 5, 7);
        int d = num(t, 8, 10);
        int h = num(t, 11, 13);
        int mi = num(t, 14, 16);
        int sec = n == 19 && t.charAt(16) == ':' ? num(t, 17, 19) : (n == 19 ? -1 : 0);
        return civil(y, mo, d, h, mi, sec);
      }
      try {
        return OffsetDateTime.parse(t.replace(' ', 'T')).toEpochSecond();
      } catch (DateTimeParseException e) {
        try {
          return Instant.parse(t.replace(' ', 'T')).getEpochSecond();
        } catch (DateTimeParseException e2) {
          return Long.MIN_VALUE;
        }
      }
    }
    int s1 = t.indexOf('/');
    int s2 = s1 < 0 ? -1 : t.indexOf('/', s1 + 1);
    int sp = s2 < 0 ? -1 : t.indexOf(' ', s2 + 1);
    int colon = sp < 0 ? -1 : t.indexOf(':', sp + 1);
    if (colon > 0) {
      int mo = num(t, 0, s1);
      int d = num(t, s1 + 1, s2);
      int y = num(t, s2 + 1, sp);
      int h = num(t, sp + 1, colon);
      int c2 = t.indexOf(':', colon + 1);
      int mi = num(t, colon + 1, c2 < 0 ? n : c2);
      int sec = c2 < 0 ? 0 : num(t, c2 + 1, n);
      return civil(y, mo, d, h, mi, sec);
    }
    return Long.MIN_VALUE;
  }

  private static long civil(int y, int mo, int d, int h, int mi, int sec) {
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23) {
      return Long.MIN_VALUE;
    }
    if (mi < 0 || mi > 59 || sec < 0 || sec > 60) {
      return Long.MIN_VALUE;
    }
    try {
      return LocalDate.of(y, mo, d).toEpochDay() * 86_400L + h * 3600L + mi * 60L + sec;
    } catch (java.time.DateTimeException e) {
      return Long.MIN_VALUE;
    }
  }

  private static int num(String t, int from, int to) {
    if (from >= to || to - from > 9) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean allDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
