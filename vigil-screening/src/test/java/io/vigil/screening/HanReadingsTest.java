package io.vigil.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HanReadingsTest {
  private static final double T = NameMatching.DEFAULT_THRESHOLD;

  @Test
  void readsHanjaInKoreanWithTheReadingUsedInNames() {
    // 金 is 금 "gold" in words and 김 Kim as a family name: Unihan flags the name reading N
    assertThat(HanReadings.nameReading("금:0E 김:0N")).isEqualTo("김");
    assertThat(HanReadings.nameReading("정:0E")).isEqualTo("정");
    assertThat(HanReadings.korean("金正恩")).containsExactly("김정은");
    // the dictionary (North Korean) reading, then the South Korean initial-sound rule
    assertThat(HanReadings.korean("李英浩")).containsExactly("리영호", "이영호");
    assertThat(HanReadings.korean("盧武鉉")).containsExactly("로무현", "노무현");
  }

  @Test
  void appliesTheInitialSoundRuleOnlyWhereItChangesTheSyllable() {
    assertThat(HanReadings.initialSoundRule("리")).isEqualTo("이");
    assertThat(HanReadings.initialSoundRule("류")).isEqualTo("유");
    assertThat(HanReadings.initialSoundRule("로")).isEqualTo("노");
    assertThat(HanReadings.initialSoundRule("녀")).isEqualTo("여");
    assertThat(HanReadings.initialSoundRule("룡")).isEqualTo("용");
    assertThat(HanReadings.initialSoundRule("김")).isEqualTo("김");
    assertThat(HanReadings.initialSoundRule("나")).isEqualTo("나");
  }

  @Test
  void aNameInSimplifiedCharactersHasNoKoreanReading() {
    // Korean names are written in traditional characters; 习 and 张 exist only in Chinese
    assertThat(HanReadings.korean("习近平")).isEmpty();
    assertThat(HanReadings.korean("張")).containsExactly("장");
    assertThat(HanReadings.korean("张")).isEmpty();
  }

  @Test
  void readsKanjiNamesInJapaneseWithShortVowels() {
    assertThat(HanReadings.japanese("山田太郎")).isEqualTo("yamada taro");
    assertThat(HanReadings.japanese("田中 花子")).isEqualTo("tanaka hanako");
    assertThat(HanReadings.japanese("小泉純一郎")).isEqualTo("koizumi junichiro");
    // "ou" before a vowel is two syllables: Inoue, not Inoe
    assertThat(HanReadings.japanese("井上陽水")).isEqualTo("inoue yosui");
    assertThat(HanReadings.shortVowels("oono")).isEqualTo("ono");
    assertThat(HanReadings.shortVowels("yuuki")).isEqualTo("yuki");
  }

  @Test
  void aKanjiTheDictionaryCannotReadGivesNoJapaneseReading() {
    assertThat(HanReadings.japanese("习近平")).isNull();
  }

  @Test
  void matchesAKoreanNameInHanjaAgainstItsLatinSpellingAndSaysWhichReading() {
    Explanation x = NameMatching.explain("金正恩", "KIM, Jong Un", EntitySchema.PERSON);
    assertThat(x.nameScore()).isGreaterThanOrEqualTo(0.75);
    assertThat(x.transliteration()).isEqualTo("Korean reading gim jeong eun");
    assertThat(NameMatching.score("李英浩", "RI, Yong Ho", EntitySchema.PERSON))
        .isGreaterThanOrEqualTo(T);
    assertThat(NameMatching.score("李英浩", "Lee Young-ho", EntitySchema.PERSON))
        .isGreaterThanOrEqualTo(T);
    // the Hanja name against the same name in Hangul
    assertThat(NameMatching.score("金正恩", "김정은", EntitySchema.PERSON)).isEqualTo(1.0);
  }

  @Test
  void matchesAJapaneseNameInKanjiAgainstItsLatinSpellingAndSaysWhichReading() {
    Explanation x = NameMatching.explain("山田太郎", "YAMADA, Taro", EntitySchema.PERSON);
    assertThat(x.nameScore()).isEqualTo(1.0);
    assertThat(x.transliteration()).isEqualTo("Japanese reading yamada taro");
    // Hepburn without macrons, with "oh" and Kunrei spellings
    assertThat(NameMatching.score("佐藤健", "SATOH, Ken", EntitySchema.PERSON))
        .isGreaterThanOrEqualTo(0.9);
    // a different kanji is a different name, however close the letters
    assertThat(NameMatching.score("高市早苗", "Takaishi Sanae", EntitySchema.PERSON)).isLessThan(T);
    assertThat(NameMatching.score("山田", "Ahmad", EntitySchema.PERSON)).isLessThan(0.5);
    // kanji and kana together
    assertThat(NameMatching.explain("山田はなこ", "Yamada Hanako", EntitySchema.PERSON))
        .satisfies(
            e -> {
              assertThat(e.nameScore()).isGreaterThanOrEqualTo(0.9);
              assertThat(e.transliteration()).startsWith("Japanese reading");
            });
  }

  @Test
  void keepsTheMandarinReadingForChineseNames() {
    Explanation x = NameMatching.explain("王伟", "Wang Wei", EntitySchema.PERSON);
    assertThat(x.nameScore()).isEqualTo(1.0);
    assertThat(x.transliteration()).isEqualTo("Mandarin reading wang wei");
  }

  @Test
  void aNameInHanCharactersIsComplete() {
    // in Latin letters "Wen Chou" may be a given name with a middle name left out; 王文 is not
    // 王文洲
    assertThat(NameMatching.score("Wen Wang", "WANG, Wen Chou", EntitySchema.PERSON))
        .isGreaterThanOrEqualTo(T);
    assertThat(NameMatching.score("王文", "WANG, Wen Chou", EntitySchema.PERSON)).isLessThan(T);
  }

  @Test
  void comparesTwoHanNamesReadingWithReading() {
    List<PreparedName> forms = PreparedName.of("金正恩", EntitySchema.PERSON);
    assertThat(forms)
        .extracting(f -> f.how)
        .containsExactly(
            "Mandarin reading jin zheng en",
            "Korean reading gim jeong eun",
            "Japanese reading kimu tadashi on");
    PreparedName mandarin = forms.get(0);
    PreparedName korean = forms.get(1);
    PreparedName latin = PreparedName.of("Kim Jong Un", EntitySchema.PERSON).get(0);
    assertThat(PreparedName.comparable(korean, korean)).isTrue();
    assertThat(PreparedName.comparable(korean, mandarin)).isFalse();
    assertThat(PreparedName.comparable(korean, latin)).isTrue();
  }

  @Test
  void twoHangulNamesDifferingInOneSyllableAreDifferentNames() {
    // romanization variants bridge two ways of writing one syllable, not two syllables
    assertThat(NameMatching.score("김종은", "김정은", EntitySchema.PERSON)).isLessThan(T);
    assertThat(NameMatching.score("김정은", "Kim Jong Un", EntitySchema.PERSON))
        .isGreaterThanOrEqualTo(T);
  }

  @Test
  void screensAHanQueryAgainstLatinAndHangulListNames() {
    SanctionsList list =
        new SanctionsList(
            "t",
            "1",
            OfacCsvTest.CLOCK.instant(),
            List.of(
                ScreenerTest.person("10", "KIM, Jong Un", "1984-01-08", "kp"),
                ScreenerTest.person("11", "YAMADA, Taro", "1970", "jp"),
                ScreenerTest.person("12", "PUTIN, Vladimir Vladimirovich", "1952-10-07", "ru")));
    Screener s = Screener.of(List.of(list));
    List<ScreeningResult> r = s.screen(ScreeningQuery.ofName("金正恩"), T, 5);
    assertThat(r).extracting(x -> x.entity().id()).containsExactly("10");
    assertThat(r.get(0).explanation().transliteration()).startsWith("Korean reading gim jeong eun");
    List<ScreeningResult> y = s.screen(ScreeningQuery.ofName("山田太郎"), T, 5);
    assertThat(y).extracting(x -> x.entity().id()).containsExactly("11");
    assertThat(y.get(0).explanation().transliteration()).startsWith("Japanese reading yamada taro");
  }

  @Test
  void aLatinQueryDoesNotPayForTheReadings() {
    Screener s = Screener.of(List.of(ScreenerTest.small()));
    long before = HanReadings.namesRead();
    for (String name : List.of("Vladimir Putin", "PUTIN, Vladimir", "Владимир Путин", "김정은")) {
      assertThat(PreparedName.of(name, EntitySchema.PERSON))
          .allSatisfy(f -> assertThat(f.reading).isZero());
      s.screen(ScreeningQuery.ofName(name), T, 5);
    }
    assertThat(HanReadings.namesRead()).isEqualTo(before);
    s.screen(ScreeningQuery.ofName("金正恩"), T, 5);
    assertThat(HanReadings.namesRead()).isGreaterThan(before);
  }

  @Test
  void readsConcurrentlyWithOneAnalyzer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String name = i % 2 == 0 ? "山田太郎" : "鈴木一郎";
        results.add(pool.submit(() -> HanReadings.japanese(name)));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "yamada taro" : "suzuki ichiro");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void twoHanNamesThatReadAlikeButDifferInACharacterAreNotTheSameName() {
    // 高石 (Takaishi) and 高市 (Takaichi) both read Gao Shi in Mandarin
    Explanation one = NameMatching.explain("高石早苗", "高市早苗", EntitySchema.PERSON);
    assertThat(one.nameScore()).isLessThan(1.0).isGreaterThanOrEqualTo(T);
    assertThat(one.tokens())
        .anySatisfy(
            t -> {
              assertThat(t.how()).isEqualTo("different Han characters (1)");
              assertThat(t.query()).isEqualTo("高石早苗");
              assertThat(t.name()).isEqualTo("高市早苗");
            });
    // two characters that read alike but differ are another name (描 and 苗 both read miao)
    assertThat(NameMatching.score("高石早描", "高市早苗", EntitySchema.PERSON)).isLessThan(T);
    assertThat(NameMatching.score("张伟", "章伟", EntitySchema.PERSON)).isLessThan(1.0);
  }

  @Test
  void traditionalAndSimplifiedFormsAreTheSameCharacters() {
    assertThat(HanCharacters.of("習近平")).isEqualTo("习近平");
    assertThat(HanCharacters.missing("習近平", "习近平")).isZero();
    assertThat(NameMatching.score("習近平", "习近平", EntitySchema.PERSON)).isEqualTo(1.0);
    assertThat(NameMatching.score("金正恩", "金正恩", EntitySchema.PERSON)).isEqualTo(1.0);
    // a Han name against a Latin one is compared through its readings only: no character penalty
    assertThat(NameMatching.explain("習近平", "Xi Jinping", EntitySchema.PERSON).tokens())
        .noneSatisfy(t -> assertThat(t.how()).startsWith("different Han characters"));
  }

  @Test
  void countsEachMissingCharacterOnce() {
    assertThat(HanCharacters.missing("高石早苗", "高市早苗")).isEqualTo(1);
    assertThat(HanCharacters.missing("李李", "李")).isEqualTo(1);
    assertThat(HanCharacters.missing("Kim 金", "金")).isZero();
    assertThat(HanCharacters.of("Vladimir")).isEmpty();
  }
}
