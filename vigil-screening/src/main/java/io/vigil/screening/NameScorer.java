package io.vigil.screening;

import io.vigil.screening.NameNormalizer.Kind;
import java.util.ArrayList;
import java.util.List;

/*
 * Design note: a name score is a weighted token alignment, in the family of Watchman's
 * BestPairsJaroWinkler and rigour's name alignment (yente logic-v2), with four differences:
 *
 * 1. Token similarity is a ladder of explainable tests rather than one metric: exact, phonetic
 *    (Double Metaphone, Philips 2000, code length 6), bounded edit distance (optimal string
 *    alignment; 0 edits up to 2 letters, 1 up to 5, 2 up to 11, 3 beyond), a written-letter match for
 *    abjad scripts (abjadMatch), Korean romanization variants, initials and anagrams, and before the
 *    edit distance the abbreviations of organization words (Intl, International: 0.95) and the
 *    nicknames of given names of persons, never the last token (Nicknames: 0.9); syllables read from
 *    Wade-Giles match pinyin up to a missing aspiration mark (WadeGiles: 0.9). After the alignment,
 *    acronyms and glued initials match tokens nothing else matched (Acronyms). The best
 *    test that passes names the match; syllables of Chinese and Korean names match only exactly
 *    (Korean: up to its romanization variants), and so do the words of a Japanese reading of a
 *    kanji name (up to Hepburn/Kunrei variants): a reading from characters is not a typo.
 * 2. A first pass joins 2-3 adjacent tokens of one side against one token of the other
 *    ("Siemens AG"/"SiemensAG", "Patr ushev"), then alignment is greedy 1:1 on the best pairs.
 * 3. The score is (mQ + lambda*mN) / (TQ + lambda*TN): matched weight over total weight, where
 *    tokens of the query count fully and tokens only the list name has count lambda (0.2): a list
 *    name carries patronymics and middle names that people leave out, while a query token that
 *    finds no partner is strong evidence against. Weights: names 1 (0.4 for an initial, 0.7 for
 *    two letters), generic organization words 0.5, particles 0.3, legal forms 0.25.
 *
 * 4. Contradictions: when both sides keep an unmatched name token (a different surname), the score
 *    is multiplied by 0.8 per contradiction (at most two); a different father after "bin"/"ibn"
 *    multiplies it by 0.6 ("AHMAD BIN HASAN" is not "HASAN BIN AHMAD"; but a query whose "bin X"
 *    is a later name of the list's chain, the list's father being absent from it, skipped links:
 *    "USAMA BIN LADIN" is "BIN LADIN, Usama bin Muhammad bin Awad"), different legal forms by
 *    0.7 ("Deutsche Bank AG" is not "Deutsche Bank GmbH"). Numbers weigh 0.5 and do not contradict
 *    (series of trusts, funds and vessels).
 * 5. Two forms never match by similarity alone: a patronymic and a given name (Oleksandrovych is
 *    the son of an Oleksandr, not Oleksandr), and the feminine and masculine forms of a Slavic
 *    surname (Barynova / Baranov: a wife, a daughter, not the man).
 * 6. A query written in Han characters is a complete name in each of its readings (HanReadings): a
 *    name token of the list it lacks counts fully (COMPLETE) instead of at lambda, for in a Chinese,
 *    Korean or Japanese name an extra syllable is another given name, not a middle name left out.
 * 7. Two names both written in Han characters are compared through their readings, but a reading
 *    hides homophones: 高石早苗 (Takaishi) and 高市早苗 (Takaichi) both read Gao Shi Zao Miao in
 *    Mandarin. So the characters themselves are compared too, after folding traditional to
 *    simplified forms (ICU Traditional-Simplified: 習近平 is 习近平), and each character of the
 *    query the list name lacks multiplies the score by 0.8 (HAN_CHARACTER). One different
 *    character leaves a strong match for review, as a homophone typed through a pinyin input method
 *    may be the same person; two take it below the threshold. Japanese variant forms that ICU does
 *    not fold (邊 / 辺) pay the same, which errs toward review rather than a miss.
 *
 * The structure and the constants were chosen while looking at nomenklatura's name-pair benchmark
 * (cases.csv; a small grid over lambda, contradiction factor, phonetic similarity, edit bands and
 * threshold, picked on odd rows and checked on even rows). Nothing reads labels at run time.
 */
final class NameScorer {

  static final double MIN_PAIR = 0.6;
  static final double SHORT = 0.0;
  static final double PHONETIC = 0.8;
  static final double QX = 1.0;
  static final double CONFLICT = 0.8;
  static final double LAMBDA_V = 0.2;
  static final int E1 = 5;
  static final double EDIT_K = 1.0;
  static final double FATHER = 0.6;
  static final double LEGAL_CONFLICT = 0.7;
  static final double COMPLETE = 1.0;
  static final double NICKNAME = 0.9;
  static final double HAN_CHARACTER = 0.8;

  private NameScorer() {}

  /** Result of aligning two prepared names. */
  record Alignment(
      double score,
      List<Explanation.TokenMatch> tokens,
      List<String> unmatchedQuery,
      List<String> unmatchedName) {}

  /** Similarity of two tokens and the test that gave it. */
  record Sim(double value, String how) {}

  private static final Sim NONE = new Sim(0, "none");

  /**
   * Whether {@code patronymic} is the East Slavic patronymic made from the given name {@code
   * given}: the name (a final -y/-i/-iy dropped: Sergey, Dmitriy) followed by at least three more
   * letters starting as the patronymic suffixes do (-ov-, -ev-, -yev-, -iev-, -ow-, -ich).
   * Oleksandrovych is the son of an Oleksandr; the two never match by similarity.
   */
  static boolean fatherOf(String given, String patronymic) {
    if (given.length() < 4 || patronymic.length() < given.length() + 3) {
      return false;
    }
    String stem = given;
    if (stem.endsWith("iy") || stem.endsWith("ii")) {
      stem = stem.substring(0, stem.length() - 2);
    } else if (stem.endsWith("y") || stem.endsWith("i")) {
      stem = stem.substring(0, stem.length() - 1);
    }
    if (!patronymic.startsWith(stem)) {
      return false;
    }
    String rest = patronymic.substring(stem.length());
    return rest.startsWith("ov")
        || rest.startsWith("ev")
        || rest.startsWith("yev")
        || rest.startsWith("iev")
        || rest.startsWith("ow")
        || rest.startsWith("ich");
  }

  /**
   * The grammatical gender of a Slavic surname form: -1 feminine (Ivanova, Putina, Zelenska,
   * Kowalska), +1 masculine (Ivanov, Putin, Zelenskyy, Kowalski), 0 neither or too short to say.
   */
  static int gender(String t) {
    if (t.length() < 5) {
      return 0;
    }
    if (t.endsWith("ova")
        || t.endsWith("eva")
        || t.endsWith("ina")
        || t.endsWith("skaya")
        || t.endsWith("skaia")
        || t.endsWith("ska")) {
      return -1;
    }
    if (t.endsWith("ov")
        || t.endsWith("ev")
        || t.endsWith("in")
        || t.endsWith("sky")
        || t.endsWith("skiy")
        || t.endsWith("skii")
        || t.endsWith("skyi")
        || t.endsWith("skyy")
        || t.endsWith("ski")) {
      return 1;
    }
    return 0;
  }

  static Sim tokenSim(PreparedName q, int i, PreparedName c, int j) {
    return tokenSim(
        q.tokens[i],
        q.kinds[i],
        q.phonetic[i],
        q.skeleton[i],
        c.tokens[j],
        c.kinds[j],
        c.phonetic[j],
        c.skeleton[j],
        q.script,
        c.script,
        !q.how.equals("latin") || !c.how.equals("latin"),
        !q.org && !c.org && i < q.tokens.length - 1 && j < c.tokens.length - 1);
  }

  static Sim tokenSim(
      String a,
      Kind ka,
      String pa,
      String sa,
      String b,
      Kind kb,
      String pb,
      String sb,
      int scriptA,
      int scriptB,
      boolean translit,
      boolean given) {
    if (a.equals(b)) {
      return new Sim(1.0, translit ? "translit" : "exact");
    }
    if (ka == Kind.NUMBER || kb == Kind.NUMBER) {
      return NONE;
    }
    if (ka == Kind.LEGAL || kb == Kind.LEGAL) {
      return NONE; // different legal forms: different companies (Deutsche Bank AG / GmbH)
    }
    int la = a.length();
    int lb = b.length();
    if (scriptA == 5 || scriptB == 5) {
      // a syllable read from Wade-Giles: the aspiration mark may have been left out (p'ing, ping)
      if (la > 1 && lb > 1 && WadeGiles.aspirationKey(a).equals(WadeGiles.aspirationKey(b))) {
        return new Sim(0.9, "wade-giles");
      }
      if ((scriptA == 5 ? la : lb) <= 6) {
        return la == 1 || lb == 1 ? initial(a, scriptA, b, scriptB) : NONE;
      }
    }
    if (scriptA == 4 || scriptB == 4) {
      // a Japanese reading is exact: only the other ways of writing the same kana count
      if (scriptA != scriptB && la > 1 && lb > 1 && japanese(a).equals(japanese(b))) {
        return new Sim(0.9, "translit-variant");
      }
      return la == 1 || lb == 1 ? initial(a, scriptA, b, scriptB) : NONE;
    }
    boolean hangul = scriptA == 3 || scriptB == 3;
    if ((scriptA == 2 || scriptB == 2) && la <= 5 && lb <= 5 || hangul && la <= 7 && lb <= 7) {
      // one syllable of a Chinese or Korean name: a different letter is a different character;
      // only the romanization variants of Korean (RR / McCune-Reischauer) count, and only against
      // a name romanized by someone else (two Hangul names are romanized alike here: 종 is not 정)
      if (hangul && scriptA != scriptB && korean(a).equals(korean(b))) {
        return new Sim(0.85, "translit-variant");
      }
      return la == 1 || lb == 1 ? initial(a, scriptA, b, scriptB) : NONE;
    }
    if (la == 1 || lb == 1) {
      return initial(a, scriptA, b, scriptB);
    }
    if (scriptA == 0 && scriptB == 0) {
      if (a.charAt(0) == b.charAt(0) && (la <= 6 || lb <= 6) && NameNormalizer.abbreviates(a, b)) {
        return new Sim(0.95, "abbreviation"); // Intl, International
      }
      // a given name and its nickname or hypocorism (Bill, William; Bibi, Benjamin): only given
      // names of persons, not the last token of a name (John Lee is not John Levi)
      if (given && ka == Kind.NAME && kb == Kind.NAME && Nicknames.related(a, b)) {
        return new Sim(NICKNAME, "nickname");
      }
    }
    if ((scriptA == 1) != (scriptB == 1)) {
      // a name written in an abjad against a Latin one: only the abjad comparison is meaningful
      String written = scriptA == 1 ? a : b;
      String latin = scriptA == 1 ? b : a;
      if (abjadMatch(written, 0, latin, 0)) {
        return new Sim(0.9, "abjad");
      }
      return sa.length() >= 3 && sa.equals(sb) ? new Sim(0.75, "skeleton") : NONE;
    }
    int longest = Math.max(la, lb);
    int allowed = longest <= 2 ? 0 : longest <= E1 ? 1 : longest <= 11 ? 2 : 3;
    double best = 0;
    String how = "none";
    if (Math.abs(la - lb) <= allowed) {
      int d = osa(a, b, allowed);
      if (d <= allowed) {
        best = 1.0 - EDIT_K * d / longest - (d > 0 && longest <= 4 ? SHORT : 0);
        how = "edit";
      }
    }
    if (!pa.isEmpty()
        && pa.equals(pb)
        && Math.min(la, lb) >= 4
        && best < PHONETIC
        && osa(a, b, longest / 2) <= longest / 2) {
      best = PHONETIC;
      how = "phonetic";
    }
    if (best < 0.7 && la == lb && la >= 4 && anagram(a, b)) {
      best = 0.7;
      how = "anagram";
    }
    if (best < MIN_PAIR || fatherOf(a, b) || fatherOf(b, a) || gender(a) * gender(b) < 0) {
      // a father's name is not the person's own (Oleksandr / Oleksandrovych), and the feminine
      // form of a Slavic surname names another person than the masculine one (Baranov / Baranova)
      return NONE;
    }
    return new Sim(best, how);
  }

  /**
   * A one-letter token as the initial of the other. Only a name written in Latin letters has
   * initials: in a reading of Han or Hangul characters (scripts 2-4) one letter is a whole syllable
   * or word (이 "i", 王 "o").
   */
  private static Sim initial(String a, int scriptA, String b, int scriptB) {
    int la = a.length();
    int lb = b.length();
    if (la == 1 && scriptA < 2 && initialToken(a) && b.charAt(0) == a.charAt(0)
        || lb == 1 && scriptB < 2 && initialToken(b) && a.charAt(0) == b.charAt(0)) {
      return new Sim(0.8, "initial");
    }
    return NONE;
  }

  private static final java.util.regex.Pattern JA_LONG_O =
      java.util.regex.Pattern.compile("o[ouh](?![aeiou])");
  private static final java.util.regex.Pattern JA_MORA_N =
      java.util.regex.Pattern.compile("m(?=[bpm])");

  /**
   * Japanese romanizations folded together: Hepburn, passport Hepburn and Kunrei (Satou / Satoh /
   * Sato, Yuuki / Yuki, Shinbashi / Simbasi / Shimbashi, Tsuchiya / Tutiya, Fujita / Huzita).
   */
  static String japanese(String t) {
    String s = HanReadings.shortVowels(JA_LONG_O.matcher(t).replaceAll("o"));
    s =
        s.replace("shi", "si")
            .replace("chi", "ti")
            .replace("tsu", "tu")
            .replace("fu", "hu")
            .replace("ji", "zi")
            .replace("sh", "sy")
            .replace("ch", "ty")
            .replace("j", "zy");
    return JA_MORA_N.matcher(s).replaceAll("n");
  }

  /** Korean romanizations folded together: Kim/Gim, Park/Bak, Jong/Jeong, Un/Eun, Chol/Cheol. */
  static String korean(String t) {
    switch (t) {
      case "lee", "yi", "rhee", "ri", "rhie", "li" -> {
        return "i"; // the family name 이/리
      }
      default -> {}
    }
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
      if (c == 'r' && next != 0 && "aeiouwy".indexOf(next) < 0) {
        continue; // "Park": the r only lengthens the vowel
      }
      sb.append(c);
    }
    String s =
        sb.toString()
            .replace("eo", "o")
            .replace("eu", "o")
            .replace("u", "o")
            .replace("oo", "o")
            .replace("ae", "e")
            .replace("ch", "j");
    if (s.startsWith("k")) {
      s = "g" + s.substring(1);
    } else if (s.startsWith("t")) {
      s = "d" + s.substring(1);
    } else if (s.startsWith("p")) {
      s = "b" + s.substring(1);
    } else if (s.startsWith("r")) {
      s = "l" + s.substring(1);
    }
    if (s.endsWith("g") && !s.endsWith("ng")) {
      s = s.substring(0, s.length() - 1) + "k";
    }
    return s;
  }

  /**
   * Whether a Latin spelling fits a name written in an abjad and transliterated letter by letter:
   * every written consonant appears in order (p/b, v/f, g/j, c/q/k merged, doubled letters
   * collapsed), the written long vowels appear as vowels (alif as a/e, waw as u/o/w/v, ya as
   * i/e/y), and the Latin spelling adds only short vowels. "mhmd" fits "Mohamed", "bwtyn" fits
   * "Putin", "rbany" does not fit "Ruben".
   */
  static boolean abjadMatch(String w, int i, String l, int j) {
    if (i == w.length()) {
      for (int k = j; k < l.length(); k++) {
        if ("aeiouyh".indexOf(l.charAt(k)) < 0) {
          return false;
        }
      }
      return true;
    }
    char cw = w.charAt(i);
    if (j < l.length()) {
      char cl = l.charAt(j);
      if ("aeiou".indexOf(cl) >= 0 && cl != cw && abjadMatch(w, i, l, j + 1)) {
        return true; // an unwritten short vowel
      }
      if (j > 0 && cl == l.charAt(j - 1) && "aeiou".indexOf(cl) < 0 && abjadMatch(w, i, l, j + 1)) {
        return true; // a doubled consonant is written once
      }
    }
    if (cw == 'A' && abjadMatch(w, i + 1, l, j)) {
      return true;
    }
    if (cw == 'h' && i == w.length() - 1 && abjadMatch(w, i + 1, l, j)) {
      return true; // ta marbuta: Fatimah / Fatima
    }
    if (j == l.length()) {
      return false;
    }
    char cl = l.charAt(j);
    boolean ok =
        switch (cw) {
          case 'a' -> cl == 'a' || cl == 'e' || i == 0 && "iou".indexOf(cl) >= 0;
          case 'A' -> "aeiou".indexOf(cl) >= 0;
          case 'w' -> cl == 'w' || cl == 'u' || cl == 'o' || cl == 'v';
          case 'y' -> cl == 'y' || cl == 'i' || cl == 'e';
          default -> consonantClass(cw) == consonantClass(cl);
        };
    if (ok && abjadMatch(w, i + 1, l, j + 1)) {
      return true;
    }
    // an initial alif (or the alif of a glued article) is a bare vowel seat
    return (cw == 'a' && i == 0 || cw == 'A') && abjadMatch(w, i + 1, l, j);
  }

  private static String optionalAlif(String t) {
    return t.startsWith("a") ? "A" + t.substring(1) : t;
  }

  private static char consonantClass(char c) {
    return switch (c) {
      case 'v' -> 'f';
      case 'p' -> 'b';
      case 'g' -> 'j';
      case 'c', 'q' -> 'k';
      default -> c;
    };
  }

  private static boolean anagram(String a, String b) {
    char[] x = a.toCharArray();
    char[] y = b.toCharArray();
    java.util.Arrays.sort(x);
    java.util.Arrays.sort(y);
    return java.util.Arrays.equals(x, y);
  }

  /** Optimal string alignment distance, or max+1 when it exceeds max. */
  static int osa(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /** Scores the query name form against a list name form. */
  static Alignment align(PreparedName q, PreparedName c, boolean explain) {
    int n = q.tokens.length;
    int m = c.tokens.length;
    if (n == 0 || m == 0) {
      return new Alignment(0, List.of(), List.of(), List.of());
    }
    double[] simQ = new double[n];
    double[] simC = new double[m];
    int[] partner = new int[n];
    java.util.Arrays.fill(partner, -1);
    boolean[] usedC = new boolean[m];
    int[] partnerC = new int[m];
    java.util.Arrays.fill(partnerC, -1);
    String[] howQ = new String[n];
    // all pairs, greedy by similarity
    int pairs = n * m;
    double[] ps = new double[pairs];
    String[] ph = new String[pairs];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        Sim s = tokenSim(q, i, c, j);
        ps[i * m + j] = s.value();
        ph[i * m + j] = s.how();
      }
    }
    List<Explanation.TokenMatch> joined = explain ? new ArrayList<>() : null;
    if (n + m > 2) {
      joinPass(q, c, partner, usedC, simQ, simC, joined, true);
      joinPass(q, c, partner, usedC, simQ, simC, joined, false);
    }
    int assigned = 0;
    while (assigned < Math.min(n, m)) {
      int bestIdx = -1;
      double bestVal = 0;
      for (int k = 0; k < pairs; k++) {
        double v = ps[k];
        if (v > bestVal) {
          int i = k / m;
          int j = k % m;
          if (simQ[i] == 0 && simC[j] == 0) {
            bestVal = v;
            bestIdx = k;
          }
        }
      }
      if (bestIdx < 0) {
        break;
      }
      int i = bestIdx / m;
      int j = bestIdx % m;
      partner[i] = j;
      partnerC[j] = i;
      usedC[j] = true;
      simQ[i] = bestVal;
      simC[j] = bestVal;
      howQ[i] = ph[bestIdx];
      assigned++;
    }
    // acronyms and glued initials spell tokens no other test matched (see Acronyms)
    double[] capQ = null;
    double[] capC = null;
    if (q.script == 0 && c.script == 0) {
      // the rules of the name whose tokens are spelled: an organization's runs, or a person's
      // given names; a person's name never spells an organization's acronym (Vladimir Putin, VP)
      if (c.org || !q.org) {
        capC = acronymPass(q, c, simQ, simC, joined, c.org, true);
      }
      if (q.org || !c.org) {
        capQ = acronymPass(c, q, simC, simQ, joined, q.org, false);
      }
    }
    double mQ = 0;
    double costQ = 0;
    double mC = 0;
    double costC = 0;
    double strongMatched = 0;
    // a pair with an initial earns what an initial weighs: "Alexander" matching the initial "A"
    // earns 0.4, and the rest of "Alexander" stays unexplained
    for (int i = 0; i < n; i++) {
      double w = q.weights[i];
      boolean initial =
          partner[i] >= 0 && (initialToken(q.tokens[i]) || initialToken(c.tokens[partner[i]]));
      double earned = initial ? Math.min(w, c.weights[partner[i]]) : w;
      if (capQ != null && capQ[i] > 0) {
        earned = Math.min(earned, capQ[i]);
      }
      mQ += simQ[i] * earned;
      costQ += (w - simQ[i] * earned) * QX;
      if (simQ[i] > 0 && !initial && (q.kinds[i] == Kind.NAME || q.kinds[i] == Kind.NUMBER)) {
        strongMatched += w;
      }
    }
    // a name read from Han characters is complete: a name token of the list that it lacks is a
    // different given name, not a middle name left out, and counts fully (COMPLETE)
    double missingC = 0;
    for (int j = 0; j < m; j++) {
      double w = c.weights[j];
      if (q.reading != 0 && simC[j] == 0 && c.kinds[j] == Kind.NAME) {
        missingC += w;
        continue;
      }
      double earned =
          partnerC[j] >= 0 && (initialToken(c.tokens[j]) || initialToken(q.tokens[partnerC[j]]))
              ? Math.min(w, q.weights[partnerC[j]])
              : w;
      if (capC != null && capC[j] > 0) {
        earned = Math.min(earned, capC[j]);
      }
      mC += simC[j] * earned;
      costC += w - simC[j] * earned;
    }
    double score =
        (mQ + LAMBDA_V * mC) / (mQ + costQ + LAMBDA_V * (mC + costC) + COMPLETE * missingC);
    if (strongMatched == 0) {
      score *= 0.5;
    }
    int conflicts = Math.min(conflicts(q, simQ, true), conflicts(c, simC, false));
    int fq = fatherIndex(q);
    int fc = fatherIndex(c);
    // "AHMAD BIN HASAN" is not "HASAN BIN AHMAD"; but when the list's father is not in the query
    // and the query's "bin X" is a later name of the list's chain, the query skipped links:
    // "USAMA BIN LADIN" is "Usama bin Muhammad bin Awad BIN LADIN", the family name
    boolean laterLink = fq >= 0 && fc >= 0 && partner[fq] > fc && simC[fc] == 0;
    if (fq >= 0 && fc >= 0 && partner[fq] != fc && !laterLink) {
      score *= FATHER;
    }
    if (unmatchedLegal(q, simQ) && unmatchedLegal(c, simC)) {
      score *= LEGAL_CONFLICT; // "Deutsche Bank AG" is not "Deutsche Bank GmbH"
    }
    for (int k = 0; k < Math.min(conflicts, 2); k++) {
      score *= CONFLICT;
    }
    int hanDiffer =
        q.reading != 0 && c.reading != 0 ? HanCharacters.missing(q.original, c.original) : 0;
    for (int k = 0; k < hanDiffer; k++) {
      score *= HAN_CHARACTER;
    }
    if (!explain) {
      return new Alignment(score, List.of(), List.of(), List.of());
    }
    List<Explanation.TokenMatch> matches = new ArrayList<>();
    List<String> uq = new ArrayList<>();
    List<String> un = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (partner[i] >= 0) {
        matches.add(
            new Explanation.TokenMatch(q.tokens[i], c.tokens[partner[i]], howQ[i], round(simQ[i])));
      } else if (simQ[i] == 0) {
        uq.add(q.tokens[i]);
      }
    }
    matches.addAll(joined);
    if (hanDiffer > 0) {
      matches.add(
          new Explanation.TokenMatch(
              HanCharacters.of(q.original),
              HanCharacters.of(c.original),
              "different Han characters (" + hanDiffer + ")",
              round(Math.pow(HAN_CHARACTER, hanDiffer))));
    }
    for (int j = 0; j < m; j++) {
      if (!usedC[j] && simC[j] == 0) {
        un.add(c.tokens[j]);
      }
    }
    return new Alignment(score, matches, uq, un);
  }

  /** A one-letter token that stands for a name (not a digit: "1st" and "First" are both 1). */
  static boolean initialToken(String t) {
    return t.length() == 1 && !Character.isDigit(t.charAt(0));
  }

  /**
   * Matches each unmatched acronym token of {@code s} to the unmatched tokens of {@code l} whose
   * initials it spells (Acronyms). Returns the weights the spelled tokens of {@code l} may earn (0:
   * their own), or null when nothing matched.
   */
  private static double[] acronymPass(
      PreparedName s,
      PreparedName l,
      double[] simS,
      double[] simL,
      List<Explanation.TokenMatch> joined,
      boolean org,
      boolean sIsQuery) {
    double[] cap = null;
    for (int i = 0; i < s.tokens.length; i++) {
      String t = s.tokens[i];
      if (simS[i] > 0 || !Acronyms.candidate(t, s.kinds[i], org)) {
        continue;
      }
      if (!org && (!anyMatched(simS, i, s.kinds) || !anyMatched(simL, -1, l.kinds))) {
        continue; // glued initials of given names: the surname must match as well
      }
      for (int start = 0; start < l.tokens.length; start++) {
        if (simL[start] > 0 || l.tokens[start].charAt(0) != t.charAt(0)) {
          continue;
        }
        int end = -1;
        for (int mode = 0; mode < (org ? 2 : 1) && end < 0; mode++) {
          end = Acronyms.spells(t, l.tokens, l.kinds, start, mode == 1, org, simL);
        }
        if (end < 0) {
          continue;
        }
        double v = org ? Acronyms.ORG : Acronyms.PERSON;
        simS[i] = v;
        StringBuilder spelled = new StringBuilder();
        for (int k = start; k <= end; k++) {
          simL[k] = v;
          if (!org) {
            if (cap == null) {
              cap = new double[l.tokens.length];
            }
            cap[k] = PreparedName.weight("x", Kind.NAME); // what an initial weighs
          }
          spelled.append(k > start ? " " : "").append(l.tokens[k]);
        }
        if (joined != null) {
          String a = sIsQuery ? t : spelled.toString();
          String b = sIsQuery ? spelled.toString() : t;
          joined.add(new Explanation.TokenMatch(a, b, "acronym", round(v)));
        }
        break;
      }
    }
    return cap;
  }

  /** Whether a name token other than {@code except} found a partner. */
  private static boolean anyMatched(double[] sims, int except, Kind[] kinds) {
    for (int k = 0; k < sims.length; k++) {
      if (k != except && sims[k] > 0 && kinds[k] == Kind.NAME) {
        return true;
      }
    }
    return false;
  }

  private static boolean unmatchedLegal(PreparedName p, double[] sims) {
    for (int i = 0; i < p.tokens.length; i++) {
      if (sims[i] == 0 && p.kinds[i] == Kind.LEGAL) {
        return true;
      }
    }
    return false;
  }

  /** The token after bin/ben/ibn/bint: the father's name. */
  private static int fatherIndex(PreparedName p) {
    for (int i = 0; i + 1 < p.tokens.length; i++) {
      String t = p.tokens[i];
      if (t.equals("bin") || t.equals("ben") || t.equals("ibn") || t.equals("bint")) {
        return p.kinds[i + 1] == Kind.NAME ? i + 1 : -1;
      }
    }
    return -1;
  }

  /** Unmatched name or number tokens (length >= 2) on one side. */
  private static int conflicts(PreparedName p, double[] sims, boolean query) {
    int k = 0;
    for (int i = 0; i < p.tokens.length; i++) {
      if (sims[i] == 0
          && (p.kinds[i] == Kind.NAME
              || p.kinds[i] == Kind.NUMBER
              || p.kinds[i] == Kind.PATRONYMIC)) {
        k++;
      }
    }
    return k;
  }

  /**
   * Joins 2-3 adjacent unmatched tokens on one side to match one unmatched token on the other.
   * queryJoins: the query tokens are joined (query "Patr ushev", list "Patrushev").
   */
  private static void joinPass(
      PreparedName q,
      PreparedName c,
      int[] partner,
      boolean[] usedC,
      double[] simQ,
      double[] simC,
      List<Explanation.TokenMatch> joined,
      boolean queryJoins) {
    PreparedName many = queryJoins ? q : c;
    PreparedName one = queryJoins ? c : q;
    double[] simMany = queryJoins ? simQ : simC;
    double[] simOne = queryJoins ? simC : simQ;
    // syllables read from Wade-Giles join up to their unwritten aspiration marks (jin bing,
    // jinping)
    boolean wadeGiles = q.script == 5 || c.script == 5;
    for (int o = 0; o < one.tokens.length; o++) {
      if (simOne[o] > 0) {
        continue;
      }
      String target = one.tokens[o];
      if (target.length() < 4) {
        continue;
      }
      for (int start = 0; start < many.tokens.length; start++) {
        if (simMany[start] > 0
            || !(q.abjad || c.abjad)
                && !target.startsWith(many.tokens[start].substring(0, 1))
                && !(wadeGiles
                    && WadeGiles.aspirationKey(target.substring(0, 1))
                        .equals(WadeGiles.aspirationKey(many.tokens[start].substring(0, 1))))) {
          continue;
        }
        StringBuilder sb = new StringBuilder(many.tokens[start]);
        // the abjad side glued with each piece's leading alif optional ("bd" + "allh" ~ Abdullah)
        StringBuilder written = new StringBuilder(optionalAlif(many.tokens[start]));
        boolean manyWritten = many.script == 1 && one.script != 1;
        boolean oneWritten = one.script == 1 && many.script != 1;
        boolean done = false;
        for (int end = start + 1; end < many.tokens.length && end <= start + 3; end++) {
          if (simMany[end] > 0) {
            break;
          }
          sb.append(many.tokens[end]);
          written.append(optionalAlif(many.tokens[end]));
          String glued = sb.toString();
          if (glued.length() > target.length() + 2) {
            break;
          }
          int longest = Math.max(glued.length(), target.length());
          boolean particle = false;
          for (int k = start; k <= end; k++) {
            particle |= many.kinds[k] == Kind.PARTICLE;
          }
          // "abd al" ~ "abdul": a particle glued to a name may change a vowel
          int allowed = longest <= 8 && !particle ? 0 : 1;
          int d = osa(glued, target, allowed);
          boolean aspiration =
              d > 0
                  && wadeGiles
                  && WadeGiles.aspirationKey(glued).equals(WadeGiles.aspirationKey(target));
          if (aspiration) {
            d = 0;
          }
          if (d > 0 && osa(many.tokens[start], target, d) <= d) {
            continue; // the first piece alone is as close: gluing adds nothing
          }
          boolean skeletal =
              d > allowed
                  && target.length() >= 4
                  && (manyWritten && abjadMatch(written.toString(), 0, target, 0)
                      || oneWritten && abjadMatch(optionalAlif(target), 0, glued, 0));
          if (d <= allowed || skeletal) {
            double v = skeletal ? 0.88 : aspiration ? 0.9 : 1.0 - 0.5 * d / longest - 0.02;
            for (int k = start; k <= end; k++) {
              simMany[k] = v;
            }
            simOne[o] = v;
            if (queryJoins) {
              usedC[o] = true;
            } else {
              for (int k = start; k <= end; k++) {
                usedC[k] = true;
              }
              partner[o] = start;
            }
            if (joined != null) {
              String qt = queryJoins ? glued : target;
              String ct = queryJoins ? target : glued;
              joined.add(
                  new Explanation.TokenMatch(
                      qt, ct, aspiration ? "joined, wade-giles" : "joined", round(v)));
              if (!queryJoins) {
                partner[o] = -1; // reported through 'joined'
              }
            }
            done = true;
            break;
          }
        }
        if (done) {
          break;
        }
      }
    }
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
