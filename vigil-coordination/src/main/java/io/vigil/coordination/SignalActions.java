package io.vigil.coordination;

import java.util.ArrayList;
import java.util.List;

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
  final List<String> labels = new ArrayList<>();
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
}
