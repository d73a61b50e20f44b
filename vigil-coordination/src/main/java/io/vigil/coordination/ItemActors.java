package io.vigil.coordination;

/**
 * Who acted on each item of a signal, grouped by item: the entries of item i are offsets()[i] to
 * offsets()[i + 1] - 1, each naming an account (an account may appear more than once).
 */
interface ItemActors {
  int[] offsets();

  int actor(int entry);

  default int itemCount() {
    return offsets().length - 1;
  }

  default int from(int item) {
    return offsets()[item];
  }

  default int to(int item) {
    return offsets()[item + 1];
  }

  /** Posting lists: item i's accounts are accounts[offsets[i]] to accounts[offsets[i + 1] - 1]. */
  record Postings(int[] offsets, int[] accounts) implements ItemActors {
    @Override
    public int actor(int entry) {
      return accounts[entry];
    }
  }
}
