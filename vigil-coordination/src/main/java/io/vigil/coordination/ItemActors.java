package io.vigil.coordination;

/**
 * Who acted on each item of a signal, grouped by item: the entries of item i are from(i) to to(i) -
 * 1, each naming an account (an account may appear more than once).
 */
interface ItemActors {
  int itemCount();

  int from(int item);

  int to(int item);

  int actor(int entry);

  /** Posting lists: item i's accounts are accounts[offsets[i]] to accounts[offsets[i + 1] - 1]. */
  record Postings(int[] offsets, int[] accounts) implements ItemActors {
    @Override
    public int itemCount() {
      return offsets.length - 1;
    }

    @Override
    public int from(int item) {
      return offsets[item];
    }

    @Override
    public int to(int item) {
      return offsets[item + 1];
    }

    @Override
    public int actor(int entry) {
      return accounts[entry];
    }
  }
}
