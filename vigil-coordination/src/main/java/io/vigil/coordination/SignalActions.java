package io.vigil.coordination;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/*
 * The actions of one signal, columnar: for action i, the item it touched (a dense id from the
 * item dictionary), the account (dense id) and the time (seconds since 2000-01-01 UTC, an int
 * good until 2068). This is the "map" side of partition-then-aggregate: each post becomes zero or
 * more (item, account, time) triples, independently of every other post.
 */
final class SignalActions {
  static final int LABEL_MAX = 280;

  final Signal signal;
  private final LongIntMap dictionary = new LongIntMap(1 << 14);
  final List<@Nullable String> labels = new ArrayList<>();
  private final List<Long> bins = new ArrayList<>();
  final IntArray items = new IntArray(1 << 12);
  final IntArray accounts = new IntArray(1 << 12);
  final IntArray times = new IntArray(1 << 12);

  SignalActions(Signal signal) {
    this.signal = signal;
  }

  /** The item id for a key hash; the label is stored the first time the key is seen. */
  int item(long keyHash, String label) {
    int id = dictionary.putIfAbsent(keyHash, labels.size());
    if (id < 0) {
      labels.add(label.length() > LABEL_MAX ? label.substring(0, LABEL_MAX) + "…" : label);
      return -1 - id;
    }
    return id;
  }

  /** The item id for a key hash; the label (a span of the text, lower-cased) is made only once. */
  int item(long keyHash, String text, int start, int end) {
    int id = dictionary.putIfAbsent(keyHash, labels.size());
    if (id < 0) {
      labels.add(TextScan.term(text, start, Math.min(end, start + LABEL_MAX)));
      return -1 - id;
    }
    return id;
  }

  /** The item id of a time bin; its label is made only when asked for (there are many bins). */
  int binItem(long bin) {
    int id = dictionary.putIfAbsent(bin, labels.size());
    if (id < 0) {
      labels.add(null);
      bins.add(bin);
      return -1 - id;
    }
    return id;
  }

  /** The item's label (a time bin's label says when and how wide). */
  String label(int item, long binSeconds) {
    String l = labels.get(item);
    if (l == null) {
      long bin = bins.get(item);
      return "active in "
          + java.time.Instant.ofEpochSecond(bin * binSeconds)
          + " +"
          + binSeconds
          + "s";
    }
    return l;
  }

  void add(int item, int account, int time) {
    items.add(item);
    accounts.add(account);
    times.add(time);
  }

  int size() {
    return items.size();
  }

  int itemCount() {
    return labels.size();
  }

  /**
   * Each item's place among all items in the order of their keys: an order of the items that does
   * not depend on the order the posts were read in (ids are handed out as keys are first seen).
   */
  int[] keyRanks() {
    long[] keys = dictionary.keysByValue(labels.size());
    long[] sorted = keys.clone();
    java.util.Arrays.sort(sorted);
    int[] rank = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      rank[i] = java.util.Arrays.binarySearch(sorted, keys[i]); // keys are distinct
    }
    return rank;
  }
}
