package io.vigil.server.ui;

import io.vigil.process.deadline.Deadline;
import io.vigil.process.deadline.DeadlineState;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A deadline as a page shows it: the due date, and a countdown ("due in 12 days") or how late it is
 * ("20 days late"), counted from today in Washington.
 *
 * @param css {@code ok}, {@code due} or {@code late}, for the colour of the state
 */
public record DeadlineView(
    String product, LocalDate due, String countdown, String css, boolean overdue, String basis) {

  public static DeadlineView of(Deadline d, LocalDate today) {
    String text;
    String css;
    switch (d.state()) {
      case PENDING -> {
        long days = ChronoUnit.DAYS.between(today, d.due());
        text = days == 0 ? "due today" : "due in " + days + (days == 1 ? " day" : " days");
        css = days <= 7 ? "due" : "ok";
      }
      case OVERDUE -> {
        text = d.daysLate() + (d.daysLate() == 1 ? " day late" : " days late") + ", not delivered";
        css = "late";
      }
      case DELIVERED_ON_TIME -> {
        text = "delivered " + d.delivered() + ", on time";
        css = "ok";
      }
      case DELIVERED_LATE -> {
        text =
            "delivered "
                + d.delivered()
                + ", "
                + d.daysLate()
                + (d.daysLate() == 1 ? " day late" : " days late");
        css = "late";
      }
      default -> throw new IllegalStateException("unknown state " + d.state());
    }
    if (d.projected()) {
      text = text + " (projected)";
    }
    return new DeadlineView(
        d.product(), d.due(), text, css, d.state() == DeadlineState.OVERDUE, d.basis());
  }
}
