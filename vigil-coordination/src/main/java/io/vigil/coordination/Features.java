package io.vigil.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/*
 * The reduce side of reading: interns accounts to dense ints and items to dense ids per signal
 * (PostFeatures, the pure map step, says how each signal's item is derived), and appends the
 * (item, account, time) actions. Single-threaded by design; nothing here reads labels.
 */
final class Features implements PostSink {
  static final long EPOCH_2000 = 946_684_800L;
  static final int MAX_MALFORMED_KEPT = 1000;

  DetectionOptions options() {
    return options;
  }

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

  /** Similar-content: (term << 32 | account) to its action, and per action the number of uses. */
  private @Nullable LongIntMap accountTerms;

  /** The current run of one account's posts: its distinct terms, uses and first use. */
  private int runAccount = -1;

  private LongIntMap runIndex = new LongIntMap(64);
  private long[] runKeys = new long[64];
  private final List<String> runTexts = new ArrayList<>();
  private int[] runSpans = new int[64];
  private int[] runEnds = new int[64];
  private int[] runUses = new int[64];
  private int[] runFirst = new int[64];
  private int runSize;
  private final java.util.BitSet runFlushed = new java.util.BitSet();

  final IntArray termUses = new IntArray(1 << 12);
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
    if (options.interestShare() > 0) {
      // the interest model tells coordinated communities from interests by their synchrony
      actions.putIfAbsent(Signal.SYNCHRONIZED, new SignalActions(Signal.SYNCHRONIZED));
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
    add(PostFeatures.of(p, options));
  }

  /** The reduce side of the map step: interns accounts and items, appends actions. */
  void add(PostFeatures f) {
    Post p = f.post();
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
    f.forEachKeyedItem(
        actions.keySet(),
        binSeconds,
        (signal, key, label) -> {
          SignalActions s = actions.get(signal);
          s.add(
              signal == Signal.SYNCHRONIZED
                  ? s.binItem(key)
                  : s.item(key, java.util.Objects.requireNonNull(label)),
              a,
              t);
        });
    if (f.signature() != null && actions.containsKey(Signal.NEAR_DUPLICATE)) {
      nearDuplicates.add(a, t, p.text(), f.signature());
    }
    SignalActions content = actions.get(Signal.SIMILAR_CONTENT);
    if (content != null) {
      addTerms(content, f.terms(), f.post().text(), a, t);
    }
  }

  /**
   * Similar-content actions are aggregated per (account, term) as they arrive: one action (at the
   * first use) per pair, and its use count in {@link #termUses}, so memory grows with the distinct
   * pairs rather than with every word of every post. The sum is kept for the current run of one
   * account's posts in a small table (the archives list posts account by account, so the large
   * tables are touched once per distinct pair, not once per word); only when an account comes back
   * after another one is a table of every (account, term) pair built to merge into.
   */
  private void addTerms(SignalActions s, TextScan.Terms terms, String text, int a, int t) {
    long[] keys = terms.keys();
    if (a != runAccount) {
      flushRun(s);
      runAccount = a;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == PostFeatures.NONE) {
        continue;
      }
      int at = runIndex.putIfAbsent(keys[i], runSize);
      if (at < 0) {
        if (runSize == runKeys.length) {
          runKeys = Arrays.copyOf(runKeys, runSize * 2);
          runUses = Arrays.copyOf(runUses, runSize * 2);
          runFirst = Arrays.copyOf(runFirst, runSize * 2);
          runSpans = Arrays.copyOf(runSpans, runSize * 2);
          runEnds = Arrays.copyOf(runEnds, runSize * 2);
        }
        runKeys[runSize] = keys[i];
        runTexts.add(text);
        runSpans[runSize] = terms.spans()[2 * i];
        runEnds[runSize] = terms.spans()[2 * i + 1];
        runUses[runSize] = 1;
        runFirst[runSize++] = t;
      } else {
        runUses[at]++;
        runFirst[at] = Math.min(runFirst[at], t);
      }
    }
  }

  private void flushRun(SignalActions s) {
    int a = runAccount;
    if (a < 0 || runSize == 0) {
      return;
    }
    if (runFlushed.get(a) && accountTerms == null) {
      // the account comes back: from now on merge through a table of all pairs so far
      accountTerms = new LongIntMap(Math.max(1 << 16, s.size()));
      for (int i = 0; i < s.size(); i++) {
        accountTerms.putIfAbsent(((long) s.items.get(i) << 32) | s.accounts.get(i), i);
      }
    }
    runFlushed.set(a);
    for (int i = 0; i < runSize; i++) {
      int item = s.item(runKeys[i], runTexts.get(i), runSpans[i], runEnds[i]);
      int action =
          accountTerms == null
              ? -1 - s.size()
              : accountTerms.putIfAbsent(((long) item << 32) | a, s.size());
      if (action < 0) {
        s.add(item, a, runFirst[i]);
        termUses.add(runUses[i]);
      } else {
        termUses.set(action, termUses.get(action) + runUses[i]);
        s.times.set(action, Math.min(s.times.get(action), runFirst[i]));
      }
    }
    runIndex = new LongIntMap(64);
    runTexts.clear();
    runSize = 0;
  }

  /** Call once after the last post: turns the near-duplicate texts into actions. */
  void finish() {
    SignalActions content = actions.get(Signal.SIMILAR_CONTENT);
    if (content != null) {
      flushRun(content);
    }
    accountTerms = null; // only needed while reading
    SignalActions s = actions.get(Signal.NEAR_DUPLICATE);
    if (s != null) {
      nearDuplicates.emit(s, options.nearDuplicateJaccard());
    }
  }

  /** Each account's place among all accounts in name order. */
  int[] nameRanks() {
    Integer[] order = new Integer[accountNames.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparing(accountNames::get));
    int[] rank = new int[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  int accountCount() {
    return accountNames.size();
  }

  /** The language most of the account's posts are in, per the data; null when unknown. */
  @Nullable String majorityLanguage(int account) {
    @Nullable String best = null;
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
