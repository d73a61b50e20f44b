package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Accounts that, all of them and nobody else, acted on the same items at separate moments are a
 * group, even where each pair's sharing is weak beside the popular items everyone shares (found on
 * the independent reviewer-style worlds: thirty accounts posting the same two links nobody else
 * posted, within the same second, were not found before the sixth release of 2026-12-07).
 */
class ExactSetsTest {
  /**
   * 400 accounts sharing 40 popular news links (each by 20-120 of them, at any time over two weeks)
   * and links of their own; {@code group} more accounts that share news the same way and, besides,
   * post the same links of their own at {@code moments} separate moments three days apart, within a
   * minute each, or, when {@code oneEvening}, all of them in each member's one post, all posted
   * within a minute.
   */
  static String input(int group, int moments, boolean oneEvening, long seed) {
    return input(group, moments, 3 * 86_400, oneEvening, seed);
  }

  /** As above, the moments {@code apart} seconds apart. */
  static String input(int group, int moments, long apart, boolean oneEvening, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long t0 = Fixtures.START.getEpochSecond();
    List<String> lines = new ArrayList<>();
    int accounts = 400 + group;
    for (int a = 0; a < accounts; a++) {
      String name = a < 400 ? "user" + a : "group_" + (a - 400);
      for (int k = 0; k < 6; k++) {
        lines.add(post(name, t0 + r.nextLong(14 * 86_400), "https://own" + a + ".example/" + k));
      }
    }
    for (int n = 0; n < 40; n++) {
      int readers = 20 + r.nextInt(100);
      for (int k = 0; k < readers; k++) {
        String name = "user" + r.nextInt(400);
        if (group > 0 && r.nextInt(8) == 0) {
          name = "group_" + r.nextInt(group);
        }
        lines.add(post(name, t0 + r.nextLong(14 * 86_400), "https://news.example/story" + n));
      }
    }
    if (oneEvening) {
      // each member's one post of the evening carries all the links
      List<String> links = new ArrayList<>();
      for (int i = 0; i < moments; i++) {
        links.add("https://campaign.example/page" + i);
      }
      for (int m = 0; m < group; m++) {
        long t = t0 + 86_400 + r.nextInt(60);
        lines.add(Fixtures.json("group_" + m, t, "tonight " + links, null, null, links, List.of()));
      }
    }
    for (int i = 0; !oneEvening && i < moments; i++) {
      long moment = t0 + 3 * 86_400 + i * apart;
      for (int m = 0; m < group; m++) {
        lines.add(post("group_" + m, moment + r.nextInt(60), "https://campaign.example/page" + i));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  /** The cluster holding the group's first member. */
  private static Cluster groupCluster(Detection d) {
    return d.clusters().stream()
        .filter(c -> c.accounts().contains("group_0"))
        .findFirst()
        .orElseThrow();
  }

  private static String post(String account, long time, String url) {
    return Fixtures.json(account, time, "read this " + url, null, null, List.of(url), List.of());
  }

  @Test
  void accountsThatAloneSharedTheSameLinksAtTwoMomentsAreOneGroup() {
    Detection d = UnsharedItemsTest.detect(input(12, 2, false, 7));

    Cluster group = groupCluster(d);
    assertThat(group.accounts()).hasSize(12).allMatch(a -> a.startsWith("group_"));
    assertThat(group.reasons()).anyMatch(reason -> reason.signal() == Signal.CO_LINK);
    assertThat(d.clusters()).allMatch(c -> c == group || c.accounts().size() <= 2);
  }

  @Test
  void accountsThatAloneSharedALinkAndHalfAnHourLaterAnotherAreOneGroup() {
    // two acts within the co-link window of an hour (counted as one, and the group missed, until
    // the ninth release of 2026-12-07)
    Detection d = UnsharedItemsTest.detect(input(12, 2, 1_800, false, 7));

    Cluster group = groupCluster(d);
    assertThat(group.accounts()).hasSize(12).allMatch(a -> a.startsWith("group_"));
    assertThat(group.reasons()).anyMatch(reason -> reason.signal() == Signal.CO_LINK);
  }

  @Test
  void accountsThatSharedTheSameLinksInOneEveningOnlyAreNoExactSet() {
    // the same links, but all in one act (as a show's hashtag and its episode's, used together
    // by everyone who posted about the evening's broadcast)
    String jsonl = input(12, 2, true, 7);
    Detection d = UnsharedItemsTest.detect(jsonl);

    assertThat(d.clusters()).noneMatch(c -> c.accounts().contains("group_0"));
  }

  @Test
  void aSetOfVeryActiveAccountsIsNotRareEnough() {
    // three accounts of 300 items each (of 30,000 actions) sharing two items of degree 3, among
    // 5,000 items of that degree: about 0.1 expected by chance; three of 15 items each: 1e-4
    int[] eligible = {300, 300, 300, 15, 15, 15};
    long[] ofSize = {0, 0, 0, 5_000};

    assertThat(ExactSets.pValue(new int[] {0, 1, 2}, 2, ofSize, false, x -> eligible[x], 30_000))
        .isGreaterThan(0.05);
    assertThat(ExactSets.pValue(new int[] {3, 4, 5}, 2, ofSize, false, x -> eligible[x], 30_000))
        .isLessThan(1e-3);
  }

  @Test
  void aSetHeldByLargerBurstsIsLessRareThanOneTheyEqual() {
    // three accounts of 15 items each (of 30,000 actions), among 5,000 proposals of each size
    // from 3 to 6: a burst of five holds them more often than one of three is exactly them, and
    // proposals of six (two more than a core leaves out) do not count
    int[] eligible = {15, 15, 15};
    int[] set = {0, 1, 2};
    long[] ofSize = {0, 0, 0, 5_000, 5_000, 5_000};
    long[] larger = {0, 0, 0, 5_000, 5_000, 5_000, 5_000};

    double itself = ExactSets.mean(set, ofSize, false, x -> eligible[x], 30_000);
    double asCore = ExactSets.mean(set, ofSize, true, x -> eligible[x], 30_000);
    // (3^3 + 4^3 + 5^3) / 3^3 times as many, and the set's own proposal not left out
    assertThat(asCore)
        .isCloseTo(itself * 216 / 27 * 5_000 / 4_999, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(ExactSets.mean(set, larger, true, x -> eligible[x], 30_000)).isEqualTo(asCore);
    assertThat(ExactSets.pValue(set, 3, ofSize, true, x -> eligible[x], 30_000))
        .isGreaterThan(ExactSets.pValue(set, 3, ofSize, false, x -> eligible[x], 30_000));
  }

  @Test
  void aProposalOfFiveProposesItselfAndItsFifteenCoresOfThreeOrFour() {
    assertThat(ExactSets.proposedBy(3)).isEqualTo(1);
    assertThat(ExactSets.proposedBy(4)).isEqualTo(1 + 4);
    assertThat(ExactSets.proposedBy(5)).isEqualTo(1 + 5 + 10);
    assertThat(ExactSets.proposedBy(ExactSets.CORE_MAX + 1)).isEqualTo(1);
    assertThat(ExactSets.coreCandidates(new long[] {0, 0, 0, 10, 0, 2})).isEqualTo(10 + 2 * 16);

    ExactSets.Cores cores =
        ExactSets.Cores.of(new int[][] {{1, 2, 3, 4, 5}, {6, 7, 8, 9}}, new java.util.BitSet());
    assertThat(cores.size()).isEqualTo(16 + 5);
    java.util.Set<java.util.List<Integer>> sets = new java.util.HashSet<>();
    for (int c = 0; c < cores.size(); c++) {
      sets.add(java.util.Arrays.stream(cores.actors(c)).boxed().toList());
      assertThat(cores.dropped(c)).isEqualTo(cores.actors(c).length < (c < 16 ? 5 : 4));
    }
    assertThat(sets).hasSize(21).contains(List.of(1, 3, 5), List.of(6, 7, 9));
    // a proposal spread over more than one burst proposes only itself
    java.util.BitSet loose = new java.util.BitSet();
    loose.set(0);
    assertThat(ExactSets.Cores.of(new int[][] {{1, 2, 3, 4, 5}}, loose).size()).isEqualTo(1);
  }

  /**
   * 400 accounts retweeting 150 posts (each by 10-60 of them, at any time over two weeks); {@code
   * group} more accounts retweet the same way and, besides, at two moments three days apart,
   * retweet together, within a minute, one of those posts that others retweeted too (the same
   * accounts each time when {@code sameAccounts}, else twelve of the 400 picked anew each time).
   */
  static String retweets(int group, boolean sameAccounts, long seed) {
    return retweets(group, sameAccounts, 0, seed);
  }

  /**
   * As above, but each post retweeted in a cascade (every 2.2 hours a post, retweeted four hours
   * after it on average) and the group's members as active as the others, retweeting 20 minutes
   * after the post with {@code others} of the 400 accounts, picked anew each time, in the same
   * minute.
   */
  static String retweets(int group, boolean sameAccounts, int others, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long t0 = Fixtures.START.getEpochSecond();
    boolean cascades = others > 0;
    long every = 14 * 86_400 / 150;
    List<String> lines = new ArrayList<>();
    for (int n = 0; n < 150; n++) {
      int retweeters = 10 + r.nextInt(50);
      for (int k = 0; k < retweeters; k++) {
        String name = "user" + r.nextInt(400);
        if (group > 0 && (cascades ? r.nextInt(400 + group) < group : r.nextInt(8) == 0)) {
          name = "group_" + r.nextInt(group);
        }
        long at =
            cascades
                ? t0 + n * every + (long) (-14_400 * Math.log(1 - r.nextDouble()))
                : t0 + r.nextLong(14 * 86_400);
        lines.add(retweet(name, at, n));
      }
    }
    for (int i = 0; i < 2; i++) {
      int post = 10 * i + 3;
      long moment = cascades ? t0 + post * every + 1_200 : t0 + (i + 1) * 3 * 86_400;
      for (int m = 0; m < group; m++) {
        String name = sameAccounts ? "group_" + m : "user" + r.nextInt(400);
        lines.add(retweet(name, moment + r.nextInt(60), post));
      }
      for (int k = 0; k < others; k++) {
        lines.add(retweet("user" + r.nextInt(400), moment + r.nextInt(60), post));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String retweet(String account, long time, int post) {
    return Fixtures.json(
        account, time, "RT @source: story " + post, null, "post" + post, List.of(), List.of());
  }

  @Test
  void accountsThatAloneRetweetedPostsOthersRetweetedTooWithinAMinuteTwiceAreOneGroup() {
    // each post's retweeters are not the group alone, but each burst is
    Detection d = UnsharedItemsTest.detect(retweets(12, true, 11));

    Cluster group = groupCluster(d);
    assertThat(group.accounts()).hasSize(12).allMatch(a -> a.startsWith("group_"));
    assertThat(group.reasons()).anyMatch(reason -> reason.signal() == Signal.CO_RETWEET);
  }

  @Test
  void accountsRetweetingTogetherTwiceAreOneGroupThoughOthersRetweetedInTheSameMinute() {
    // one or two ordinary retweeters fell into each of the group's bursts: no burst is the group
    // alone, so neither is an exact set (the group was missed until the tenth release of
    // 2026-12-08); the group is the core both bursts hold
    for (int others = 1; others <= 2; others++) {
      Detection d = UnsharedItemsTest.detect(retweets(3, true, others, 11));

      Cluster group = groupCluster(d);
      assertThat(group.accounts()).as("%d others", others).hasSize(3);
      assertThat(group.accounts()).allMatch(a -> a.startsWith("group_"));
      assertThat(group.reasons()).anyMatch(reason -> reason.signal() == Signal.CO_RETWEET);
    }
  }

  @Test
  void burstsSharingTwoAccountsAreNoGroup() {
    // two accounts retweeting together twice, with others each time: two is a pair, not a set
    Detection d = UnsharedItemsTest.detect(retweets(2, true, 2, 11));

    assertThat(d.clusters()).allMatch(c -> c.accounts().size() <= 2);
  }

  @Test
  void burstsOfDifferentAccountsAreNoExactSet() {
    // two bursts of twelve retweeters each, as a popular post gets, but not the same twelve
    Detection d = UnsharedItemsTest.detect(retweets(12, false, 11));

    assertThat(d.clusters()).allMatch(c -> c.accounts().size() <= 2);
  }

  @Test
  void aLooseSetsPairThatAFirstPassSetKeptIsLeftForTheInterestModel() {
    // pairs 0-1 (passed alone), 1-2 and 0-2 (kept only by a first-pass coordinated set); the
    // loose exact set {0, 1, 2} left 0-1 and 1-2 to the interest model: the edges the interest
    // model starts from keep both (1-2 was dropped until the tenth release of 2026-12-08, and a
    // three-account group with its set); 0-2, nobody's to judge, goes as before
    SignalEdges.Kept first = new SignalEdges.Kept(3);
    first.add(0, 1, 2, 0.5, 1e-6, 3.0);
    first.add(0, 2, 2, 0.4, 1e-3, 2.5);
    first.markBySet();
    first.add(1, 2, 2, 0.4, 1e-3, 2.5);
    first.markBySet();
    ExactSets.LooseSet set =
        new ExactSets.LooseSet(
            new int[] {0, 1, 2},
            new long[] {SignalEdges.pairKey(0, 1), SignalEdges.pairKey(1, 2)},
            2,
            new long[] {0, 0, 0, 10},
            null,
            false,
            1e-4,
            1e-8);
    SignalEdges.Chance chance =
        new SignalEdges.Chance(
            new ItemActors.Postings(new int[] {0}, new int[0]),
            new int[0],
            null,
            new int[] {1, 1, 1},
            null,
            3,
            3,
            false,
            List.of(set));

    SignalEdges alone = first.build(Signal.CO_HASHTAG, new double[0], chance, 2, 1).alone();

    assertThat(alone.size()).isEqualTo(2);
    assertThat(alone.b[0]).isEqualTo(1);
    assertThat(alone.a[1]).isEqualTo(1);
    assertThat(alone.b[1]).isEqualTo(2);
  }

  @Test
  void aFirstPassEdgeInsideAStandingSetBecomesTheSetsEdge() {
    // the first pass kept 0-1 and 1-2; the set {0, 1, 3} stood: 0-1 is now its edge (the
    // interest model keeps it), 1-2 is not, and the set's new pair 0-3 is added
    SignalEdges.Kept first = new SignalEdges.Kept(4);
    first.add(0, 1, 2, 0.5, 1e-4, 3.0);
    first.add(1, 2, 2, 0.4, 2e-4, 2.5);
    SignalEdges edges = first.build(Signal.CO_RETWEET, new double[0], null);
    SignalEdges.Kept more = new SignalEdges.Kept(1);
    more.add(0, 3, 2, 0.3, 1e-12, 2.0);
    more.markExact();

    SignalEdges after = edges.with(more, java.util.Map.of(SignalEdges.pairKey(1, 0), 1e-12));

    assertThat(after.size()).isEqualTo(3);
    assertThat(after.exact(0)).isTrue();
    assertThat(after.pValue[0]).isEqualTo(1e-12);
    assertThat(after.weight[0]).isEqualTo(0.5);
    assertThat(after.exact(1)).isFalse();
    assertThat(after.pValue[1]).isEqualTo(2e-4);
    assertThat(after.exact(2)).isTrue();
    assertThat(after.b[2]).isEqualTo(3);
  }
}
