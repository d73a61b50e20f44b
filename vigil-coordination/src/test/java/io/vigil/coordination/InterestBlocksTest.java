package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InterestBlocksTest {
  @Test
  void
      aLargeClusterWhoseMembersActInTheSameMinutesIsNoCommunityOfInterestButOneWithASmallSynchronizedGroupIs() {
    // clusters: 0 and 1 of 60 accounts each, 2 of 10 (too small), account 130 unlinked
    int[] cluster = new int[131];
    for (int acc = 0; acc < 130; acc++) {
      cluster[acc] = acc < 60 ? 0 : acc < 120 ? 1 : 2;
    }
    cluster[130] = -1;
    // every pair of 20 accounts of cluster 1 synchronized: 190 of its 1,770 pairs (10.7 %)
    SignalEdges.Kept sync = new SignalEdges.Kept(400);
    // the synchronized pairs: 190 in cluster 1, 10 in cluster 0
    for (int x = 60; x < 80; x++) {
      for (int y = x + 1; y < 80; y++) {
        sync.add(x, y, 3, 0.5, 1e-9, 3.0);
      }
    }
    // and, in cluster 0, a group of 5 acting in the same minutes: 10 pairs, but 5 of 60 members
    for (int x = 0; x < 5; x++) {
      for (int y = x + 1; y < 5; y++) {
        sync.add(x, y, 3, 0.5, 1e-9, 3.0);
      }
    }
    int[] block = new int[cluster.length];

    int blocks =
        CoordinationDetector.interestBlocks(
            cluster, 50, sync.build(Signal.SYNCHRONIZED, new double[0], null), 0.2, block);

    assertThat(blocks).isEqualTo(1);
    assertThat(block[0]).isEqualTo(1);
    assertThat(block[59]).isEqualTo(1);
    assertThat(block[60]).isZero();
    assertThat(block[125]).isZero();
    assertThat(block[130]).isZero();
    // without the synchronized signal every large cluster is a community of interest
    assertThat(CoordinationDetector.interestBlocks(cluster, 50, null, 0.2, block)).isEqualTo(2);
    assertThat(block[60]).isEqualTo(2);
  }

  @Test
  void synchronyIsUnreadableWhereMostSharedMinutesHoldMoreAccountsThanTheCap() {
    // 20 minutes, each with 10 accounts active, and 5 minutes with a single account
    SignalActions actions = new SignalActions(Signal.SYNCHRONIZED);
    for (int minute = 0; minute < 20; minute++) {
      int bin = actions.binItem(minute);
      for (int acc = 0; acc < 10; acc++) {
        actions.add(bin, acc, minute * 60);
      }
    }
    for (int minute = 20; minute < 25; minute++) {
      actions.add(actions.binItem(minute), minute - 20, minute * 60);
    }
    ItemGroups bins = ItemGroups.of(actions, 10);

    assertThat(CoordinationDetector.synchronyReadable(bins, 500)).isTrue();
    assertThat(CoordinationDetector.synchronyReadable(bins, 5)).isFalse();
  }
}
