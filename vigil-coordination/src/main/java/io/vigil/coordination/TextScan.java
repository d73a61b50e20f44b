package io.vigil.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/*
 * Text handling shared by readers and signals, written as plain loops (every post passes through).
 * - Links: "http://" or "https://" up to whitespace; trailing punctuation dropped.
 * - Hashtags: '#' not preceded by a letter/digit, followed by letters, digits or '_' (any script).
 * - Repost prefix: "RT @name:" (and nested ones) is stripped before comparing texts, so a
 *   platform's retweet text and the IRA file's bare retweeted text compare equal.
 * - Normalized text (the shared item of an IRA retweet, which has neither id nor author): prefix
 *   stripped, lower-cased, whitespace collapsed, trimmed. Links are kept: a retweet carries the
 *   original's t.co links, which makes identical-looking texts of different originals distinct.
 * - URL normalization (Pacheco et al. 2021; QUT's co_link uses raw URLs): scheme dropped, host
 *   lower-cased without "www.", "m.", "mobile." or "amp." (the same page for phones), fragment
 *   dropped, tracking parameters dropped (utm_*, fbclid, gclid and the other click ids, igshid,
 *   ref (not on code hosts, where it is a branch), si, share ids, Mailchimp's and HubSpot's;
 *   Twitter's numeric s= on Twitter's hosts; the list follows the ClearURLs project's global
 *   rules), an AMP page's "/amp" suffix (after a segment of its own) and amp parameter dropped,
 *   trailing slash dropped; path case kept because t.co and most shorteners are case-sensitive.
 *   Until the fifth release of 2026-12-07 only utm_, fbclid and gclid were dropped: a reviewer-
 *   style world whose groups shared links with ref=, s=, m., /amp or igshid variants found 0 of
 *   16 groups (13 now; its numeric s= on news sites stays, since elsewhere s= may name a page).
 */
final class TextScan {
  private TextScan() {}

  static List<String> urls(String text) {
    List<String> out = null;
    int from = 0;
    while (true) {
      int i = text.indexOf("http", from);
      if (i < 0) {
        break;
      }
      int j;
      if (text.startsWith("http://", i)) {
        j = i + 7;
      } else if (text.startsWith("https://", i)) {
        j = i + 8;
      } else {
        from = i + 4;
        continue;
      }
      int end = j;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      while (end > j && ".,;:!?)]}\"'…".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (end > j) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(text.substring(i, end));
      }
      from = Math.max(end, i + 4);
    }
    return out == null ? List.of() : out;
  }

  static List<String> hashtags(String text) {
    List<String> out = null;
    int from = 0;
    while (true) {
      int i = text.indexOf('#', from);
      if (i < 0) {
        break;
      }
      from = i + 1;
      if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      int end = i + 1;
      while (end < text.length()) {
        char c = text.charAt(end);
        if (!(Character.isLetterOrDigit(c) || c == '_')) {
          break;
        }
        end++;
      }
      if (end > i + 1) {
        if (out == null) {
          out = new ArrayList<>(3);
        }
        out.add(text.substring(i + 1, end));
        from = end;
      }
    }
    return out == null ? List.of() : out;
  }

  /** Removes leading "RT @name:" prefixes (any number). */
  static String stripRepostPrefix(String text) {
    String t = text;
    while (true) {
      int handle = repostHandle(t);
      if (handle < 0) {
        return t;
      }
      int colon = t.indexOf(':', handle);
      int space = t.indexOf(' ', handle);
      if (colon < 0 || (space >= 0 && space < colon)) {
        // "RT @name text" without a colon: drop the handle only
        t = space < 0 ? "" : t.substring(space + 1);
      } else {
        t = t.substring(colon + 1);
      }
    }
  }

  /**
   * The account a repost names as its source ("RT @name: ..."; the first, for nested reposts), or
   * null: the reposted post's author when the data carries it only in the text, as platform exports
   * and the archive format do.
   */
  static @org.jspecify.annotations.Nullable String repostSource(String text) {
    int from = repostHandle(text);
    if (from < 0) {
      return null;
    }
    int end = from;
    while (end < text.length()
        && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
      end++;
    }
    return end > from ? text.substring(from, end) : null;
  }

  /** Where the handle of a leading "RT @" starts (after blanks), or -1 when there is none. */
  private static int repostHandle(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return text.startsWith("RT @", i) || text.startsWith("rt @", i) ? i + 4 : -1;
  }

  /** At most this many distinct terms are taken from one post. */
  static final int MAX_TERMS = 48;

  /**
   * The content terms of a post (for similar-content): the repost prefix skipped, links skipped,
   * runs of letters and digits lower-cased (a leading '#' or '@' kept, so hashtags and mentions are
   * terms of their own), at least three characters and not all digits, distinct, in order. Returns
   * per term its 64-bit key (of the lower-cased characters; no string is made) and its span in the
   * text as start and end offsets; {@link #term} makes the string when one is needed.
   */
  static Terms contentTerms(String text) {
    int n = text.length();
    int i = n - stripRepostPrefix(text).length();
    long[] keys = new long[16];
    int[] spans = new int[32];
    int count = 0;
    while (i < n && count < MAX_TERMS) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (text.startsWith("http://", i) || text.startsWith("https://", i)) {
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        continue;
      }
      int start = i;
      boolean marked = (c == '#' || c == '@') && i + 1 < n && isWordChar(text.charAt(i + 1));
      if (marked) {
        i++;
      } else if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int wordStart = i;
      boolean letter = false;
      long h = 0xcbf29ce484222325L ^ TERM_SEED;
      if (marked) {
        h = (h ^ c) * 0x100000001b3L;
      }
      while (i < n && isWordChar(text.charAt(i))) {
        char w = text.charAt(i);
        letter |= Character.isLetter(w);
        h = (h ^ Character.toLowerCase(w)) * 0x100000001b3L;
        i++;
      }
      if (letter && i - wordStart >= 3) {
        long key = Hashing.fmix(h);
        key = key == 0 ? 1 : key;
        boolean seen = false;
        for (int k = 0; k < count && !seen; k++) {
          seen = keys[k] == key;
        }
        if (!seen) {
          if (count == keys.length) {
            keys = java.util.Arrays.copyOf(keys, count * 2);
            spans = java.util.Arrays.copyOf(spans, count * 4);
          }
          keys[count] = key;
          spans[2 * count] = start;
          spans[2 * count + 1] = i;
          count++;
        }
      }
      if (i == start) {
        i++;
      }
    }
    return new Terms(
        java.util.Arrays.copyOf(keys, count), java.util.Arrays.copyOf(spans, 2 * count));
  }

  private static final long TERM_SEED = 6;

  /** The terms of a post: keys, and spans as (start, end) pairs into the text. */
  record Terms(long[] keys, int[] spans) {
    static final Terms NONE = new Terms(new long[0], new int[0]);
  }

  /** The lower-cased text of a term span. */
  static String term(String text, int start, int end) {
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  static String normalizeText(String text) {
    String t = stripRepostPrefix(text);
    StringBuilder b = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /** Query parameters that only say who shared or clicked, never which page (lower case). */
  private static final java.util.Set<String> TRACKING =
      java.util.Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "twclid",
          "ttclid",
          "igshid",
          "igsh",
          "mc_cid",
          "mc_eid",
          "_ga",
          "_gl",
          "ref",
          "ref_src",
          "ref_url",
          "referrer",
          "si",
          "smid",
          "cmpid",
          "ocid",
          "share",
          "shared",
          "sr_share",
          "amp",
          "feature",
          "spm",
          "scid",
          "mkt_tok");

  /** Prefixes of tracking parameters (lower case). */
  private static final List<String> TRACKING_PREFIXES =
      List.of("utm_", "__twitter", "hsa_", "_hs", "pk_", "mtm_", "vero_", "oly_");

  /** Host prefixes of the same site's phone or AMP edition. */
  private static final List<String> EDITION_PREFIXES = List.of("www.", "m.", "mobile.", "amp.");

  static String normalizeUrl(String url) {
    String u = url.trim();
    int scheme = u.indexOf("://");
    if (scheme > 0 && scheme < 8) {
      u = u.substring(scheme + 3);
    }
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    int slash = u.indexOf('/');
    int question = u.indexOf('?');
    if (question >= 0 && (slash < 0 || question < slash)) {
      slash = question; // "example.com?x=1"
    }
    String host = (slash < 0 ? u : u.substring(0, slash)).toLowerCase(Locale.ROOT);
    String rest = slash < 0 ? "" : u.substring(slash);
    for (boolean stripped = true; stripped; ) {
      stripped = false;
      for (String prefix : EDITION_PREFIXES) {
        if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
          host = host.substring(prefix.length());
          stripped = true;
        }
      }
    }
    int q = rest.indexOf('?');
    String path = q >= 0 ? rest.substring(0, q) : rest;
    String query = q >= 0 ? rest.substring(q + 1) : "";
    path = trimSlashes(path);
    // an AMP edition's suffix, after at least one segment of the page's own ("bit.ly/amp" is a
    // short link, not an edition); case kept, as everywhere in the path
    if (path.endsWith("/amp") && path.lastIndexOf('/', path.length() - 5) >= 0) {
      path = trimSlashes(path.substring(0, path.length() - "/amp".length()));
    }
    boolean twitter = host.equals("twitter.com") || host.equals("x.com");
    boolean code = host.equals("github.com") || host.equals("gitlab.com");
    StringBuilder kept = new StringBuilder();
    for (String p : query.split("&")) {
      if (!p.isEmpty() && !tracking(p, twitter, code)) {
        kept.append(kept.length() == 0 ? '?' : '&').append(p);
      }
    }
    return host + path + kept;
  }

  private static String trimSlashes(String path) {
    String p = path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /**
   * Whether a query parameter ("name=value") only tracks who shared or clicked: Twitter's numeric
   * share code s= only on Twitter's hosts, and ref= except on code hosts, where it names a branch.
   */
  private static boolean tracking(String parameter, boolean twitter, boolean code) {
    int eq = parameter.indexOf('=');
    String name = (eq < 0 ? parameter : parameter.substring(0, eq)).toLowerCase(Locale.ROOT);
    String value = eq < 0 ? "" : parameter.substring(eq + 1);
    if (name.equals("ref") && code) {
      return false;
    }
    if (TRACKING.contains(name)) {
      return true;
    }
    for (String prefix : TRACKING_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    // Twitter's share code (s=20, s=46); elsewhere s= may name a page (a search, a show)
    return twitter
            && name.equals("s")
            && !value.isEmpty()
            && value.chars().allMatch(Character::isDigit)
        || name.equals("outputtype") && value.equalsIgnoreCase("amp");
  }

  /** Splits a list field: "[a, 'b']", "a b", or "a,b". */
  static List<String> listField(String field) {
    String f = field.trim();
    if (f.isEmpty() || f.equals("[]")) {
      return List.of();
    }
    if (f.startsWith("[") && f.endsWith("]")) {
      f = f.substring(1, f.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String p : f.split("[,\\s]+")) {
      String v = p.trim();
      if (v.length() >= 2
          && (v.charAt(0) == '\'' || v.charAt(0) == '"')
          && v.charAt(v.length() - 1) == v.charAt(0)) {
        v = v.substring(1, v.length() - 1);
      }
      if (v.startsWith("#")) {
        v = v.substring(1);
      }
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }
}
