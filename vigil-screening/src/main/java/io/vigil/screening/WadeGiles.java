package io.vigil.screening;

import java.util.Set;

/*
 * Design note: Chinese names written in Wade-Giles (Mao Tse-tung, Chou En-lai, Hsi Chin-p'ing) and
 * the same names in Hanyu Pinyin (Mao Zedong, Zhou Enlai, Xi Jinping) share no spelling rule the
 * token ladder knows. A name whose every piece parses as a Wade-Giles syllable gets one more form,
 * syllable by syllable in pinyin, after the standard correspondence of the two systems: the
 * initials ch/ch' (j/q before i and ü, zh/ch elsewhere), hs (x), j (r), k/k' (g/k), p/p' (b/p), t/t'
 * (d/t), ts/tz and ts'/tz' (z/c), and the finals -ieh (-ie), -ien (-ian), -ung (-ong), -iung
 * (-iong), -uei (-ui), -o (-e after k and h, -uo after t, n, l, ts, ch, j, s), -ih (chih zhi, shih
 * shi, jih ri), ssu/szu (si), tzu (zi), erh (er), i (yi), yu (you), yü (yu), yeh (ye), yen (yan).
 * Every result must be a syllable of pinyin's inventory, or the piece is not Wade-Giles.
 *
 * The apostrophe that marks aspiration is often left out (Teng Hsiao-ping for Teng Hsiao-p'ing), so
 * a syllable without it is read as written (unaspirated, p = b) and the scorer lets it match the
 * aspirated syllable too (aspirationKey): b/p, d/t, g/k, j/q, zh/ch and z/c count as one letter in
 * a comparison with a Wade-Giles form, and only there. Pinyin itself keeps them apart (Jin is not
 * Qin).
 *
 * Pinyin is itself made of syllables that mostly parse as Wade-Giles (Li, Wang, Mao), so the form is
 * made only when the name shows Wade-Giles: a piece that is not pinyin (hsi, chin, tse, tung,
 * shih), an aspiration apostrophe, or a hyphen between syllables (pinyin writes a given name in one
 * word: Zedong, Tse-tung). Korean and Cantonese names with hyphens (Kim Jong-un, Chiang Kai-shek)
 * have pieces that are not Wade-Giles and get no form.
 *
 * Sources: the Wade-Giles/Pinyin correspondence tables published by the Library of Congress
 * (Pinyin Conversion Project, 2000) and in reference works (chinaknowledge.de's conversion table);
 * the inventory of pinyin syllables as ICU's Han-Latin transliterator writes them for the CJK
 * Unified Ideographs block (checked in WadeGilesTest).
 */
final class WadeGiles {
  private WadeGiles() {}

  /** The syllables of Hanyu Pinyin, without tones (ü written u). */
  static final Set<String> PINYIN =
      Set.of(
          ("a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai"
                  + " can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong"
                  + " chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo"
                  + " da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan"
                  + " dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang"
                  + " gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang"
                  + " hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian"
                  + " jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei"
                  + " ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei"
                  + " leng li lia lian liang liao lie lin ling liu long lou lu luan lue lun luo ma mai"
                  + " man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan"
                  + " nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan"
                  + " nue nun nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po"
                  + " pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang"
                  + " rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen"
                  + " seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan"
                  + " shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te"
                  + " teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen"
                  + " weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan"
                  + " yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei"
                  + " zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai"
                  + " zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo")
              .split(" "));

  private static final String[] INITIALS = {
    "ch", "hs", "ts", "tz", "sh", "ss", "sz", "k", "p", "t", "j", "f", "h", "l", "m", "n", "s", "w",
    "y", ""
  };

  /**
   * The name in pinyin, one token per Wade-Giles syllable, or null when a piece is not a Wade-Giles
   * syllable or the name shows no sign of Wade-Giles (see the design note).
   */
  static String toPinyin(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    StringBuilder letters = new StringBuilder(8);
    boolean evidence = false;
    boolean aspirated = false;
    boolean hyphen = false;
    int syllables = 0;
    int n = name.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? Character.toLowerCase(name.charAt(i)) : ' ';
      boolean dash = c == '-' || c == '‐' || c == '‑' || c == '–';
      if (dash || Character.isWhitespace(c)) {
        if (letters.isEmpty()) {
          if (dash || hyphen) {
            return null; // a hyphen with nothing before or after it
          }
          continue;
        }
        evidence |= hyphen; // Tse-tung: pinyin writes a given name in one word
        String syllable = letters.toString();
        String pinyin = syllable(syllable, aspirated);
        if (pinyin == null) {
          return null;
        }
        evidence |= aspirated || !PINYIN.contains(syllable.replace('v', 'u'));
        if (syllables++ > 0 && !hyphen) {
          out.append(' '); // syllables joined by a hyphen are one word, as pinyin writes them
        }
        out.append(pinyin);
        letters.setLength(0);
        aspirated = false;
        hyphen = dash;
        continue;
      }
      switch (c) {
        case '\'', '’', '‘', 'ʻ', 'ʼ', 'ʽ', '`' -> {
          if (letters.isEmpty()) {
            return null;
          }
          aspirated = true;
        }
        case 'ü' -> letters.append('v');
        case 'ê', 'é', 'è' -> letters.append('e');
        case 'ŭ', 'ǔ' -> letters.append('u');
        default -> {
          if (c < 'a' || c > 'z' || letters.length() > 6) {
            return null;
          }
          letters.append(c);
        }
      }
    }
    return evidence && syllables >= 2 ? out.toString() : null;
  }

  /**
   * One Wade-Giles syllable (lower case, ü as v, no apostrophe) in pinyin, or null when it is not
   * one.
   */
  static String syllable(String s, boolean aspirated) {
    String special =
        switch (s) {
          case "erh" -> "er";
          case "ssu", "szu", "sze", "ssv" -> "si";
          case "tzu" -> aspirated ? "ci" : "zi";
          case "tsu" -> aspirated ? "cu" : "zu";
          case "chih" -> aspirated ? "chi" : "zhi";
          case "shih" -> "shi";
          case "jih" -> "ri";
          case "i" -> "yi";
          case "o", "e" -> "e";
          case "yu" -> "you";
          case "yv" -> "yu";
          case "yvan", "yuan" -> "yuan";
          case "yveh", "yueh" -> "yue";
          case "yvn", "yun" -> "yun";
          case "yung" -> "yong";
          case "yeh" -> "ye";
          case "yen" -> "yan";
          default -> null;
        };
    if (special != null) {
      return special;
    }
    for (String initial : INITIALS) {
      if (!s.startsWith(initial) || s.length() == initial.length()) {
        continue;
      }
      String fin = s.substring(initial.length());
      if (initial.equals("hs") && fin.charAt(0) == 'u') {
        fin = "v" + fin.substring(1); // Hsu, Hsueh: hs comes only before i and ü
      }
      boolean front = fin.charAt(0) == 'i' || fin.charAt(0) == 'v';
      String p =
          switch (initial) {
            case "ch" -> front ? (aspirated ? "q" : "j") : aspirated ? "ch" : "zh";
            case "hs" -> front ? "x" : null;
            case "ts", "tz" -> aspirated ? "c" : "z";
            case "k" -> aspirated ? "k" : "g";
            case "p" -> aspirated ? "p" : "b";
            case "t" -> aspirated ? "t" : "d";
            case "j" -> front ? null : "r";
            case "ss", "sz" -> null;
            default -> initial;
          };
      if (p == null) {
        continue;
      }
      String f = fin(fin, initial);
      if (f == null) {
        continue;
      }
      String result = p + f;
      if (PINYIN.contains(result)) {
        return result;
      }
    }
    return null;
  }

  private static String fin(String f, String initial) {
    return switch (f) {
      case "ieh" -> "ie";
      case "veh", "ueh" -> "ue";
      case "ien" -> "ian";
      case "van" -> "uan";
      case "vn" -> "un";
      case "v" -> "u";
      case "iung" -> "iong";
      case "ung" -> "ong";
      case "uei" -> "ui";
      case "ih" -> null; // only chih, shih, jih
      case "o" ->
          switch (initial) {
            case "k", "h" -> "e";
            case "p", "m", "f", "w", "y" -> "o";
            default -> "uo";
          };
      default -> f.indexOf('v') >= 0 ? null : f;
    };
  }

  /**
   * The letters a missing aspiration apostrophe leaves undecided, merged: b/p, d/t, g/k, j/q, zh/ch
   * and z/c (pinyin writes p, t, k, q and c only as initials).
   */
  static String aspirationKey(String t) {
    char[] c = t.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] =
          switch (c[i]) {
            case 'p' -> 'b';
            case 't' -> 'd';
            case 'k' -> 'g';
            case 'q' -> 'j';
            case 'c' -> 'z';
            default -> c[i];
          };
    }
    return new String(c);
  }
}
