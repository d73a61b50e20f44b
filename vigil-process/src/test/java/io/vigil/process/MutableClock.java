package io.vigil.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock that tests set and advance; it never moves by itself, so no test sleeps. */
public final class MutableClock extends Clock {
  private static final ZoneId WASHINGTON = ZoneId.of("America/New_York");
  private Instant now;

  public MutableClock(Instant now) {
    this.now = now;
  }

  /** A clock at noon in Washington on the day. */
  public static MutableClock atNoon(LocalDate day) {
    return new MutableClock(noon(day));
  }

  public static Instant noon(LocalDate day) {
    return day.atTime(12, 0).atZone(WASHINGTON).toInstant();
  }

  public void set(Instant instant) {
    now = instant;
  }

  public void setNoon(LocalDate day) {
    now = noon(day);
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZoneId.of("UTC");
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
