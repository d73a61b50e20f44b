package io.vigil.domains;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/*
 * Design note. The forward direction, as dnstwist does it: permutations of one protected domain,
 * named after dnstwist's fuzzers (addition, bitsquatting, homoglyph, hyphenation, insertion,
 * omission, plural, repetition, replacement, subdomain, transposition, vowel-swap, tld-swap,
 * various, dictionary). The registrable label is permuted and the public suffix kept, except for
 * tld-swap. Homoglyphs are single substitutions from an ASCII table (0/o, 1/l/i, rn/m, vv/w, cl/d,
 * q/g) and from Cyrillic look-alikes, written as A-labels through UTS #46. Each permutation is
 * parsed with the same rules as a checked name, so only valid host names come out, once each.
 * The list is for defenders who want to pre-register or watch names; LookalikeDetector does not
 * need it, since it reads names instead of enumerating them.
 * Source: https://github.com/elceef/dnstwist (dnstwist.py, class Fuzzer).
 */
/** Generates dnstwist-style permutations of a domain. */
public final class Variants {
  private static final String CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String VOWELS = "aeiou";
  private static final Map<Character, String[]> GLYPHS = new LinkedHashMap<>();
  private static final List<String> TLDS =
      List.of(
          "com",
          "net",
          "org",
          "info",
          "us",
          "gov",
          "co",
          "io",
          "biz",
          "me",
          "online",
          "site",
          "live",
          "group",
          "services",
          "email",
          "team",
          "events",
          "support",
          "cloud",
          "app",
          "tech",
          "xyz");
  private static final List<String> WORDS =
      List.of(
          "login",
          "signin",
          "adfs",
          "sso",
          "owa",
          "mail",
          "webmail",
          "my",
          "vpn",
          "secure",
          "account",
          "portal",
          "support",
          "update",
          "sharepoint",
          "onedrive",
          "office365",
          "outlook");

  static {
    GLYPHS.put('a', new String[] {"а", "à", "á", "ä"});
    GLYPHS.put('b', new String[] {"d", "lb", "ь"});
    GLYPHS.put('c', new String[] {"с", "e"});
    GLYPHS.put('d', new String[] {"cl", "b"});
    GLYPHS.put('e', new String[] {"е", "c", "é"});
    GLYPHS.put('g', new String[] {"q", "9"});
    GLYPHS.put('h', new String[] {"lh", "һ"});
    GLYPHS.put('i', new String[] {"1", "l", "і", "í"});
    GLYPHS.put('j', new String[] {"ј"});
    GLYPHS.put('k', new String[] {"lk", "ik"});
    GLYPHS.put('l', new String[] {"1", "i", "ӏ"});
    GLYPHS.put('m', new String[] {"rn", "nn"});
    GLYPHS.put('n', new String[] {"m", "r"});
    GLYPHS.put('o', new String[] {"0", "о", "ο", "ö"});
    GLYPHS.put('p', new String[] {"р"});
    GLYPHS.put('q', new String[] {"g"});
    GLYPHS.put('s', new String[] {"5", "ѕ"});
    GLYPHS.put('t', new String[] {"7"});
    GLYPHS.put('u', new String[] {"v", "υ"});
    GLYPHS.put('v', new String[] {"u", "ν"});
    GLYPHS.put('w', new String[] {"vv"});
    GLYPHS.put('x', new String[] {"х"});
    GLYPHS.put('y', new String[] {"у"});
    GLYPHS.put('z', new String[] {"2"});
  }

  private Variants() {}

  /**
   * The permutations of {@code domain}, without the domain itself.
   *
   * @throws InvalidDomain when {@code domain} is not a registrable host name
   */
  public static List<Variant> generate(String domain) {
    Host host = Host.parse(domain);
    if (host.registrable() < 0) {
      throw new InvalidDomain(domain, "a public suffix has no permutations");
    }
    String[] labels = host.labels();
    String name = labels[host.registrable()];
    String prefix =
        host.registrable() == 0
            ? ""
            : String.join(".", java.util.Arrays.copyOfRange(labels, 0, host.registrable())) + ".";
    String suffix = "." + host.suffix();
    Map<String, String> out = new LinkedHashMap<>();
    Emitter emit =
        (fuzzer, label) -> {
          try {
            String candidate = Host.parse(prefix + label + suffix).ascii();
            if (!candidate.equals(host.ascii())) {
              out.putIfAbsent(candidate, fuzzer);
            }
          } catch (InvalidDomain e) {
            // not a valid host name: dnstwist drops these too
          }
        };
    int n = name.length();
    emit.accept("plural", name + "s");
    emit.accept("plural", name + "es");
    for (char c : CHARS.toCharArray()) {
      emit.accept("addition", name + c);
    }
    for (int i = 0; i < n; i++) {
      emit.accept("repetition", name.substring(0, i + 1) + name.charAt(i) + name.substring(i + 1));
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      for (int mask = 1; mask < 128; mask <<= 1) {
        char flipped = (char) (c ^ mask);
        if (CHARS.indexOf(flipped) >= 0 || flipped == '-') {
          emit.accept("bitsquatting", replace(name, i, 1, String.valueOf(flipped)));
        }
      }
      for (String glyph : GLYPHS.getOrDefault(c, new String[0])) {
        emit.accept("homoglyph", replace(name, i, 1, glyph));
      }
      if (i + 1 < n) {
        String pair = name.substring(i, i + 2);
        String single =
            switch (pair) {
              case "rn" -> "m";
              case "vv" -> "w";
              case "cl" -> "d";
              default -> null;
            };
        if (single != null) {
          emit.accept("homoglyph", replace(name, i, 2, single));
        }
      }
      if (i > 0) {
        emit.accept("hyphenation", name.substring(0, i) + "-" + name.substring(i));
        emit.accept("subdomain", name.substring(0, i) + "." + name.substring(i));
      }
      for (char k : Typos.neighbours(c).toCharArray()) {
        emit.accept("insertion", name.substring(0, i) + k + name.substring(i));
        emit.accept("insertion", name.substring(0, i + 1) + k + name.substring(i + 1));
        emit.accept("replacement", replace(name, i, 1, String.valueOf(k)));
      }
      emit.accept("omission", replace(name, i, 1, ""));
      if (i + 1 < n && name.charAt(i) != name.charAt(i + 1)) {
        emit.accept("transposition", replace(name, i, 2, "" + name.charAt(i + 1) + c));
      }
      if (VOWELS.indexOf(c) >= 0) {
        for (char v : VOWELS.toCharArray()) {
          if (v != c) {
            emit.accept("vowel-swap", replace(name, i, 1, String.valueOf(v)));
          }
        }
      }
    }
    String tld = host.suffix().replace(".", "");
    emit.accept("various", name + tld);
    emit.accept("various", name + "-" + tld);
    for (String word : WORDS) {
      emit.accept("dictionary", word + name);
      emit.accept("dictionary", name + word);
      emit.accept("dictionary", word + "-" + name);
      emit.accept("dictionary", name + "-" + word);
      emit.accept("dictionary", word + "." + name);
    }
    for (String other : TLDS) {
      try {
        String candidate = Host.parse(prefix + name + "." + other).ascii();
        if (!candidate.equals(host.ascii())) {
          out.putIfAbsent(candidate, "tld-swap");
        }
      } catch (InvalidDomain e) {
        // cannot happen for the fixed list, kept for symmetry
      }
    }
    List<Variant> variants = new ArrayList<>(out.size());
    out.forEach((candidate, fuzzer) -> variants.add(new Variant(fuzzer, candidate)));
    return variants;
  }

  private interface Emitter {
    void accept(String fuzzer, String label);
  }

  private static String replace(String s, int at, int length, String with) {
    return s.substring(0, at) + with + s.substring(at + length);
  }
}
