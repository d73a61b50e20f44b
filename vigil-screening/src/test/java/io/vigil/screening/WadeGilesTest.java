package io.vigil.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WadeGilesTest {

  @Test
  void convertsSyllablesByTheStandardCorrespondence() {
    String[][] table = {
      {"hsi", "xi"},
      {"chin", "jin"},
      {"ching", "jing"},
      {"chih", "zhi"},
      {"shih", "shi"},
      {"jih", "ri"},
      {"jen", "ren"},
      {"tse", "ze"},
      {"tsai", "zai"},
      {"tzu", "zi"},
      {"ssu", "si"},
      {"tung", "dong"},
      {"hsiung", "xiong"},
      {"kuei", "gui"},
      {"kuo", "guo"},
      {"ko", "ge"},
      {"lo", "luo"},
      {"chieh", "jie"},
      {"hsien", "xian"},
      {"chou", "zhou"},
      {"erh", "er"},
      {"i", "yi"},
      {"yu", "you"},
      {"yv", "yu"},
      {"chv", "ju"},
      {"hsveh", "xue"},
      {"hsu", "xu"}
    };
    for (String[] row : table) {
      assertThat(WadeGiles.syllable(row[0], false)).as(row[0]).isEqualTo(row[1]);
    }
    assertThat(WadeGiles.syllable("ping", true)).isEqualTo("ping");
    assertThat(WadeGiles.syllable("ping", false)).isEqualTo("bing");
    assertThat(WadeGiles.syllable("ching", true)).isEqualTo("qing");
    assertThat(WadeGiles.syllable("chih", true)).isEqualTo("chi");
    assertThat(WadeGiles.syllable("john", false)).isNull();
    assertThat(WadeGiles.syllable("shek", false)).isNull();
  }

  @Test
  void makesAPinyinFormOnlyForNamesWrittenInWadeGiles() {
    assertThat(WadeGiles.toPinyin("Mao Tse-tung")).isEqualTo("mao zedong");
    assertThat(WadeGiles.toPinyin("Teng Hsiao-p’ing")).isEqualTo("deng xiaoping");
    assertThat(WadeGiles.toPinyin("Hsü Hsiang-ch'ien")).isEqualTo("xu xiangqian");
    // pinyin itself, other languages, and names with a piece that is not Wade-Giles
    assertThat(WadeGiles.toPinyin("Li Peng")).isNull();
    assertThat(WadeGiles.toPinyin("Xi Jinping")).isNull();
    assertThat(WadeGiles.toPinyin("John Smith")).isNull();
    assertThat(WadeGiles.toPinyin("Kim Jong-un")).isNull();
    assertThat(WadeGiles.toPinyin("Chiang Kai-shek")).isNull();
  }

  @Test
  void theAspirationKeyMergesWhatAMissingApostropheLeavesOpen() {
    assertThat(WadeGiles.aspirationKey("jinbing")).isEqualTo(WadeGiles.aspirationKey("jinping"));
    assertThat(WadeGiles.aspirationKey("zhi")).isEqualTo(WadeGiles.aspirationKey("chi"));
    assertThat(WadeGiles.aspirationKey("jin")).isNotEqualTo(WadeGiles.aspirationKey("xin"));
  }

  @Test
  void thePinyinInventoryHoldsEverySyllableIcuWritesForHanCharacters() {
    TreeSet<String> missing = new TreeSet<>();
    for (int cp = 0x4E00; cp <= 0x9FFF; cp += 7) {
      String p =
          NameNormalizer.fold(
              NameNormalizer.translit("Han-Latin/Names", new String(Character.toChars(cp))));
      if (p.matches("[a-z]{2,}") && !p.equals("ng") && !WadeGiles.PINYIN.contains(p)) {
        missing.add(p);
      }
    }
    assertThat(missing).isEmpty();
  }
}
