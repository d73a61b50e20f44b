package io.vigil.screening;

import io.vigil.screening.NameNormalizer.Kind;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;

/** One Latin form of a name with per-token weights, phonetic keys and consonant skeletons. */
final class PreparedName {
  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  static {
    METAPHONE.setMaxCodeLen(6);
  }

  final String original;
  final String[] tokens;
  final Kind[] kinds;
  final double[] weights;
  final String[] phonetic;
  final String[] skeleton;
  final boolean abjad;

  /**
   * 0 alphabetic, 1 abjad (Arabic, Hebrew, Persian), 2 Chinese syllables, 3 Korean syllables, 4
   * Japanese words read from kanji (alphabetic, but one letter is a word, not an initial), 5 pinyin
   * syllables converted from Wade-Giles.
   */
  final int script;

  /** The name of an organization, vessel or aircraft: not a person's. */
  final boolean org;

  /** The name of a person (schema stated as such; an unknown schema is neither). */
  final boolean person;

  /** Which reading of a name in Han characters this form is (see readingOf). */
  final int reading;

  final String how;
  final double totalWeight;

  PreparedName(String original, NameNormalizer.Form form, EntitySchema schema) {
    this.original = original;
    this.org = isOrg(schema);
    this.person = schema == EntitySchema.PERSON;
    this.tokens = form.tokens();
    this.kinds = form.kinds();
    this.abjad = form.abjad();
    this.how = form.how();
    this.script = scriptOf(abjad, how);
    this.reading = readingOf(how);
    int n = tokens.length;
    this.weights = new double[n];
    this.phonetic = new String[n];
    this.skeleton = new String[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = weight(tokens[i], kinds[i]);
      total += weights[i];
      phonetic[i] = phonetic(tokens[i]);
      skeleton[i] = skeleton(tokens[i]);
    }
    this.totalWeight = total;
  }

  /** A name rebuilt from index vocabulary: no normalization work. */
  PreparedName(
      String original,
      String[] tokens,
      Kind[] kinds,
      String[] phonetic,
      String[] skeleton,
      boolean abjad,
      String how,
      boolean org,
      boolean person) {
    this.original = original;
    this.org = org;
    this.person = person;
    this.tokens = tokens;
    this.kinds = kinds;
    this.phonetic = phonetic;
    this.skeleton = skeleton;
    this.abjad = abjad;
    this.how = how;
    this.script = scriptOf(abjad, how);
    this.reading = readingOf(how);
    this.weights = new double[tokens.length];
    double total = 0;
    for (int i = 0; i < tokens.length; i++) {
      weights[i] = weight(tokens[i], kinds[i]);
      total += weights[i];
    }
    this.totalWeight = total;
  }

  static boolean isOrg(EntitySchema schema) {
    return schema == EntitySchema.ORGANIZATION
        || schema == EntitySchema.VESSEL
        || schema == EntitySchema.AIRCRAFT;
  }

  static int scriptOf(boolean abjad, String how) {
    if (abjad) {
      return 1;
    }
    if (how.startsWith(NameNormalizer.WADE_GILES)) {
      return 5;
    }
    if (how.startsWith(NameNormalizer.MANDARIN)) {
      return 2;
    }
    if (how.startsWith("Hangul") || how.startsWith(NameNormalizer.KOREAN)) {
      return 3;
    }
    return how.startsWith(NameNormalizer.JAPANESE) ? 4 : 0;
  }

  /** 0 for a name not in Han characters, else 1 Mandarin, 2 Korean, 3 Japanese reading. */
  static int readingOf(String how) {
    if (how.startsWith(NameNormalizer.MANDARIN)) {
      return 1;
    }
    if (how.startsWith(NameNormalizer.KOREAN)) {
      return 2;
    }
    return how.startsWith(NameNormalizer.JAPANESE) ? 3 : 0;
  }

  /**
   * Whether two forms may be compared: two names in Han characters are compared reading with
   * reading (Korean with Korean), never one reading against another.
   */
  static boolean comparable(PreparedName q, PreparedName c) {
    return q.reading == 0 || c.reading == 0 || q.reading == c.reading;
  }

  static List<PreparedName> of(String name, EntitySchema schema) {
    List<NameNormalizer.Form> forms = NameNormalizer.forms(name, schema);
    List<PreparedName> out = new ArrayList<>(forms.size());
    for (NameNormalizer.Form f : forms) {
      out.add(new PreparedName(name, f, schema));
    }
    return out;
  }

  static double weight(String token, Kind kind) {
    double lengthFactor =
        switch (token.length()) {
          case 1 -> 0.4;
          case 2 -> 0.7;
          case 3 -> 0.9;
          default -> 1.0;
        };
    return kind.weight * (kind == Kind.NAME ? lengthFactor : 1.0);
  }

  static String phonetic(String token) {
    if (token.length() < 2 || Character.isDigit(token.charAt(0))) {
      return "";
    }
    String p = METAPHONE.doubleMetaphone(token);
    return p == null ? "" : p;
  }

  /**
   * Consonant skeleton for comparing with names written in an abjad (Arabic, Hebrew, Persian):
   * vowels and the half-vowels w and y vanish, letters those scripts merge are merged (v/f, p/b,
   * g/j, c/q/k), doubled letters collapse.
   */
  static String skeleton(String token) {
    StringBuilder sb = new StringBuilder(token.length());
    char prev = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      char m =
          switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 0;
            case 'v' -> 'f';
            case 'p' -> 'b';
            case 'g' -> 'j';
            case 'c', 'q' -> 'k';
            default -> c;
          };
      if (m != 0 && m != prev) {
        sb.append(m);
      }
      if (m != 0) {
        prev = m;
      }
    }
    return sb.toString();
  }
}
