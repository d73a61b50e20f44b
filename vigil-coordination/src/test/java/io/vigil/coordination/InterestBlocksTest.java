package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
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
    Links links = new Links();
    links.sparse(0, 60, 0.2, 1); // a topic: a fifth of its pairs linked
    // cluster 1: 20 accounts acting in the same minutes, the 40 others linked mostly to them
    links.dense(60, 80);
    for (int acc = 80; acc < 120; acc++) {
      for (int k = 0; k < 5; k++) {
        links.add(acc, 60 + (acc * 7 + k * 3) % 20, 1);
      }
    }
    links.sparse(120, 130, 0.5, 2);
    SignalEdges.Kept sync = new SignalEdges.Kept(400);
    // every pair of the 20 synchronized: 190 of cluster 1's 1,770 pairs (10.7 %)
    synchronize(sync, 60, 80);
    // and, in cluster 0, a group of 5 acting in the same minutes: 10 pairs, but 5 of 60 members
    synchronize(sync, 0, 5);
    int[] block = new int[cluster.length];

    int blocks =
        assign(links, cluster, sync.build(Signal.SYNCHRONIZED, new double[0], null), block);

    assertThat(blocks).isEqualTo(1);
    assertThat(block[0]).isEqualTo(1);
    assertThat(block[59]).isEqualTo(1);
    // the synchronized cluster is one coordinated set
    assertThat(block[60]).isNegative();
    assertThat(block[100]).isEqualTo(block[60]);
    assertThat(block[125]).isZero();
    assertThat(block[130]).isZero();
    // without the synchronized signal every large cluster is looked at; cluster 1 is then two
    // interests: its 20 fully linked accounts act as one and are none
    assertThat(assign(links, cluster, null, block)).isPositive();
    assertThat(block[0]).isPositive();
    assertThat(block[100]).isPositive().isNotEqualTo(block[0]);
  }

  @Test
  void aTopicMergedWithACoordinatedGroupIsACommunityOfInterestWithoutTheGroup() {
    // one first-pass cluster: a topic of 60 accounts and a group of 20 acting in the same minutes,
    // joined by ten weak links (as the first pass joins a group to the topic whose posts it shares)
    int[] cluster = new int[80];
    Links links = new Links();
    links.sparse(0, 60, 0.2, 3);
    links.dense(60, 80);
    for (int k = 0; k < 10; k++) {
      links.add(k * 5, 60 + k, 0.05);
    }
    SignalEdges.Kept sync = new SignalEdges.Kept(200);
    synchronize(sync, 60, 80);
    int[] block = new int[cluster.length];

    int blocks =
        assign(links, cluster, sync.build(Signal.SYNCHRONIZED, new double[0], null), block);

    // before 2026-12-07's third release the cluster, synchronized, was no block at all, and the
    // topic's members were judged by popularity alone
    assertThat(blocks).isEqualTo(1);
    for (int acc = 0; acc < 60; acc++) {
      assertThat(block[acc]).as("topic account %d", acc).isEqualTo(1);
    }
    assertThat(block[60]).isNegative();
    for (int acc = 60; acc < 80; acc++) {
      assertThat(block[acc]).as("group account %d", acc).isEqualTo(block[60]);
    }
  }

  @Test
  void aSynchronizedClusterWithFewerUnsynchronizedMembersThanACommunityStaysWhole() {
    // 30 accounts act in the same minutes (sparsely: a third of their pairs); the 40 others of the
    // cluster, fewer than a community (50), have most of their links to them: as in every IRA
    // cluster (at most 39 members without a synchronized partner)
    int[] block = new int[70];

    assertThat(assign(coreAndRest(30, 40), new int[70], coreSync(30), block)).isZero();
    assertThat(block[0]).isNegative();
    assertThat(block).containsOnly(block[0]);
  }

  @Test
  void membersOfASynchronizedClusterTiedToItsSynchronizedCoreAreNoCommunityOfInterest() {
    // the same core with 50 others, still tied to it; the core is 3 of 8 members (the IRA
    // clusters' cores are 0.42-1.0 of them, their other members tied by 0.46-1.0 of their weight)
    int[] block = new int[80];

    assertThat(assign(coreAndRest(30, 50), new int[80], coreSync(30), block)).isZero();
    assertThat(block[0]).isNegative();
    assertThat(block).containsOnly(block[0]);
  }

  @Test
  void theOthersAroundASynchronizedMinorityAreLookedAtAgainEvenWhenTiedToIt() {
    // the same core with 70 others: a topic whose accounts also share its hits with the core's
    // members (in reviewer-style worlds a planted group's members are ordinary members of their
    // topic too; their cores were 0.20-0.31 of the merged cluster). Until the sixth release of
    // 2026-12-07 accounts hanging on the core by a quarter of their link weight or more rode along
    // with it, whatever the core's share
    int[] block = new int[100];

    assertThat(assign(coreAndRest(30, 70), new int[100], coreSync(30), block)).isEqualTo(1);
    for (int acc = 0; acc < 30; acc++) {
      assertThat(block[acc]).as("core account %d", acc).isNegative().isEqualTo(block[0]);
    }
    for (int acc = 30; acc < 100; acc++) {
      assertThat(block[acc]).as("topic account %d", acc).isEqualTo(1);
    }
  }

  /**
   * A core of {@code core} accounts, sparsely linked, and {@code rest} others with four links each
   * to it and a few among themselves.
   */
  private static Links coreAndRest(int core, int rest) {
    Links links = new Links();
    links.sparse(0, core, 0.3, 4);
    for (int acc = core; acc < core + rest; acc++) {
      for (int k = 0; k < 4; k++) {
        links.add(acc, (acc * 11 + k * 7) % core, 1);
      }
    }
    links.sparse(core, core + rest, 0.05, 5);
    return links;
  }

  /** A third of the core's pairs act in the same minutes. */
  private static SignalEdges coreSync(int core) {
    SignalEdges.Kept sync = new SignalEdges.Kept(200);
    java.util.SplittableRandom r = new java.util.SplittableRandom(6);
    for (int x = 0; x < core; x++) {
      for (int y = x + 1; y < core; y++) {
        if (r.nextDouble() < 0.3) {
          sync.add(x, y, 3, 0.5, 1e-9, 3.0);
        }
      }
    }
    return sync.build(Signal.SYNCHRONIZED, new double[0], null);
  }

  @Test
  void aLargeGroupWhosePairsAreMostlyLinkedActsAsOneAndIsNoCommunityOfInterest() {
    // no synchronized signal (a group spread over an hour): cluster 0 is 60 accounts with every
    // pair linked, cluster 1 a topic of 60 with a fifth of its pairs linked
    int[] cluster = new int[120];
    for (int acc = 60; acc < 120; acc++) {
      cluster[acc] = 1;
    }
    Links links = new Links();
    links.dense(0, 60);
    links.sparse(60, 120, 0.2, 7);
    int[] block = new int[cluster.length];

    assertThat(assign(links, cluster, null, block)).isEqualTo(1);
    assertThat(block[0]).isNegative();
    for (int acc = 0; acc < 60; acc++) {
      assertThat(block[acc]).as("group account %d", acc).isEqualTo(block[0]);
    }
    for (int acc = 60; acc < 120; acc++) {
      assertThat(block[acc]).as("topic account %d", acc).isEqualTo(1);
    }
  }

  private static int assign(Links links, int[] cluster, @Nullable SignalEdges sync, int[] block) {
    CombinedNetwork network =
        CombinedNetwork.combine(
            List.of(links.kept.build(Signal.CO_RETWEET, new double[0], null)),
            cluster.length,
            DetectionOptions.defaults());
    return InterestBlocks.assign(network, cluster, 50, sync, 0.2, 0.3, 42, null, block);
  }

  private static void synchronize(SignalEdges.Kept sync, int from, int to) {
    for (int x = from; x < to; x++) {
      for (int y = x + 1; y < to; y++) {
        sync.add(x, y, 3, 0.5, 1e-9, 3.0);
      }
    }
  }

  /** Co-retweet links for a hand-made first pass. */
  private static final class Links {
    final SignalEdges.Kept kept = new SignalEdges.Kept(4_000);

    void add(int x, int y, double weight) {
      kept.add(Math.min(x, y), Math.max(x, y), 2, weight, 1e-6, 2.0);
    }

    void dense(int from, int to) {
      for (int x = from; x < to; x++) {
        for (int y = x + 1; y < to; y++) {
          add(x, y, 1);
        }
      }
    }

    void sparse(int from, int to, double share, long seed) {
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
      for (int x = from; x < to; x++) {
        for (int y = x + 1; y < to; y++) {
          if (r.nextDouble() < share) {
            add(x, y, 0.3);
          }
        }
      }
    }
  }

  @Test
  void synchronyIsUnreadableWhereMostSharedMinutesHoldMoreAccountsThanTheCap() {
    // 20 minutes, each with the same 10 of 15 accounts active, and 5 minutes with a single one of
    // the other 5 (a minute every active account shares would be no evidence at any cap)
    SignalActions actions = new SignalActions(Signal.SYNCHRONIZED);
    for (int minute = 0; minute < 20; minute++) {
      int bin = actions.binItem(minute);
      for (int acc = 0; acc < 10; acc++) {
        actions.add(bin, acc, minute * 60);
      }
    }
    for (int minute = 20; minute < 25; minute++) {
      actions.add(actions.binItem(minute), minute - 10, minute * 60);
    }
    ItemGroups bins = ItemGroups.of(actions, 15);

    assertThat(CoordinationDetector.synchronyReadable(bins, 500)).isTrue();
    assertThat(CoordinationDetector.synchronyReadable(bins, 5)).isFalse();
  }
}
