package io.vigil.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.process.deadline.Deadline;
import io.vigil.process.deadline.DeadlineState;
import io.vigil.process.deadline.Deadlines;
import io.vigil.process.election.Election;
import io.vigil.process.election.ElectionScope;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
  private static final Election MIDTERM_2018 =
      new Election(
          "us-2018-midterm",
          "2018 midterm",
          ElectionScope.FEDERAL,
          "United States",
          LocalDate.of(2018, 11, 6),
          LocalDate.of(2018, 11, 6),
          "",
          List.of());

  private final ProcessFixture f = new ProcessFixture();

  @Test
  void assessmentOf2018IsDue21December2018() {
    assertThat(Deadlines.assessmentDue(MIDTERM_2018)).isEqualTo(LocalDate.of(2018, 12, 21));
  }

  @Test
  void assessmentOf2020IsDue18December2020() {
    Election e = f.election2020();
    assertThat(Deadlines.assessmentDue(e)).isEqualTo(LocalDate.of(2020, 12, 18));
  }

  @Test
  void assessmentDelivered7January2021IsTwentyDaysLate() {
    f.election2020();
    f.draftAssessment();
    f.clock.setNoon(LocalDate.of(2021, 1, 7));
    f.transmitAssessment("asm-1");

    Deadline d = f.service.election(ProcessFixture.ANALYST, ProcessFixture.ELECTION).assessment();

    assertThat(d.due()).isEqualTo(LocalDate.of(2020, 12, 18));
    assertThat(d.delivered()).isEqualTo(LocalDate.of(2021, 1, 7));
    assertThat(d.state()).isEqualTo(DeadlineState.DELIVERED_LATE);
    assertThat(d.daysLate()).isEqualTo(20);
  }

  @Test
  void assessmentDeliveredOnItsDueDateIsOnTime() {
    f.election2020();
    f.draftAssessment();
    f.clock.setNoon(LocalDate.of(2020, 12, 18));
    f.transmitAssessment("asm-1");

    Deadline d = f.service.election(ProcessFixture.ANALYST, ProcessFixture.ELECTION).assessment();

    assertThat(d.state()).isEqualTo(DeadlineState.DELIVERED_ON_TIME);
    assertThat(d.daysLate()).isZero();
  }

  @Test
  void deliveryDayIsCountedInWashingtonTime() {
    f.election2020();
    f.draftAssessment();
    // 18 Dec 2020, 23:30 in Washington is already 19 Dec in UTC.
    f.clock.set(LocalDate.of(2020, 12, 18).atTime(23, 30).atZone(Deadlines.ZONE).toInstant());
    f.transmitAssessment("asm-1");

    Deadline d = f.service.election(ProcessFixture.ANALYST, ProcessFixture.ELECTION).assessment();

    assertThat(d.delivered()).isEqualTo(LocalDate.of(2020, 12, 18));
    assertThat(d.state()).isEqualTo(DeadlineState.DELIVERED_ON_TIME);
  }

  @Test
  void undeliveredAssessmentIsPendingUntilItsDueDateAndOverdueAfter() {
    f.election2020();
    f.draftAssessment();

    f.clock.setNoon(LocalDate.of(2020, 12, 18));
    Deadline onDueDay = f.service.elections(ProcessFixture.ANALYST).getFirst().assessment();
    assertThat(onDueDay.state()).isEqualTo(DeadlineState.PENDING);

    f.clock.advance(Duration.ofDays(3));
    Deadline later = f.service.elections(ProcessFixture.ANALYST).getFirst().assessment();
    assertThat(later.state()).isEqualTo(DeadlineState.OVERDUE);
    assertThat(later.daysLate()).isEqualTo(3);
    assertThat(later.delivered()).isNull();
  }

  @Test
  void impactReportDueDateMovesWithALateAssessment() {
    f.election2020();
    f.draftAssessment();
    f.clock.setNoon(LocalDate.of(2021, 1, 7));
    f.transmitAssessment("asm-1");

    Deadline d = f.service.election(ProcessFixture.IMPACT, ProcessFixture.ELECTION).impactReport();

    assertThat(d.due()).isEqualTo(LocalDate.of(2021, 2, 21));
    assertThat(d.projected()).isFalse();
    assertThat(d.state()).isEqualTo(DeadlineState.PENDING);
  }

  @Test
  void impactReportDueDateIsProjectedFromTheAssessmentDueDateBeforeReceipt() {
    f.election2020();

    Deadline d = f.service.elections(ProcessFixture.IMPACT).getFirst().impactReport();

    assertThat(d.projected()).isTrue();
    assertThat(d.due()).isEqualTo(LocalDate.of(2021, 2, 1));
    assertThat(d.state()).isEqualTo(DeadlineState.PENDING);
  }

  @Test
  void impactReportProjectionMovesWithTodayWhileTheAssessmentIsOverdue() {
    f.election2020();
    f.clock.setNoon(LocalDate.of(2021, 1, 1));

    Deadline d = f.service.elections(ProcessFixture.IMPACT).getFirst().impactReport();

    assertThat(d.projected()).isTrue();
    assertThat(d.due()).isEqualTo(LocalDate.of(2021, 2, 15));
  }

  @Test
  void impactReportDeliveredAfterItsMovedDueDateIsLate() {
    f.election2020();
    f.draftAssessment();
    f.clock.setNoon(LocalDate.of(2021, 1, 7));
    f.transmitAssessment("asm-1");
    f.draftImpactReport();
    f.clock.setNoon(LocalDate.of(2021, 2, 23));
    f.transmitImpactReport("imp-1");

    Deadline d = f.service.election(ProcessFixture.IMPACT, ProcessFixture.ELECTION).impactReport();

    assertThat(d.due()).isEqualTo(LocalDate.of(2021, 2, 21));
    assertThat(d.state()).isEqualTo(DeadlineState.DELIVERED_LATE);
    assertThat(d.daysLate()).isEqualTo(2);
    assertThat(f.store.find(Kind.IMPACT_REPORT, "imp-1").orElseThrow().assessmentReceivedOn())
        .isEqualTo(LocalDate.of(2021, 1, 7));
  }
}
