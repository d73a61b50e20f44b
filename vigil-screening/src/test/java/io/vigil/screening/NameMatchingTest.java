package io.vigil.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatchingTest {
  private static final double T = NameMatching.DEFAULT_THRESHOLD;

  private static double score(String q, String n, EntitySchema s) {
    return NameMatching.score(q, n, s);
  }

  @Test
  void matchesCyrillicAgainstLatinThroughBgnTransliteration() {
    Explanation x =
        NameMatching.explain(
            "Владимир Путин", "PUTIN, Vladimir Vladimirovich", EntitySchema.PERSON);
    assertThat(x.nameScore()).isGreaterThanOrEqualTo(T);
    assertThat(x.transliteration()).isEqualTo("Russian-Latin/BGN");
    assertThat(x.tokens()).extracting(Explanation.TokenMatch::how).containsOnly("translit");
  }

  @Test
  void readsLastCommaFirstAsFirstLast() {
    assertThat(score("Vladimir Putin", "PUTIN, Vladimir", EntitySchema.PERSON)).isEqualTo(1.0);
  }

  @Test
  void toleratesTyposAndExplainsTheEdit() {
    Explanation x = NameMatching.explain("Vladimir Pulin", "Vladimir Putin", EntitySchema.PERSON);
    assertThat(x.nameScore()).isGreaterThanOrEqualTo(T);
    assertThat(x.tokens()).anySatisfy(t -> assertThat(t.how()).isEqualTo("edit"));
  }

  @Test
  void mapsLegalFormsAcrossLanguages() {
    assertThat(score("Siemens Aktiengesellschaft", "Siemens AG", EntitySchema.ORGANIZATION))
        .isEqualTo(1.0);
    assertThat(score("OOO Romashka", "Romashka LLC", EntitySchema.ORGANIZATION)).isEqualTo(1.0);
    assertThat(
            score("ООО Ромашка", "Romashka Limited Liability Company", EntitySchema.ORGANIZATION))
        .isGreaterThanOrEqualTo(T);
  }

  @Test
  void doesNotMatchADifferentSurname() {
    assertThat(score("Octavian Scholz", "Olaf Scholz", EntitySchema.PERSON)).isLessThan(T);
    assertThat(score("Barack Obama", "George Hussein Onyango Obama", EntitySchema.PERSON))
        .isLessThan(T);
  }

  @Test
  void matchesArabicScriptByWrittenConsonantsAndLongVowels() {
    Explanation x = NameMatching.explain("خالد محمود", "Khaled Mahmoud", EntitySchema.PERSON);
    assertThat(x.nameScore()).isGreaterThanOrEqualTo(T);
    assertThat(x.tokens()).extracting(Explanation.TokenMatch::how).containsOnly("abjad");
    // the written long vowels must agree: رضا ربانی (Reza Rabbani) is not Ruben Ruiz
    assertThat(score("رضا ربانی", "Ruben Ruiz", EntitySchema.PERSON)).isLessThan(T);
    assertThat(NameScorer.abjadMatch("bwtyn", 0, "putin", 0)).isTrue();
    assertThat(NameScorer.abjadMatch("rbany", 0, "ruben", 0)).isFalse();
  }

  @Test
  void foldsKoreanRomanizationsButNotOtherSyllables() {
    assertThat(score("김정은", "Kim Jong Un", EntitySchema.PERSON)).isGreaterThanOrEqualTo(T);
    assertThat(score("习近朋", "习近平", EntitySchema.PERSON)).isLessThan(T);
  }

  @Test
  void anInitialEarnsOnlyWhatAnInitialWeighs() {
    assertThat(score("Alexander Kalinin", "K M A", EntitySchema.PERSON)).isLessThan(0.5);
    assertThat(score("V. V. Putin", "Vladimir Vladimirovich Putin", EntitySchema.PERSON))
        .isGreaterThanOrEqualTo(T);
  }

  @Test
  void joinsSplitTokens() {
    assertThat(score("Nikolai Patr ushev", "Nikolai Patrushev", EntitySchema.PERSON))
        .isGreaterThanOrEqualTo(T);
    assertThat(score("SiemensAG", "Siemens AG", EntitySchema.ORGANIZATION))
        .isGreaterThanOrEqualTo(T);
  }

  @Test
  void dropsTitlesInManyLanguages() {
    assertThat(score("Präsident Putin", "Putin", EntitySchema.PERSON)).isEqualTo(1.0);
    assertThat(score("Президент Путин", "Putin", EntitySchema.PERSON)).isEqualTo(1.0);
  }

  @Test
  void boundsEditDistanceComputation() {
    assertThat(NameScorer.osa("putin", "ptuin", 2)).isEqualTo(1);
    assertThat(NameScorer.osa("abcdef", "uvwxyz", 2)).isEqualTo(3);
  }
}
