package io.vigil.coordination;

import java.util.Arrays;

/*
 * The "partition by item" step: the actions of one signal grouped by item (a counting sort on the
 * dense item id, CSR layout) and, inside each item, sorted by time. Entry e of item i is
 * entries[offsets[i] + e], packed as (time << 32 | account), so sorting the longs sorts by time.
 * In a Spark job this is a groupByKey on the item; each group is processed independently.
 */
final class ItemGroups implements ItemActors {
  final Signal signal;
  final int[] offsets;
  final long[] entries;
  final int[] distinctAccounts;

  private ItemGroups(Signal signal, int[] offsets, long[] entries, int[] distinctAccounts) {
    this.signal = signal;
    this.offsets = offsets;
    this.entries = entries;
    this.distinctAccounts = distinctAccounts;
  }

  static ItemGroups of(SignalActions actions, int accountCount) {
    int items = actions.itemCount();
    int n = actions.size();
    int[] item = actions.items.raw();
    int[] account = actions.accounts.raw();
    int[] time = actions.times.raw();
    int[] offsets = new int[items + 1];
    for (int i = 0; i < n; i++) {
      offsets[item[i] + 1]++;
    }
    for (int i = 0; i < items; i++) {
      offsets[i + 1] += offsets[i];
    }
    int[] fill = Arrays.copyOf(offsets, items);
    long[] entries = new long[n];
    for (int i = 0; i < n; i++) {
      entries[fill[item[i]]++] = pack(time[i], account[i]);
    }
    int[] distinct = new int[items];
    int[] stamp = new int[accountCount];
    Arrays.fill(stamp, -1);
    for (int it = 0; it < items; it++) {
      int from = offsets[it];
      int to = offsets[it + 1];
      if (to - from > 1) {
        Arrays.sort(entries, from, to);
      }
      int d = 0;
      for (int e = from; e < to; e++) {
        int acc = account(entries[e]);
        if (stamp[acc] != it) {
          stamp[acc] = it;
          d++;
        }
      }
      distinct[it] = d;
    }
    return new ItemGroups(actions.signal, offsets, entries, distinct);
  }

  static long pack(int time, int account) {
    return ((long) time << 32) | (account & 0xFFFFFFFFL);
  }

  static int time(long entry) {
    return (int) (entry >> 32);
  }

  static int account(long entry) {
    return (int) entry;
  }

  @Override
  public int itemCount() {
    return distinctAccounts.length;
  }

  @Override
  public int[] offsets() {
    return offsets;
  }

  @Override
  public int actor(int entry) {
    return account(entries[entry]);
  }
}
