package io.vigil.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignationPublisherTest {
  static final List<Designation> DS =
      List.of(
          new Designation(
              "vigil-1",
              "PRIGOZHIN, Yevgeniy Viktorovich",
              List.of("Евгений Пригожин"),
              EntitySchema.PERSON,
              "1961-06-01",
              "Russia",
              List.of(new Identifier("Passport", "4504251369", "Russia")),
              List.of("CYBER2"),
              LocalDate.of(2018, 9, 20)),
          new Designation(
              "vigil-2",
              "INTERNET RESEARCH AGENCY LLC",
              List.of("Glavset"),
              EntitySchema.ORGANIZATION,
              "",
              "",
              List.of(),
              List.of(),
              LocalDate.of(2018, 9, 20)));

  @Test
  void publishesOfacCsvThatReadsBackWithTheElectionProgram(@TempDir Path dir) throws IOException {
    try (OutputStream o = Files.newOutputStream(dir.resolve("sdn.csv"))) {
      DesignationPublisher.writeSdnCsv(DS, 90001, o);
    }
    try (OutputStream o = Files.newOutputStream(dir.resolve("alt.csv"))) {
      DesignationPublisher.writeAltCsv(DS, 90001, o);
    }
    SanctionsList back = Lists.ofacCsv(dir, "vigil", OfacCsvTest.CLOCK);
    ListEntity p = back.index().get("ofac-90001");
    assertThat(p.programs()).containsExactly("ELECTION-EO13848", "CYBER2");
    assertThat(p.birthDates()).containsExactly("1961-06-01");
    assertThat(p.countries()).containsExactly("ru");
    assertThat(p.names()).hasSize(2);
    assertThat(back.index().get("ofac-90002").schema()).isEqualTo(EntitySchema.ORGANIZATION);
  }

  @Test
  void publishesFollowTheMoneyThatScreens(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("vigil.ftm.json");
    try (OutputStream o = Files.newOutputStream(f)) {
      DesignationPublisher.writeFollowTheMoney(DS, o);
    }
    SanctionsList back = Lists.followTheMoney(f, "vigil", OfacCsvTest.CLOCK);
    assertThat(back.index().get("vigil-1").programs()).contains("ELECTION-EO13848");
    Screener s = Screener.of(List.of(back));
    assertThat(s.screen(ScreeningQuery.ofName("Евгений Пригожин"), 0.7, 1))
        .extracting(r -> r.entity().id())
        .containsExactly("vigil-1");
  }
}
