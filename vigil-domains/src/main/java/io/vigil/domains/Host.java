package io.vigil.domains;

import com.google.common.collect.ImmutableMap;
import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import com.google.thirdparty.publicsuffix.PublicSuffixType;
import com.ibm.icu.text.IDNA;

/*
 * Design note. A host name is parsed once into lower-case ASCII (A-labels), its Unicode form and
 * its labels, and the index of its registrable label is found on the Public Suffix List.
 *
 * - Pure ASCII names (nearly all of a certificate-transparency or newly-registered-domain feed) are
 *   validated by hand (LDH rule, RFC 1035 lengths); only names with non-ASCII characters or xn--
 *   labels go through ICU's UTS #46 (nontransitional, CheckBidi, CheckJoiners), which rejects
 *   illegal IDN. java.net.IDN is IDNA2003 and rejects valid modern IDN, so it is not used.
 * - The suffix is found with the tables Guava's InternetDomainName uses (PublicSuffixPatterns:
 *   EXACT, UNDER for wildcard rules, EXCLUDED for exceptions), leftmost match wins as in
 *   InternetDomainName.publicSuffix(); unknown TLDs fall back to the PSL default rule "*". Going to
 *   the tables directly avoids InternetDomainName's per-call validation and list building (about
 *   10 us a name), which the 500k names/s goal cannot afford; HostTest checks that both agree.
 * - Private PSL entries (blogspot.com, azurewebsites.net, duckdns.org, ...) count as suffixes: a
 *   tenant of a hosting platform is examined like a registrable name, since the platform rents
 *   the label out to anyone.
 * Sources: https://publicsuffix.org/list/ ; https://www.unicode.org/reports/tr46/ ; RFC 1035 2.3.
 */
record Host(
    String ascii,
    String unicode,
    String[] labels,
    String[] suffixes,
    int registrable,
    boolean idn) {

  private static final IDNA UTS46 =
      IDNA.getUTS46Instance(
          IDNA.NONTRANSITIONAL_TO_ASCII
              | IDNA.NONTRANSITIONAL_TO_UNICODE
              | IDNA.CHECK_BIDI
              | IDNA.CHECK_CONTEXTJ
              | IDNA.USE_STD3_RULES);
  private static final ImmutableMap<String, PublicSuffixType> EXACT = PublicSuffixPatterns.EXACT;
  private static final ImmutableMap<String, PublicSuffixType> UNDER = PublicSuffixPatterns.UNDER;
  private static final ImmutableMap<String, PublicSuffixType> EXCLUDED =
      PublicSuffixPatterns.EXCLUDED;

  /** The index of the first public-suffix label. */
  int suffixStart() {
    return registrable + 1;
  }

  /** Whether the public suffix comes from the PSL's private section (blogspot.com, duckdns.org). */
  boolean privateSuffix() {
    String suffix = suffix();
    if (EXACT.get(suffix) == PublicSuffixType.PRIVATE) {
      return true;
    }
    int dot = suffix.indexOf('.');
    return dot > 0 && UNDER.get(suffix.substring(dot + 1)) == PublicSuffixType.PRIVATE;
  }

  /** The public suffix, e.g. {@code co.uk}. */
  String suffix() {
    return String.join(".", java.util.Arrays.copyOfRange(labels, suffixStart(), labels.length));
  }

  /** The registrable domain (label + suffix), or the host when it is itself a public suffix. */
  String registrableDomain() {
    int from = Math.max(registrable, 0);
    return String.join(".", java.util.Arrays.copyOfRange(labels, from, labels.length));
  }

  /**
   * Parses a host name typed by a person or read from a feed: surrounding blanks, a trailing dot
   * and a leading wildcard label ({@code *.}) are dropped, upper case is folded.
   *
   * @throws InvalidDomain with the reason when it is not a usable host name
   */
  static Host parse(String raw) {
    String name = raw.strip();
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.startsWith("*.")) {
      name = name.substring(2);
    }
    if (name.isEmpty()) {
      throw new InvalidDomain(raw, "empty name");
    }
    boolean ascii = true;
    boolean punycode = false;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      name = lowerAscii(name);
      punycode = name.startsWith("xn--") || name.contains(".xn--");
    }
    String asciiName;
    String unicodeName;
    if (ascii && !punycode) {
      checkLdh(raw, name);
      asciiName = name;
      unicodeName = name;
    } else {
      IDNA.Info info = new IDNA.Info();
      StringBuilder out = new StringBuilder();
      UTS46.nameToASCII(name, out, info);
      if (info.hasErrors()) {
        throw new InvalidDomain(raw, "illegal internationalised name " + info.getErrors());
      }
      asciiName = out.toString();
      checkLdh(raw, asciiName);
      IDNA.Info back = new IDNA.Info();
      StringBuilder unicode = new StringBuilder();
      UTS46.nameToUnicode(asciiName, unicode, back);
      if (back.hasErrors()) {
        throw new InvalidDomain(raw, "illegal internationalised name " + back.getErrors());
      }
      unicodeName = unicode.toString();
    }
    String[] labels = asciiName.split("\\.");
    if (labels.length < 2) {
      throw new InvalidDomain(raw, "a single label is not a fully qualified domain name");
    }
    if (allDigits(labels[labels.length - 1])) {
      throw new InvalidDomain(raw, "an IP address is not a domain name");
    }
    String[] suffixes = suffixes(asciiName, labels);
    return new Host(
        asciiName, unicodeName, labels, suffixes, registrableIndex(suffixes), !ascii || punycode);
  }

  /** The Unicode form of label {@code i}. */
  String unicodeLabel(int i) {
    if (!idn) {
      return labels[i];
    }
    String[] parts = unicode.split("\\.");
    return parts.length == labels.length ? parts[i] : labels[i];
  }

  /** {@code suffixes[i]} is the host from label i on (suffixes[0] is the host). */
  private static String[] suffixes(String host, String[] labels) {
    String[] suffixes = new String[labels.length];
    int offset = 0;
    for (int i = 0; i < labels.length; i++) {
      suffixes[i] = i == 0 ? host : host.substring(offset);
      offset += labels[i].length() + 1;
    }
    return suffixes;
  }

  private static int registrableIndex(String[] suffixes) {
    int n = suffixes.length;
    for (int i = 0; i < n; i++) {
      String candidate = suffixes[i];
      if (EXACT.containsKey(candidate)) {
        return i - 1;
      }
      if (EXCLUDED.containsKey(candidate)) {
        return i;
      }
      if (i + 1 < n && UNDER.containsKey(suffixes[i + 1])) {
        return i - 1;
      }
    }
    return n - 2;
  }

  private static void checkLdh(String raw, String name) {
    if (name.length() > 253) {
      throw new InvalidDomain(raw, "longer than 253 characters");
    }
    int labelStart = 0;
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : '.';
      if (c == '.') {
        int length = i - labelStart;
        if (length == 0) {
          throw new InvalidDomain(raw, "empty label");
        }
        if (length > 63) {
          throw new InvalidDomain(raw, "a label is longer than 63 characters");
        }
        if (name.charAt(labelStart) == '-' || name.charAt(i - 1) == '-') {
          throw new InvalidDomain(raw, "a label starts or ends with '-'");
        }
        labelStart = i + 1;
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        throw new InvalidDomain(
            raw, "illegal character '" + c + "' (letters, digits, '-' and '.' only)");
      }
    }
  }

  private static boolean allDigits(String label) {
    for (int i = 0; i < label.length(); i++) {
      if (label.charAt(i) < '0' || label.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String lowerAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = s.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (chars[j] >= 'A' && chars[j] <= 'Z') {
            chars[j] = (char) (chars[j] + 32);
          }
        }
        return new String(chars);
      }
    }
    return s;
  }
}
