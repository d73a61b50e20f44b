package io.vigil.screening;

import com.ibm.icu.lang.UScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/*
 * Design note: a name written in Han characters does not say which language it is read in. 金正恩
 * is the Korean Kim Jong Un, read "jin zheng en" in Mandarin; 山田太郎 is the Japanese Yamada Taro,
 * "shan tian tai lang" in Mandarin. Lists and customers write such names in Latin letters after
 * the reading of their country, so a Han name gets one Latin form per reading and the matcher keeps
 * the best (NameNormalizer builds the Mandarin one with ICU's Han-Latin; this class gives the other
 * two):
 *
 * - Korean: each character's Sino-Korean reading from the Unicode Han Database, field kHangul
 *   (UAX #38), extracted into unihan-khangul.txt. Where a character has several readings, the one
 *   Unihan flags as used in personal names (source N) wins: 金 is 김 Kim as a family name, not 금
 *   "gold". Korean names are written in traditional characters: a simplified one (张, 刘) has no
 *   kHangul, and a name with one gets no Korean reading. The readings are the dictionary (North
 *   Korean) forms (리, 류,
 *   룡); a second form applies the South Korean initial-sound rule (두음법칙, Korean orthography
 *   articles 10-12: word-initial ㄹ becomes ㅇ before i/y and ㄴ otherwise, ㄴ becomes ㅇ before
 *   i/y) to the family name and the first syllable of the given name, so 李 reads both Ri and I
 *   (Lee). The Hangul is then romanized like any Hangul name (Revised Romanization through ICU, with
 *   the McCune-Reischauer variants of NameScorer.korean). Lucene's Nori dictionary (mecab-ko-dic)
 *   was considered and not used: it reads only 1,667 of the 20,992 unified ideographs as single
 *   characters and misses common name characters (恩, 李, 哲, 浩, 賢).
 * - Japanese: kuromoji (Lucene's Japanese tokenizer with the IPADIC dictionary, which lists family
 *   and given names as 名詞-固有名詞-人名 with their readings) segments the name and gives each word
 *   its katakana reading; ICU's Katakana-Latin writes it in Hepburn, and long vowels are written
 *   short as passports and lists do (Hepburn without macrons: tarou, Tarō -> taro; oo, uu the same;
 *   "ou" before a vowel is two syllables and stays: Inoue). A word the dictionary cannot read makes
 *   the reading fail rather than be half right.
 *
 * Only names with Han characters pay for this: a Latin name never reaches this class. The Unihan
 * table and the kuromoji dictionary load on first use (lazy holders); the Analyzer reuses one
 * tokenizer per thread (Lucene's reuse strategy), so the class is safe for concurrent use.
 *
 * Sources: Unicode UAX #38 (Unihan, kHangul); National Institute of Korean Language, 한글 맞춤법
 * (1988) articles 10-12; Lucene analysis-kuromoji (JapaneseTokenizer, ReadingAttribute) and IPADIC;
 * ICU transform Katakana-Latin; Japanese Ministry of Foreign Affairs, Hepburn romanization for
 * passports (long vowels not written).
 */
final class HanReadings {
  private HanReadings() {}

  /** How many readings were asked for: a name without Han characters must never add to it. */
  private static final LongAdder NAMES_READ = new LongAdder();

  static long namesRead() {
    return NAMES_READ.sum();
  }

  /** The Unihan kHangul table, loaded on first use. */
  private static final class Korean {
    static final Map<Integer, String> READING = load();

    private static Map<Integer, String> load() {
      Map<Integer, String> map = new HashMap<>(12_000);
      try (InputStream in = HanReadings.class.getResourceAsStream("unihan-khangul.txt")) {
        if (in == null) {
          throw new IllegalStateException("resource unihan-khangul.txt is missing");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isEmpty() || line.charAt(0) == '#') {
            continue;
          }
          int tab = line.indexOf('\t');
          if (tab <= 0) {
            continue;
          }
          String reading = nameReading(line.substring(tab + 1));
          if (reading != null) {
            map.put(line.codePointAt(0), reading);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Map.copyOf(map);
    }
  }

  /**
   * The reading a name uses among the readings of a kHangul field ({@code 금:0E 김:0N}): the first
   * one flagged N (personal names), else the first.
   */
  static @Nullable String nameReading(String field) {
    String first = null;
    for (String r : field.split(" ")) {
      int colon = r.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String hangul = r.substring(0, colon);
      if (r.indexOf('N', colon) > 0) {
        return hangul;
      }
      if (first == null) {
        first = hangul;
      }
    }
    return first;
  }

  /**
   * The Korean readings of a name in Han characters, in Hangul: the dictionary reading, then the
   * South Korean one when the initial-sound rule changes it. Empty when a character has no reading.
   * Characters other than Han are kept as they are.
   */
  static List<String> korean(String name) {
    NAMES_READ.increment();
    StringBuilder north = new StringBuilder(name.length());
    StringBuilder south = new StringBuilder(name.length());
    int runs = 0;
    boolean previous = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      boolean han = isHan(cp);
      if (han && !previous) {
        runs++;
      }
      previous = han;
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (!isHan(cp)) {
        north.appendCodePoint(cp);
        south.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int end = i;
      int length = 0;
      while (end < name.length() && isHan(name.codePointAt(end))) {
        end += Character.charCount(name.codePointAt(end));
        length++;
      }
      int pos = 0;
      for (int k = i; k < end; pos++) {
        int c = name.codePointAt(k);
        k += Character.charCount(c);
        String r = hangulOf(c);
        if (r == null) {
          return List.of();
        }
        north.append(r);
        // the family name, and the first syllable of a given name written in one run with it
        boolean initial = pos == 0 || pos == 1 && runs == 1 && length <= 4;
        south.append(initial ? initialSoundRule(r) : r);
      }
      i = end;
    }
    String n = north.toString();
    String s = south.toString();
    return n.equals(s) ? List.of(n) : List.of(n, s);
  }

  private static boolean isHan(int cp) {
    return UScript.getScript(cp) == UScript.HAN;
  }

  private static @Nullable String hangulOf(int cp) {
    return Korean.READING.get(cp);
  }

  private static final int HANGUL_BASE = 0xAC00;
  private static final int RIEUL = 5; // ㄹ as an initial (choseong index)
  private static final int NIEUN = 2; // ㄴ
  private static final int IEUNG = 11; // ㅇ

  /** The South Korean initial-sound rule on a word-initial syllable: 리 -> 이, 로 -> 노, 녀 -> 여. */
  static String initialSoundRule(String syllables) {
    int cp = syllables.codePointAt(0);
    int s = cp - HANGUL_BASE;
    if (s < 0 || s >= 11172) {
      return syllables;
    }
    int lead = s / 588;
    int vowel = s % 588 / 28;
    int tail = s % 28;
    // ㅑ 2, ㅒ 3, ㅕ 6, ㅖ 7, ㅛ 12, ㅠ 17, ㅣ 20: the vowels that begin with the sound i or y
    boolean iy =
        vowel == 2
            || vowel == 3
            || vowel == 6
            || vowel == 7
            || vowel == 12
            || vowel == 17
            || vowel == 20;
    int newLead = lead;
    if (lead == RIEUL) {
      newLead = iy ? IEUNG : NIEUN;
    } else if (lead == NIEUN && iy) {
      newLead = IEUNG;
    }
    if (newLead == lead) {
      return syllables;
    }
    int changed = HANGUL_BASE + newLead * 588 + vowel * 28 + tail;
    return new String(Character.toChars(changed)) + syllables.substring(Character.charCount(cp));
  }

  /** Lucene's Japanese tokenizer with IPADIC, built on first use; thread-safe through reuse. */
  private static final class Japanese {
    static final Analyzer ANALYZER =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(
                new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));
          }
        };
  }

  private static final Pattern LONG_O = Pattern.compile("o[ou](?![aeiou])");
  private static final Pattern LONG_U = Pattern.compile("uu(?![aeiou])");

  /**
   * The Japanese reading of a name with Han characters, folded to Latin tokens ({@code yamada
   * taro}), or null when a word has no reading.
   */
  static @Nullable String japanese(String name) {
    NAMES_READ.increment();
    StringBuilder kana = new StringBuilder(name.length() * 2);
    try (TokenStream ts = Japanese.ANALYZER.tokenStream("name", name)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ReadingAttribute reading = ts.addAttribute(ReadingAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String r = reading.getReading();
        if (r == null) {
          String surface = term.toString();
          if (hasHan(surface)) {
            ts.end();
            return null; // a word the dictionary does not know: no reading rather than half
          }
          r = surface; // kana, Latin letters and digits read as written
        }
        kana.append(r).append(' ');
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String folded = NameNormalizer.fold(NameNormalizer.translit("Any-Latin", kana.toString()));
    if (folded.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder(folded.length());
    for (String token : folded.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(shortVowels(token));
    }
    return out.toString();
  }

  /** Hepburn as passports write it: tarou -> taro, oono -> ono, yuuki -> yuki; inoue stays. */
  static String shortVowels(String token) {
    String t = LONG_O.matcher(token).replaceAll("o");
    return LONG_U.matcher(t).replaceAll("u");
  }

  static boolean hasHan(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isHan(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
