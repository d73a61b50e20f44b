package io.vigil.screening;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/*
 * Design note: names are compared as bags of Latin-ASCII tokens. Every name is first put in
 * Unicode NFKC, then each run of a non-Latin script is transliterated with the ICU rule set
 * closest to the romanization lists use: the BGN/PCGN systems for Cyrillic (Russian, Ukrainian,
 * Belarusian), Greek, Persian, Armenian and Georgian (ICU ships them as "xx-Latin/BGN"); ICU's
 * Any-Latin (UNGEGN-like) for Arabic and Hebrew, whose BGN rule sets in ICU 79 leave letters
 * untransliterated; for Han characters one form per reading (Mandarin pinyin from ICU Han-Latin,
 * grouped as family + given name; Korean and Japanese from HanReadings). Arabic, Hebrew
 * and Persian write no short vowels, so tokens from those scripts are flagged "abjad" and are also
 * compared by a consonant skeleton (see TokenSimilarity). Accents are folded (NFD minus combining
 * marks, plus ß, ø, ł, æ, đ, ı, þ), case is folded, apostrophes and dots vanish (O'NEILL = ONEILL,
 * S.A. = SA) and other punctuation separates tokens.
 *
 * Legal-form words of organizations (LLC, OOO, GmbH, Aktiengesellschaft, S.A., ...) are mapped to
 * one canonical token each and weighted low, after rigour's org-type tables (yente) and
 * Watchman's company-suffix cleaning. Titles (President, Präsident, Predsjednik, Sheikh, Dr) are
 * dropped, particles (al, bin, van, de) are weighted low.
 *
 * Sources: ICU transform rules (unicode-org/icu, data/translit), BGN/PCGN romanization tables;
 * opensanctions/rigour names/org_types; moov-io/watchman internal/prepare.
 */
final class NameNormalizer {

  /** What a token is; decides its weight and how it may match. */
  enum Kind {
    NAME(1.0),
    PATRONYMIC(0.35),
    PARTICLE(0.3),
    GENERIC(0.5),
    LEGAL(0.25),
    NUMBER(0.5);

    final double weight;

    Kind(double weight) {
      this.weight = weight;
    }
  }

  /** One Latin rendering of a name: its tokens and their kinds. */
  record Form(String[] tokens, Kind[] kinds, boolean abjad, String how) {}

  static final int MAX_NAME_CHARS = 400;

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private static final ThreadLocal<Map<String, Transliterator>> TRANSLITERATORS =
      ThreadLocal.withInitial(HashMap::new);

  static final Set<String> TITLES =
      set(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "sir",
          "dame",
          "lord",
          "president",
          "presidente",
          "prasident",
          "praesident",
          "prezident",
          "prezydent",
          "president",
          "presidenten",
          "presiden",
          "predsjednik",
          "predsednik",
          "presedintele",
          "elnok",
          "shaikh",
          "sheikh",
          "shaykh",
          "sheik",
          "mullah",
          "mollah",
          "maulana",
          "hajji",
          "general",
          "colonel",
          "col",
          "gen",
          "lt",
          "capt",
          "captain",
          "major",
          "admiral",
          "minister",
          "senator",
          "his",
          "her",
          "excellency",
          "hon",
          "honorable");

  static final Set<String> PARTICLES =
      set(
          "al", "el", "bin", "ben", "ibn", "bint", "binti", "bte", "abu", "ul", "ud", "de", "da",
          "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das", "y",
          "e", "the", "of", "and", "und", "et", "for", "in", "ha");

  static final Set<String> GENERIC =
      set(
          "bank",
          "group",
          "trading",
          "trade",
          "international",
          "intl",
          "holding",
          "holdings",
          "industries",
          "industry",
          "industrial",
          "services",
          "service",
          "business",
          "enterprise",
          "enterprises",
          "global",
          "solutions",
          "systems",
          "system",
          "technologies",
          "technology",
          "tech",
          "investment",
          "investments",
          "general",
          "national",
          "company",
          "commercial",
          "import",
          "export",
          "shipping",
          "logistics",
          "petroleum",
          "oil",
          "gas",
          "energy",
          "construction",
          "development",
          "management",
          "capital",
          "finance",
          "financial",
          "partners",
          "association",
          "foundation",
          "institute",
          "university",
          "center",
          "centre",
          "office",
          "ministry",
          "department",
          "agency",
          "authority",
          "government",
          "state",
          "federal",
          "republic",
          "united",
          "joint",
          "stock",
          "public",
          "private",
          "organization",
          "organisation",
          "media",
          "network",
          "consulting",
          "marine",
          "airlines",
          "aviation",
          "bureau",
          "factory",
          "plant",
          "scientific",
          "research",
          "production",
          "association",
          "union",
          "federation",
          "council",
          "committee",
          "army",
          "forces",
          "front",
          "brigade",
          "movement",
          "party");

  /** Legal forms that end a person's name only when someone wrote a company suffix by mistake. */
  private static final Set<String> PERSON_LEGAL =
      Set.of(
          "llc",
          "ltd",
          "limited",
          "inc",
          "incorporated",
          "corp",
          "corporation",
          "gmbh",
          "jsc",
          "plc",
          "ooo",
          "limited liability company");

  /** Legal forms: phrase (normalized tokens, space separated) to canonical token. */
  private static final Map<String, String> LEGAL_PHRASES = new HashMap<>();

  private static int longestLegalPhrase = 1;

  static {
    String[][] table = {
      {"llc", "llc"},
      {"l l c", "llc"},
      {"limited liability company", "llc"},
      {"limited liability partnership", "llp"},
      {"llp", "llp"},
      {"lp", "lp"},
      {"ltd", "ltd"},
      {"limited", "ltd"},
      {"ooo", "llc"},
      {"obshchestvo s ogranichennoy otvetstvennostyu", "llc"},
      {"obshchestvo s ogranichennoi otvetstvennostiu", "llc"},
      {"tov", "llc"},
      {"too", "llc"},
      {"sp z oo", "llc"},
      {"spzoo", "llc"},
      {"sro", "llc"},
      {"gmbh", "gmbh"},
      {"mbh", "gmbh"},
      {"gesellschaft mit beschrankter haftung", "gmbh"},
      {"ag", "ag"},
      {"aktiengesellschaft", "ag"},
      {"ao", "jsc"},
      {"zao", "jsc"},
      {"oao", "jsc"},
      {"pao", "jsc"},
      {"ojsc", "jsc"},
      {"cjsc", "jsc"},
      {"pjsc", "jsc"},
      {"jsc", "jsc"},
      {"jsco", "jsc"},
      {"joint stock company", "jsc"},
      {"open joint stock company", "jsc"},
      {"closed joint stock company", "jsc"},
      {"public joint stock company", "jsc"},
      {"aktsionernoe obshchestvo", "jsc"},
      {"aktsionernoye obshchestvo", "jsc"},
      {"publichnoe aktsionernoe obshchestvo", "jsc"},
      {"sa", "sa"},
      {"sas", "sa"},
      {"sarl", "sarl"},
      {"srl", "sarl"},
      {"spa", "sa"},
      {"sociedad anonima", "sa"},
      {"societe anonyme", "sa"},
      {"bv", "bv"},
      {"nv", "nv"},
      {"plc", "plc"},
      {"public limited company", "plc"},
      {"inc", "inc"},
      {"incorporated", "inc"},
      {"corp", "corp"},
      {"corporation", "corp"},
      {"co", "co"},
      {"company", "co"},
      {"cie", "co"},
      {"kft", "llc"},
      {"as", "as"},
      {"asa", "as"},
      {"ab", "ab"},
      {"oy", "oy"},
      {"oyj", "oy"},
      {"pte", "pte"},
      {"pvt", "pte"},
      {"private limited", "pte"},
      {"pty", "pte"},
      {"fze", "fze"},
      {"fzco", "fze"},
      {"fzc", "fze"},
      {"fzllc", "fze"},
      {"llc fz", "fze"},
      {"kg", "kg"},
      {"gmbh co kg", "kg"},
      {"ulc", "ltd"},
      {"sdn bhd", "ltd"},
      {"bhd", "ltd"},
      {"tbk", "plc"},
      {"pt", "pt"},
      {"cv", "cv"},
      {"sl", "sa"},
      {"ltda", "ltd"},
      {"eood", "llc"},
      {"ood", "llc"},
      {"ead", "jsc"},
      {"ad", "jsc"},
      {"dd", "jsc"},
      {"doo", "llc"},
      {"uab", "jsc"},
      {"sia", "llc"},
      {"ou", "llc"},
      {"chp", "llc"},
      {"fgup", "sue"},
      {"gup", "sue"},
      {"mup", "sue"},
      {"federalnoe gosudarstvennoe unitarnoe predpriyatie", "sue"},
      {"state unitary enterprise", "sue"},
      {"federal state unitary enterprise", "sue"},
      {"nko", "nko"},
      {"ano", "nko"},
      {"societatea cu raspundere limitata", "sarl"},
      {"sociedad de responsabilidad limitada", "sarl"},
      {"societe a responsabilite limitee", "sarl"},
    };
    for (String[] row : table) {
      LEGAL_PHRASES.put(row[0], row[1]);
      longestLegalPhrase = Math.max(longestLegalPhrase, row[0].split(" ").length);
    }
  }

  private NameNormalizer() {}

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** All Latin forms of a name (one, or two when a script has two usual romanizations). */
  static List<Form> forms(String raw, EntitySchema schema) {
    String name = raw.length() > MAX_NAME_CHARS ? raw.substring(0, MAX_NAME_CHARS) : raw;
    name = NFKC.normalize(name);
    name = reorderCommaName(name, schema);
    int script = dominantNonLatinScript(name);
    List<Form> out = new ArrayList<>(2);
    if (script == UScript.LATIN || script == UScript.COMMON) {
      add(out, fold(name), false, schema, "latin");
      // a Chinese name in Wade-Giles (Mao Tse-tung) also in pinyin (mao ze dong), see WadeGiles
      String pinyin = WadeGiles.toPinyin(name);
      if (pinyin != null) {
        add(out, pinyin, false, schema, WADE_GILES + pinyin);
      }
      return out;
    }
    switch (script) {
      case UScript.CYRILLIC -> {
        String id = cyrillicRules(name);
        add(out, fold(translit(id, name)), false, schema, id);
        if (!id.equals("Russian-Latin/BGN")) {
          add(out, fold(translit("Russian-Latin/BGN", name)), false, schema, "Russian-Latin/BGN");
        }
      }
      case UScript.ARABIC -> {
        add(out, fold(translit("Any-Latin", name)), true, schema, "Any-Latin (Arabic)");
        if (isPersian(name)) {
          add(
              out,
              fold(translit("Persian-Latin/BGN; Any-Latin", name)),
              true,
              schema,
              "Persian-Latin/BGN");
        }
      }
      case UScript.HEBREW -> {
        String latin = fold(translit("Any-Latin", name));
        add(out, latin, true, schema, "Any-Latin (Hebrew)");
        // vav is a vowel (o, u) or the consonant v: try both readings
        add(out, latin.replace('w', 'v'), true, schema, "Any-Latin (Hebrew, vav as v)");
      }
      case UScript.GREEK -> {
        String g = greekDigraphs(name);
        add(out, fold(translit("Greek-Latin/BGN", g)), false, schema, "Greek-Latin/BGN");
      }
      case UScript.HAN -> {
        // Chinese, Korean or Japanese: one form per reading, the matcher keeps the best
        String mandarin = fold(hanToLatin(name));
        add(out, mandarin, false, schema, MANDARIN + mandarin);
        for (String hangul : HanReadings.korean(name)) {
          String korean = fold(hangulToLatin(hangul));
          add(out, korean, false, schema, KOREAN + korean);
        }
        addJapanese(out, name, schema);
      }
      case UScript.KATAKANA -> {
        add(out, fold(translit("Any-Latin", name)), false, schema, "Any-Latin");
        if (HanReadings.hasHan(name)) {
          addJapanese(out, name, schema); // kanji and kana: 山田はなこ
        }
      }
      case UScript.HANGUL ->
          add(out, fold(hangulToLatin(name)), false, schema, "Hangul-Latin (revised)");
      case UScript.ARMENIAN ->
          add(out, fold(translit("Armenian-Latin/BGN", name)), false, schema, "Armenian-Latin/BGN");
      case UScript.GEORGIAN ->
          add(out, fold(translit("Georgian-Latin/BGN", name)), false, schema, "Georgian-Latin/BGN");
      case UScript.DEVANAGARI,
          UScript.BENGALI,
          UScript.GURMUKHI,
          UScript.GUJARATI,
          UScript.ORIYA,
          UScript.TELUGU,
          UScript.KANNADA,
          UScript.MALAYALAM -> {
        String latin = fold(translit("Any-Latin", name));
        add(out, latin, false, schema, "Any-Latin");
        // ICU writes every inherent vowel; Hindi and Bengali drop it at the end of a word
        add(
            out,
            latin.replaceAll("(?<=[^aeiou ])a\\b", ""),
            false,
            schema,
            "Any-Latin, final a dropped");
      }
      default -> add(out, fold(translit("Any-Latin", name)), false, schema, "Any-Latin");
    }
    if (out.isEmpty()) {
      add(out, fold(translit("Any-Latin", name)), false, schema, "Any-Latin");
    }
    return out;
  }

  /** Prefixes of the forms of a name in Han characters, one per reading (see HanReadings). */
  static final String MANDARIN = "Mandarin reading ";

  static final String KOREAN = "Korean reading ";
  static final String JAPANESE = "Japanese reading ";

  /** Prefix of the pinyin form of a name written in Wade-Giles (see WadeGiles). */
  static final String WADE_GILES = "Wade-Giles to pinyin ";

  private static void addJapanese(List<Form> out, String name, EntitySchema schema) {
    String japanese = HanReadings.japanese(name);
    if (japanese != null) {
      add(out, japanese, false, schema, JAPANESE + japanese);
    }
  }

  private static void add(
      List<Form> out, String folded, boolean abjad, EntitySchema schema, String how) {
    Form f = tokenize(folded, abjad, schema, how);
    if (f.tokens().length == 0) {
      return;
    }
    for (Form existing : out) {
      if (java.util.Arrays.equals(existing.tokens(), f.tokens())) {
        return;
      }
    }
    out.add(f);
  }

  /** "PUTIN, Vladimir Vladimirovich" to "Vladimir Vladimirovich PUTIN" for persons. */
  static String reorderCommaName(String name, EntitySchema schema) {
    if (schema == EntitySchema.ORGANIZATION
        || schema == EntitySchema.VESSEL
        || schema == EntitySchema.AIRCRAFT) {
      return name;
    }
    int comma = name.indexOf(',');
    if (comma <= 0 || comma != name.lastIndexOf(',')) {
      return name;
    }
    String last = name.substring(0, comma).strip();
    String first = name.substring(comma + 1).strip();
    if (first.isEmpty() || last.isEmpty()) {
      return name;
    }
    String firstFolded = fold(first);
    if (LEGAL_PHRASES.containsKey(firstFolded) || firstFolded.split(" ").length > 5) {
      return name;
    }
    return first + " " + last;
  }

  static int dominantNonLatinScript(String s) {
    int[] counts = new int[UScript.CODE_LIMIT];
    int best = UScript.LATIN;
    int bestCount = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      if (cp < 0x250) {
        return UScript.LATIN; // any Latin letter: treat the name as Latin
      }
      int sc = UScript.getScript(cp);
      if (sc == UScript.HIRAGANA || sc == UScript.KATAKANA) {
        sc = UScript.KATAKANA;
      }
      if (sc == UScript.LATIN || sc == UScript.COMMON || sc == UScript.INHERITED) {
        continue;
      }
      if (++counts[sc] > bestCount) {
        bestCount = counts[sc];
        best = sc;
      }
    }
    return best;
  }

  private static String cyrillicRules(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'ў' || c == 'Ў') {
        return "Belarusian-Latin/BGN";
      }
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
        return "Ukrainian-Latin/BGN";
      }
    }
    return "Russian-Latin/BGN";
  }

  private static boolean isPersian(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("پچژگکیۀ".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Modern Greek writes /d/ as ντ and /b/ as μπ; BGN keeps the letters, names do not. */
  private static String greekDigraphs(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char n = i + 1 < lower.length() ? lower.charAt(i + 1) : 0;
      if (c == 'ν' && n == 'τ') {
        sb.append('d');
        i++;
      } else if (c == 'μ' && n == 'π') {
        sb.append('b');
        i++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Chinese names: the first syllable of a 2-4 character run is the family name. */
  private static String hanToLatin(String s) {
    StringBuilder out = new StringBuilder();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (UScript.getScript(cp) == UScript.HAN) {
        run.appendCodePoint(cp);
      } else {
        flushHan(run, out);
        out.append(' ');
      }
    }
    flushHan(run, out);
    return out.toString();
  }

  private static void flushHan(StringBuilder run, StringBuilder out) {
    if (run.isEmpty()) {
      return;
    }
    List<String> syllables = new ArrayList<>();
    for (int i = 0; i < run.length(); ) {
      int cp = run.codePointAt(i);
      i += Character.charCount(cp);
      syllables.add(PINYIN.computeIfAbsent(cp, NameNormalizer::pinyin));
    }
    if (syllables.size() <= 4) {
      out.append(String.join(" ", syllables)); // one token per syllable: "xi jin ping"
    } else {
      out.append(String.join("", syllables));
    }
    run.setLength(0);
  }

  /**
   * Per character, its pinyin and its Hangul romanization: ICU's transforms take microseconds per
   * character, and a character always reads the same. Bounded by the Han and Hangul blocks.
   */
  private static final java.util.concurrent.ConcurrentHashMap<Integer, String> PINYIN =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final java.util.concurrent.ConcurrentHashMap<Integer, String> HANGUL_LATIN =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String pinyin(int cp) {
    return translit("Han-Latin/Names", new String(Character.toChars(cp))).strip();
  }

  private static String hangulLatin(int cp) {
    return translit("Any-Latin", new String(Character.toChars(cp)));
  }

  /** Korean names: first syllable is the family name, the rest the given name. */
  static String hangulToLatin(String s) {
    StringBuilder out = new StringBuilder();
    for (String word : s.strip().split("\\s+")) {
      int n = word.codePointCount(0, word.length());
      if (n >= 2 && n <= 4 && UScript.getScript(word.codePointAt(0)) == UScript.HANGUL) {
        for (int i = 0; i < word.length(); ) {
          int cp = word.codePointAt(i);
          i += Character.charCount(cp);
          out.append(HANGUL_LATIN.computeIfAbsent(cp, NameNormalizer::hangulLatin)).append(' ');
        }
      } else {
        out.append(translit("Any-Latin", word)).append(' ');
      }
    }
    return out.toString();
  }

  static String translit(String id, String s) {
    Map<String, Transliterator> cache = TRANSLITERATORS.get();
    Transliterator t = cache.computeIfAbsent(id, Transliterator::getInstance);
    return t.transliterate(s);
  }

  /** Lower case ASCII letters and digits separated by single spaces. */
  static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    String src = ascii ? s : NFD.normalize(s);
    boolean space = true;
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        sb.append(c);
        space = false;
      } else if (c >= 'A' && c <= 'Z') {
        sb.append((char) (c + 32));
        space = false;
      } else if (c == '\'' || c == '.' || c == '’' || c == 'ʼ' || c == '`' || c == '´') {
        // apostrophes and dots join: O'NEILL, S.A.
      } else if (c < 0x80) {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else if (Character.getType(c) == Character.NON_SPACING_MARK
          || c == 'ʿ'
          || c == 'ʾ'
          || c == 'ʻ'
          || c == 'ˈ') {
        // dropped
      } else {
        String rep = special(c);
        if (rep != null) {
          sb.append(rep);
          space = false;
        } else if (Character.isLetterOrDigit(c)) {
          String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
          if (lower.charAt(0) < 0x80) {
            sb.append(lower);
            space = false;
          }
          // other non-Latin letters left after transliteration are dropped
        } else if (!space) {
          sb.append(' ');
          space = true;
        }
      }
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') {
      sb.setLength(len - 1);
    }
    return sb.toString();
  }

  private static String special(char c) {
    return switch (c) {
      case 'ß' -> "ss";
      case 'ø', 'Ø' -> "o";
      case 'ł', 'Ł' -> "l";
      case 'æ', 'Æ' -> "ae";
      case 'œ', 'Œ' -> "oe";
      case 'đ', 'Đ', 'ð', 'Ð' -> "d";
      case 'ı' -> "i";
      case 'þ', 'Þ' -> "th";
      case 'ħ', 'Ħ' -> "h";
      case 'ŀ' -> "l";
      default -> null;
    };
  }

  /** Splits a folded name into tokens, maps legal forms, drops titles, tags kinds. */
  static Form tokenize(String folded, boolean abjad, EntitySchema schema, String how) {
    if (folded.isEmpty()) {
      return new Form(new String[0], new Kind[0], abjad, how);
    }
    String[] raw = folded.split(" ");
    List<String> tokens = new ArrayList<>(raw.length);
    List<Kind> kinds = new ArrayList<>(raw.length);
    boolean org = schema != EntitySchema.PERSON;
    for (int i = 0; i < raw.length; ) {
      int matched = 0;
      String canonical = null;
      if (org || i > 0) {
        for (int len = Math.min(longestLegalPhrase, raw.length - i); len >= 1; len--) {
          String phrase = len == 1 ? raw[i] : String.join(" ", List.of(raw).subList(i, i + len));
          String c = LEGAL_PHRASES.get(phrase);
          if (c == null && org && len >= 2) {
            c = fuzzyLegalPhrase(raw, i, len);
          }
          if (c != null && (org || PERSON_LEGAL.contains(phrase))) {
            matched = len;
            canonical = c;
            break;
          }
        }
      }
      if (canonical != null && raw.length > matched) {
        tokens.add(canonical);
        kinds.add(Kind.LEGAL);
        i += matched;
        continue;
      }
      String t = raw[i++];
      Integer num = NUMBER_WORDS.get(t);
      if (num != null) {
        // "forty four", "forty-four", "forty 4" -> 44
        if (num >= 20 && num % 10 == 0 && i < raw.length) {
          Integer unit = NUMBER_WORDS.get(raw[i]);
          if (unit == null && raw[i].length() == 1 && Character.isDigit(raw[i].charAt(0))) {
            unit = raw[i].charAt(0) - '0';
          }
          if (unit != null && unit > 0 && unit < 10) {
            num += unit;
            i++;
          }
        }
        t = Integer.toString(num);
      } else if (t.length() > 2 && Character.isDigit(t.charAt(0)) && ordinalSuffix(t)) {
        t = t.substring(0, t.length() - 2);
      }
      if (tokens.contains(t) && kindOf(t) != Kind.NUMBER) {
        continue; // "Sergey Sergey Shoigu": a repeated token says nothing new
      }
      String legal = fuzzyLegal(t);
      if (org && legal != null && raw.length > 1) {
        tokens.add(legal);
        kinds.add(Kind.LEGAL);
        continue;
      }
      tokens.add(t);
      kinds.add(kindOf(t));
    }
    // drop titles unless nothing else would remain
    if (schema != EntitySchema.ORGANIZATION) {
      int named = 0;
      for (int i = 0; i < tokens.size(); i++) {
        if (!TITLES.contains(tokens.get(i))) {
          named++;
        }
      }
      if (named > 0 && named < tokens.size()) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
          if (TITLES.contains(tokens.get(i))) {
            tokens.remove(i);
            kinds.remove(i);
          }
        }
      }
    }
    // an organization name that is only legal words keeps them as names
    boolean anyName = false;
    for (Kind k : kinds) {
      anyName |= k == Kind.NAME || k == Kind.NUMBER;
    }
    if (!anyName) {
      for (int i = 0; i < kinds.size(); i++) {
        kinds.set(i, kinds.get(i) == Kind.NUMBER ? Kind.NUMBER : Kind.NAME);
      }
    }
    return new Form(tokens.toArray(String[]::new), kinds.toArray(Kind[]::new), abjad, how);
  }

  private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();

  static {
    String[] units = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    for (int i = 0; i < units.length; i++) {
      NUMBER_WORDS.put(units[i], i);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      NUMBER_WORDS.put(tens[i], 20 + 10 * i);
    }
    NUMBER_WORDS.put("fourty", 40);
    String[] ordinals = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"
    };
    for (int i = 0; i < ordinals.length; i++) {
      NUMBER_WORDS.put(ordinals[i], i + 1);
    }
  }

  private static boolean ordinalSuffix(String t) {
    String suffix = t.substring(t.length() - 2);
    return (suffix.equals("st")
            || suffix.equals("nd")
            || suffix.equals("rd")
            || suffix.equals("th"))
        && Character.isDigit(t.charAt(t.length() - 3));
  }

  private static final Set<String> ROMAN =
      set(
          "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi",
          "xvii", "xviii", "xix", "xx");

  private static final String[] LONG_LEGAL = {
    "aktiengesellschaft", "corporation", "incorporated", "limited", "gesellschaft"
  };

  /** The legal-form phrases of two words or more, split into words. */
  private static final List<String[]> LEGAL_WORDS = new ArrayList<>();

  static {
    for (String phrase : LEGAL_PHRASES.keySet()) {
      if (phrase.indexOf(' ') > 0) {
        LEGAL_WORDS.add(phrase.split(" "));
      }
    }
  }

  /**
   * A legal-form phrase of an organization with a typo or a cut last letter in its long words
   * ("Joynt Stock Company", "Joint Stock Compan"), as fuzzyLegal allows for one long word: every
   * word of five letters or more within one edit of the phrase's, the shorter words exact.
   */
  private static @org.jspecify.annotations.Nullable String fuzzyLegalPhrase(
      String[] raw, int from, int len) {
    for (String[] words : LEGAL_WORDS) {
      if (words.length != len || raw[from].charAt(0) != words[0].charAt(0)) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < len && ok; k++) {
        String w = words[k];
        String t = raw[from + k];
        ok =
            t.equals(w)
                || t.length() >= 5
                    && w.length() >= 5
                    && Math.abs(t.length() - w.length()) <= 1
                    && NameScorer.osa(t, w, 1) <= 1;
      }
      if (ok) {
        return LEGAL_PHRASES.get(String.join(" ", words));
      }
    }
    return null;
  }

  /** A misspelt long legal-form word ("Aktiengeselschaft"), mapped to its canonical token. */
  private static @org.jspecify.annotations.Nullable String fuzzyLegal(String t) {
    if (t.length() < 7) {
      return null;
    }
    for (String l : LONG_LEGAL) {
      if (Math.abs(l.length() - t.length()) <= 2 && NameScorer.osa(t, l, 2) <= 2) {
        return LEGAL_PHRASES.getOrDefault(l, "gmbh");
      }
    }
    return null;
  }

  /**
   * Usual abbreviations of words of organization names (Intl, Int'l, Natl, Dept, Mfg, Bros, Assn,
   * Univ…) and the word each stands for. Corp, Co, Ltd, Inc and the other legal forms are mapped by
   * LEGAL_PHRASES; numbers and ordinals (1st, First) by tokenize. Only abbreviations that stand for
   * one word are listed (St is Saint or Street, Dev is a given name).
   */
  static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("intl", "international"),
          Map.entry("natl", "national"),
          Map.entry("dept", "department"),
          Map.entry("mfg", "manufacturing"),
          Map.entry("bros", "brothers"),
          Map.entry("assn", "association"),
          Map.entry("assoc", "association"),
          Map.entry("assocs", "associates"),
          Map.entry("univ", "university"),
          Map.entry("govt", "government"),
          Map.entry("inst", "institute"),
          Map.entry("mgmt", "management"),
          Map.entry("svcs", "services"),
          Map.entry("svc", "service"),
          Map.entry("ctr", "center"),
          Map.entry("hldgs", "holdings"),
          Map.entry("hldg", "holding"),
          Map.entry("grp", "group"),
          Map.entry("inds", "industries"),
          Map.entry("coop", "cooperative"),
          Map.entry("acad", "academy"),
          Map.entry("hosp", "hospital"),
          Map.entry("labs", "laboratories"),
          Map.entry("trdg", "trading"),
          Map.entry("shpg", "shipping"),
          Map.entry("amer", "american"),
          Map.entry("chem", "chemical"));

  /** The abbreviations of each word (the reverse of ABBREVIATIONS). */
  static final Map<String, List<String>> ABBREVIATED = new HashMap<>();

  static {
    ABBREVIATIONS.forEach((a, w) -> ABBREVIATED.computeIfAbsent(w, k -> new ArrayList<>(2)).add(a));
  }

  /** Whether one token is a usual abbreviation of the other (Intl, International). */
  static boolean abbreviates(String a, String b) {
    return a.length() < b.length()
        ? b.equals(ABBREVIATIONS.get(a))
        : a.equals(ABBREVIATIONS.get(b));
  }

  static Kind kindOf(String t) {
    if (Character.isDigit(t.charAt(0)) || ROMAN.contains(t)) {
      return Kind.NUMBER;
    }
    String word = ABBREVIATIONS.get(t);
    if (word != null) {
      t = word; // an abbreviation weighs what its word weighs
    }
    if (t.length() > 5
        && (t.endsWith("ovich")
            || t.endsWith("evich")
            || t.endsWith("ovna")
            || t.endsWith("evna")
            || t.endsWith("ovych")
            || t.endsWith("ivna")
            || t.endsWith("ovic")
            || t.endsWith("evic")
            || t.endsWith("ovitch")
            || t.endsWith("ovitj")
            || t.endsWith("owitsch")
            || t.endsWith("owicz")
            || t.endsWith("ovici")
            || t.endsWith("oglu")
            || t.endsWith("ogly")
            || t.endsWith("qizi")
            || t.endsWith("kyzy")
            || t.endsWith("ovics"))) {
      return Kind.PATRONYMIC;
    }
    if (PARTICLES.contains(t)) {
      return Kind.PARTICLE;
    }
    if (GENERIC.contains(t)) {
      return Kind.GENERIC;
    }
    return Kind.NAME;
  }
}
