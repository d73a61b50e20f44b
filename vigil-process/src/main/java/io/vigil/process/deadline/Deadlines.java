package io.vigil.process.deadline;

import io.vigil.process.election.Election;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.ImpactReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/*
 * Design note. Sec. 1(a): the assessment is due within 45 days after the conclusion of the
 * election (E+45; 2018: 21 Dec 2018, 2020: 18 Dec 2020). Sec. 1(b): the report is due within 45
 * days after the assessment is received, a relative deadline that moves when the assessment is
 * late (2020: received 7 Jan 2021, so due 21 Feb 2021). Until the assessment arrives the report's
 * due date is a projection from the later of the assessment's due date and today. Days are counted
 * in Washington time, because that is where the products are delivered. Sec. 3 has no deadline.
 */

/** Computes the deadlines of the two products of an election. */
public final class Deadlines {
  /** The days Sec. 1(a) and Sec. 1(b) each allow. */
  public static final int DAYS = 45;

  /** Washington: where deliveries are dated. */
  public static final ZoneId ZONE = ZoneId.of("America/New_York");

  private Deadlines() {}

  public static LocalDate assessmentDue(Election e) {
    return e.concludedOn().plusDays(DAYS);
  }

  public static Deadline assessment(Election e, @Nullable Assessment a, LocalDate today) {
    LocalDate due = assessmentDue(e);
    LocalDate delivered = a == null ? null : day(a.workflow().firstTransmittedAt());
    return status(
        "1(a) assessment",
        due,
        delivered,
        today,
        "election concluded " + e.concludedOn() + " + " + DAYS + " days",
        false);
  }

  /** The day the assessment was received by the report's authors, if it was. */
  public static @Nullable LocalDate assessmentReceived(
      @Nullable Assessment a, @Nullable ImpactReport r) {
    if (r != null && r.assessmentReceivedOn() != null) {
      return r.assessmentReceivedOn();
    }
    return a == null ? null : day(a.workflow().firstTransmittedAt());
  }

  public static Deadline impactReport(
      Election e, @Nullable Assessment a, @Nullable ImpactReport r, LocalDate today) {
    LocalDate received = assessmentReceived(a, r);
    LocalDate delivered = r == null ? null : day(r.workflow().firstTransmittedAt());
    if (received != null) {
      return status(
          "1(b) report",
          received.plusDays(DAYS),
          delivered,
          today,
          "assessment received " + received + " + " + DAYS + " days",
          false);
    }
    LocalDate base = assessmentDue(e).isAfter(today) ? assessmentDue(e) : today;
    return status(
        "1(b) report",
        base.plusDays(DAYS),
        delivered,
        today,
        "projected: the assessment has not been received; earliest receipt "
            + base
            + " + "
            + DAYS
            + " days",
        true);
  }

  private static Deadline status(
      String product,
      LocalDate due,
      @Nullable LocalDate delivered,
      LocalDate today,
      String basis,
      boolean projected) {
    DeadlineState state;
    long late;
    if (delivered != null) {
      late = Math.max(0, ChronoUnit.DAYS.between(due, delivered));
      state = late > 0 ? DeadlineState.DELIVERED_LATE : DeadlineState.DELIVERED_ON_TIME;
    } else {
      late = Math.max(0, ChronoUnit.DAYS.between(due, today));
      state = late > 0 ? DeadlineState.OVERDUE : DeadlineState.PENDING;
    }
    return new Deadline(product, due, delivered, state, late, basis, projected);
  }

  private static @Nullable LocalDate day(@Nullable Instant at) {
    return at == null ? null : at.atZone(ZONE).toLocalDate();
  }
}
