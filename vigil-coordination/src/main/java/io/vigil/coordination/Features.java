package io.vigil.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/*
 * Turns posts into per-signal actions (item, account, time). How each signal's shared item is
 * derived:
 * - co-retweet: the reposted post's id when the format has one (io-archive, plain); otherwise
 *   (IRA: a retweet carries the original's text but neither its id nor its author) the
 *   normalized text, see TextScan.normalizeText. Two retweets of different originals with the
 *   same text merge; since texts carry their t.co links this is rare.
 * - co-link: each distinct normalized URL of an own post (IRA: t.co short links as posted).
 * - co-hashtag: each distinct lower-cased hashtag of an own post.
 * - hashtag-sequence: the ordered lower-cased hashtags of an own post with two or more.
 * - near-duplicate: the MinHash/LSH family of an own post's text (NearDuplicates).
 * - co-reply: the id of the post replied to (absent in the IRA file, so this signal is empty).
 * - synchronized: the time bin (width = the signal's window) of every post, reposts included.
 * As in QUT's toolkit, reposts count only for co-retweet (and activity), so one retweet does not
 * count in four signals.
 * Accounts are interned to dense ints; nothing here reads labels.
 */
final class Features implements PostSink {
  static final long EPOCH_2000 = 946_684_800L;
  static final int MAX_MALFORMED_KEPT = 1000;

  private final DetectionOptions options;
  private final long since;
  private final long until;
  private final long binSeconds;
  final Map<String, Integer> accountIds = new HashMap<>();
  final List<String> accountNames = new ArrayList<>();
  final IntArray firstTime = new IntArray(1024);
  final IntArray lastTime = new IntArray(1024);
  final IntArray postCount = new IntArray(1024);
  private final List<Map<String, int[]>> languages = new ArrayList<>();
  final EnumMap<Signal, SignalActions> actions = new EnumMap<>(Signal.class);
  final NearDuplicates nearDuplicates = new NearDuplicates();
  final List<MalformedRow> malformed = new ArrayList<>();
  long malformedCount;
  long posts;
  long outsideRange;

  Features(DetectionOptions options) {
    this.options = options;
    this.since = options.since() == null ? Long.MIN_VALUE : options.since().getEpochSecond();
    this.until = options.until() == null ? Long.MAX_VALUE : options.until().getEpochSecond();
    this.binSeconds = options.windowSeconds(Signal.SYNCHRONIZED);
    for (Signal s : options.signals()) {
      actions.put(s, new SignalActions(s));
    }
  }

  static int toInt(long epochSecond) {
    long r = epochSecond - EPOCH_2000;
    return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, r));
  }

  static Instant toInstant(int time) {
    return Instant.ofEpochSecond(time + EPOCH_2000);
  }

  @Override
  public void malformed(MalformedRow row) {
    malformedCount++;
    if (malformed.size() < MAX_MALFORMED_KEPT) {
      malformed.add(row);
    }
  }

  private int account(String name) {
    Integer id = accountIds.get(name);
    if (id != null) {
      return id;
    }
    int n = accountNames.size();
    accountIds.put(name, n);
    accountNames.add(name);
    firstTime.add(Integer.MAX_VALUE);
    lastTime.add(Integer.MIN_VALUE);
    postCount.add(0);
    languages.add(new HashMap<>(2));
    return n;
  }

  @Override
  public void post(Post p) {
    if (p.time() < since || p.time() >= until) {
      outsideRange++;
      return;
    }
    posts++;
    int a = account(p.account());
    int t = toInt(p.time());
    if (t < firstTime.get(a)) {
      firstTime.set(a, t);
    }
    if (t > lastTime.get(a)) {
      lastTime.set(a, t);
    }
    postCount.set(a, postCount.get(a) + 1);
    if (p.language() != null && !p.language().isEmpty()) {
      languages.get(a).computeIfAbsent(p.language(), k -> new int[1])[0]++;
    }
    SignalActions s;
    if (p.repost()) {
      if ((s = actions.get(Signal.CO_RETWEET)) != null) {
        String key;
        String label;
        if (p.repostOf() != null) {
          key = "id:" + p.repostOf();
          label = "post " + p.repostOf();
        } else {
          key = TextScan.normalizeText(p.text());
          label = key;
        }
        if (!key.isEmpty()) {
          s.add(s.item(Hashing.hash(key, 1), label), a, t);
        }
      }
    } else {
      if ((s = actions.get(Signal.CO_LINK)) != null && !p.urls().isEmpty()) {
        addDistinct(s, p.urls(), true, a, t);
      }
      List<String> tags = p.hashtags();
      if ((s = actions.get(Signal.CO_HASHTAG)) != null && !tags.isEmpty()) {
        addDistinct(s, tags, false, a, t);
      }
      if ((s = actions.get(Signal.HASHTAG_SEQUENCE)) != null && tags.size() >= 2) {
        StringBuilder b = new StringBuilder();
        for (String tag : tags) {
          b.append('#').append(tag.toLowerCase(Locale.ROOT)).append(' ');
        }
        String seq = b.toString().trim();
        s.add(s.item(Hashing.hash(seq, 3), seq), a, t);
      }
      if (actions.containsKey(Signal.NEAR_DUPLICATE)) {
        nearDuplicates.add(a, t, p.text());
      }
      if ((s = actions.get(Signal.CO_REPLY)) != null && p.replyTo() != null) {
        s.add(s.item(Hashing.hash(p.replyTo(), 4), "reply to post " + p.replyTo()), a, t);
      }
    }
    if ((s = actions.get(Signal.SYNCHRONIZED)) != null) {
      long bin = Math.floorDiv(p.time(), binSeconds);
      int item = s.item(bin, "");
      if (item == s.labels.size() - 1 && s.labels.get(item).isEmpty()) {
        s.labels.set(
            item, "active in " + Instant.ofEpochSecond(bin * binSeconds) + " +" + binSeconds + "s");
      }
      s.add(item, a, t);
    }
  }

  private static void addDistinct(SignalActions s, List<String> values, boolean url, int a, int t) {
    long prev = 0;
    for (int i = 0; i < values.size(); i++) {
      String v =
          url ? TextScan.normalizeUrl(values.get(i)) : values.get(i).toLowerCase(Locale.ROOT);
      if (v.isEmpty()) {
        continue;
      }
      long h = Hashing.hash(v, url ? 2 : 5);
      if (i > 0 && (h == prev || seenBefore(values, i, url, v))) {
        continue;
      }
      prev = h;
      s.add(s.item(h, url ? v : "#" + v), a, t);
    }
  }

  private static boolean seenBefore(List<String> values, int i, boolean url, String v) {
    for (int j = 0; j < i; j++) {
      String w =
          url ? TextScan.normalizeUrl(values.get(j)) : values.get(j).toLowerCase(Locale.ROOT);
      if (w.equals(v)) {
        return true;
      }
    }
    return false;
  }

  /** Call once after the last post: turns the near-duplicate texts into actions. */
  void finish() {
    SignalActions s = actions.get(Signal.NEAR_DUPLICATE);
    if (s != null) {
      nearDuplicates.emit(s, options.nearDuplicateJaccard());
    }
  }

  int accountCount() {
    return accountNames.size();
  }

  /** The language most of the account's posts are in, per the data; null when unknown. */
  String majorityLanguage(int account) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, int[]> e : languages.get(account).entrySet()) {
      if (e.getValue()[0] > bestCount) {
        best = e.getKey();
        bestCount = e.getValue()[0];
      }
    }
    return best;
  }
}
