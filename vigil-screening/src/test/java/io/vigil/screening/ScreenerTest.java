package io.vigil.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScreenerTest {
  static ListEntity person(String id, String name, String dob, String cc) {
    return new ListEntity(
        id,
        EntitySchema.PERSON,
        name,
        List.of(),
        List.of(),
        List.of(dob),
        List.of(cc),
        List.of(new Identifier("Passport", "AB123456" + id, "")),
        List.of("SDGT"),
        "");
  }

  static SanctionsList small() {
    return new SanctionsList(
        "t",
        "1",
        OfacCsvTest.CLOCK.instant(),
        List.of(
            person("1", "PUTIN, Vladimir Vladimirovich", "1952-10-07", "ru"),
            person("2", "AL-ASSAD, Bashar", "1965-09-11", "sy"),
            person("3", "PETROV, Ivan", "1970", "ru"),
            new ListEntity(
                "4",
                EntitySchema.VESSEL,
                "OLYMPIA",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                ""),
            new ListEntity(
                "5",
                EntitySchema.ORGANIZATION,
                "BANCO NACIONAL DE CUBA",
                List.of("NATIONAL BANK OF CUBA"),
                List.of("EL BANCO"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "")));
  }

  @Test
  void findsAndExplainsATransliteratedName() {
    Screener s = Screener.of(List.of(small()));
    List<ScreeningResult> r = s.screen(ScreeningQuery.ofName("Путин Владимир"), 0.7, 5);
    assertThat(r).isNotEmpty();
    assertThat(r.get(0).entity().id()).isEqualTo("1");
    assertThat(r.get(0).outcome()).isInstanceOf(Outcome.Match.class);
    assertThat(r.get(0).explanation().summary()).contains("putin~putin[translit");
  }

  @Test
  void birthDateAndNationalityMoveTheScoreBothWays() {
    Screener s = Screener.of(List.of(small()));
    var agree =
        new ScreeningQuery("Ivan Petrov", EntitySchema.PERSON, "1970-03-01", "Russia", List.of());
    var disagree =
        new ScreeningQuery("Ivan Petrov", EntitySchema.PERSON, "1990-03-01", "France", List.of());
    ScreeningResult a = s.screen(agree, 0.0, 1).get(0);
    List<ScreeningResult> d = s.screen(disagree, 0.0, 1);
    assertThat(a.explanation().adjustments())
        .extracting(Explanation.Adjustment::feature)
        .contains("birth_year_match", "country_match");
    assertThat(d.get(0).score()).isLessThan(a.score());
    assertThat(d.get(0).explanation().adjustments())
        .extracting(Explanation.Adjustment::feature)
        .contains("birth_date_mismatch", "country_mismatch");
  }

  @Test
  void anExactIdentifierIsStrongEvidence() {
    Screener s = Screener.of(List.of(small()));
    String passport = "AB 123456-2";
    var q = new ScreeningQuery("B. Asad", EntitySchema.PERSON, "", "", List.of(passport));
    ScreeningResult r = s.screen(q, 0.7, 1).get(0);
    assertThat(r.entity().id()).isEqualTo("2");
    assertThat(r.score()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void aPersonNeverMatchesAVesselAndWeakAliasesCountLess() {
    Screener s = Screener.of(List.of(small()));
    assertThat(
            s.screen(new ScreeningQuery("Olympia", EntitySchema.PERSON, "", "", List.of()), 0.5, 5))
        .isEmpty();
    ScreeningResult bnc = s.screen(ScreeningQuery.ofName("El Banco"), 0.5, 5).get(0);
    assertThat(bnc.explanation().weakAlias()).isTrue();
    assertThat(bnc.score()).isLessThan(1.0);
  }

  @Test
  void theIndexFindsAcronymsAndNicknames() {
    Screener s = Screener.of(List.of(small()));
    for (String q : new String[] {"BNC", "Volodya Putin"}) {
      List<ScreeningResult> byIndex = s.screen(ScreeningQuery.ofName(q), 0.7, 5);
      assertThat(byIndex).as(q).isNotEmpty();
      assertThat(byIndex.get(0).entity().id()).isEqualTo(q.equals("BNC") ? "5" : "1");
      assertThat(byIndex).isEqualTo(s.screen(ScreeningQuery.ofName(q), 0.7, 5, true));
    }
  }

  @Test
  void theIndexLosesNoMatchOfAnExhaustiveScanOnASample() {
    SanctionsList real =
        OfacCsv.readFolder(
            OfacCsvTest.shared().resolve("sanctions/ofac-2024-05-03"),
            "us_ofac",
            OfacCsvTest.CLOCK);
    Screener s = Screener.of(List.of(real));
    Random rnd = new Random(42);
    int lost = 0;
    for (int i = 0; i < 40; i++) {
      String name = real.entities().get(rnd.nextInt(real.entities().size())).caption();
      String query = perturb(name, rnd);
      var q = ScreeningQuery.ofName(query);
      var byIndex = s.screen(q, 0.7, 5, false).stream().map(r -> r.entity().id()).toList();
      var byScan = s.screen(q, 0.7, 5, true);
      if (!byScan.isEmpty() && !byIndex.contains(byScan.get(0).entity().id())) {
        lost++;
      }
    }
    assertThat(lost).isZero();
  }

  static String perturb(String name, Random rnd) {
    char[] c = name.toCharArray();
    int i = rnd.nextInt(c.length);
    if (Character.isLetter(c[i])) {
      c[i] = (char) ('A' + rnd.nextInt(26));
    }
    return new String(c);
  }
}
