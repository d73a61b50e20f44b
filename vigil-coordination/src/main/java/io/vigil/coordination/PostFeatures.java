package io.vigil.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/*
 * The map step: everything about one post that does not depend on any other post, computed on
 * worker threads (or Spark executors): the shared-item keys per signal (64-bit hashes with their
 * labels) and the near-duplicate signature. How each signal's shared item is derived:
 * - co-retweet: the reposted post's id when the format has one (io-archive, plain); otherwise
 *   (IRA: a retweet carries the original's text but neither its id nor its author) the
 *   normalized text, see TextScan.normalizeText. Two retweets of different originals with the
 *   same text merge; since texts carry their t.co links this is rare.
 * - co-link: each distinct normalized URL of an own post (IRA: t.co short links as posted).
 *   Counting a retweet's links too (they are the original's) was tried: it lowered agreement with
 *   the account categories on the tuning slice (ARI 0.66 -> 0.55), so retweets stay out.
 * - co-hashtag: each distinct lower-cased hashtag of an own post.
 * - hashtag-sequence: the distinct lower-cased hashtags of an own post with two or more, as a set
 *   (alphabetical; sixth release of 2026-12-07). In the order written, a show's hashtag and its
 *   episode's used in both orders by the viewers of one evening were two items, so one act was two
 *   co-actions: on the independent reviewer-style worlds (bench/independent-worlds) the set form
 *   clustered 7-22 % fewer organic accounts over all 32 worlds of two seeds (a 4,040-account world
 *   with no group 190 -> 93) with as many groups found; the IRA figures did not move (tuning slice
 *   0.652 -> 0.651, whole file 0.507 -> 0.508).
 * - near-duplicate: MinHash signature of an own post's text (NearDuplicates).
 * - co-reply: the id of the post replied to (absent in the IRA file, so this signal is empty).
 * - synchronized: the time bin (width = the signal's window) of every post, reposts included.
 * - similar-content: the distinct content terms of every own post (TextScan.contentTerms).
 *   Until the fifth release of 2026-12-07 reposts counted too ("what an account chooses to repost
 *   is part of what it says"): on an independent reviewer-style world whose retweets carry the
 *   original's text ("RT @src: ...", as platform exports do), every follower of a topic then had a
 *   profile of that topic's words, and 37-43 % of 2,040 organic accounts were clustered with no
 *   group planted (1 % with empty retweet texts). What an account reposts is co-retweet's evidence.
 * As in QUT's toolkit, reposts count only for co-retweet (and activity), so one retweet does not
 * count in five signals.
 */
record PostFeatures(
    Post post,
    long retweetKey,
    @Nullable String retweetLabel,
    long[] linkKeys,
    List<String> linkLabels,
    long[] tagKeys,
    List<String> tagLabels,
    long sequenceKey,
    @Nullable String sequenceLabel,
    int @Nullable [] signature,
    long replyKey,
    TextScan.Terms terms) {

  static final long NONE = 0L;
  private static final long[] NO_KEYS = new long[0];

  /** Between a reposted post's id and its source account in the item's label. */
  static final String BY = " by @";

  /** Link shorteners: a host that says nothing of whose pages the links are. */
  private static final java.util.Set<String> SHORTENERS =
      java.util.Set.of(
          "t.co bit.ly ow.ly goo.gl tinyurl.com dlvr.it ift.tt buff.ly fb.me".split(" "));

  /**
   * Whose the item of a label is, where the label says: the source account of a reposted post
   * ("@name"), the host of a link (not a shortener's); null otherwise.
   */
  static @Nullable String sourceOf(Signal signal, String label) {
    if (signal == Signal.CO_RETWEET && label.startsWith("post ")) {
      // "post ID by @name": an id and a handle have no blanks (a retweet's text as its label, in
      // the IRA file, may start with "post " too)
      int at = label.indexOf(BY);
      String source = at < 0 ? "" : label.substring(at + BY.length());
      return at < 0 || label.indexOf(' ', 5) != at || source.isEmpty() || source.indexOf(' ') >= 0
          ? null
          : "@" + source;
    }
    if (signal == Signal.CO_LINK) {
      int slash = label.indexOf('/');
      String host = slash < 0 ? label : label.substring(0, slash);
      return host.isEmpty() || SHORTENERS.contains(host) ? null : host;
    }
    return null;
  }

  static PostFeatures of(Post p, DetectionOptions options) {
    var on = options.signals();
    long retweetKey = NONE;
    String retweetLabel = null;
    if (p.repost() && on.contains(Signal.CO_RETWEET)) {
      String key;
      if (p.repostOf() != null) {
        key = "id:" + p.repostOf();
        // the source in the label lets an analyst see a group amplifying one account (a fan club
        // or a campaign around one voice) in the cluster's top items
        String source = TextScan.repostSource(p.text());
        retweetLabel = "post " + p.repostOf() + (source == null ? "" : BY + source);
      } else {
        key = TextScan.normalizeText(p.text());
        // the label keeps the original case: t.co paths are case-sensitive
        retweetLabel = TextScan.stripRepostPrefix(p.text()).trim();
      }
      retweetKey = key.isEmpty() ? NONE : nonZero(Hashing.hash(key, 1));
    }
    long[] linkKeys = NO_KEYS;
    List<String> linkLabels = List.of();
    if (on.contains(Signal.CO_LINK) && !p.repost()) {
      List<String> urls = p.urls();
      if (!urls.isEmpty()) {
        linkLabels = new ArrayList<>(urls.size());
        for (String u : urls) {
          linkLabels.add(TextScan.normalizeUrl(u));
        }
        linkKeys = keys(linkLabels, 2);
      }
    }
    long[] tagKeys = NO_KEYS;
    List<String> tagLabels = List.of();
    long sequenceKey = NONE;
    String sequenceLabel = null;
    if (!p.repost() && !p.hashtags().isEmpty()) {
      List<String> lower = new ArrayList<>(p.hashtags().size());
      for (String t : p.hashtags()) {
        lower.add("#" + t.toLowerCase(Locale.ROOT));
      }
      if (on.contains(Signal.CO_HASHTAG)) {
        tagLabels = lower;
        tagKeys = keys(lower, 5);
      }
      if (on.contains(Signal.HASHTAG_SEQUENCE) && lower.size() >= 2) {
        // the post's distinct hashtags in alphabetical order: one act, whichever order it wrote
        // them in (see the design note)
        java.util.SortedSet<String> set = new java.util.TreeSet<>(lower);
        if (set.size() >= 2) {
          sequenceLabel = String.join(" ", set);
          sequenceKey = nonZero(Hashing.hash(sequenceLabel, 3));
        }
      }
    }
    int[] signature =
        !p.repost() && on.contains(Signal.NEAR_DUPLICATE)
            ? NearDuplicates.signature(p.text())
            : null;
    long replyKey =
        p.replyTo() != null && on.contains(Signal.CO_REPLY)
            ? nonZero(Hashing.hash(p.replyTo(), 4))
            : NONE;
    TextScan.Terms terms =
        on.contains(Signal.SIMILAR_CONTENT) && !p.repost()
            ? TextScan.contentTerms(p.text())
            : TextScan.Terms.NONE;
    return new PostFeatures(
        p,
        retweetKey,
        retweetLabel,
        linkKeys,
        linkLabels,
        tagKeys,
        tagLabels,
        sequenceKey,
        sequenceLabel,
        signature,
        replyKey,
        terms);
  }

  /** Receives a post's keyed items: a signal, the item's key and its label (null for a bin). */
  interface KeyedItems {
    void item(Signal signal, long key, @Nullable String label);
  }

  /**
   * The shared items of the signals whose items are keys (co-retweet, co-link, co-hashtag,
   * hashtag-sequence, co-reply, synchronized), for those of them in {@code on}, in the order one
   * machine and a distributed job both append them. A synchronized item is the number of the post's
   * time bin of {@code binSeconds}.
   */
  void forEachKeyedItem(java.util.Set<Signal> on, long binSeconds, KeyedItems out) {
    if (retweetKey != NONE && on.contains(Signal.CO_RETWEET)) {
      out.item(Signal.CO_RETWEET, retweetKey, retweetLabel);
    }
    forEach(Signal.CO_LINK, linkKeys, linkLabels, on, out);
    forEach(Signal.CO_HASHTAG, tagKeys, tagLabels, on, out);
    if (sequenceKey != NONE && on.contains(Signal.HASHTAG_SEQUENCE)) {
      out.item(Signal.HASHTAG_SEQUENCE, sequenceKey, sequenceLabel);
    }
    if (replyKey != NONE && on.contains(Signal.CO_REPLY)) {
      out.item(Signal.CO_REPLY, replyKey, "reply to post " + post.replyTo());
    }
    if (on.contains(Signal.SYNCHRONIZED)) {
      out.item(Signal.SYNCHRONIZED, Math.floorDiv(post.time(), binSeconds), null);
    }
  }

  private static void forEach(
      Signal signal, long[] keys, List<String> labels, java.util.Set<Signal> on, KeyedItems out) {
    if (!on.contains(signal)) {
      return;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != NONE) {
        out.item(signal, keys[i], labels.get(i));
      }
    }
  }

  /** Hashes of the distinct values (duplicates within one post get key NONE). */
  private static long[] keys(List<String> values, long seed) {
    long[] k = new long[values.size()];
    for (int i = 0; i < k.length; i++) {
      long h = values.get(i).isEmpty() ? NONE : nonZero(Hashing.hash(values.get(i), seed));
      for (int j = 0; j < i; j++) {
        if (k[j] == h) {
          h = NONE;
          break;
        }
      }
      k[i] = h;
    }
    return k;
  }

  private static long nonZero(long h) {
    return h == NONE ? 1 : h;
  }
}
