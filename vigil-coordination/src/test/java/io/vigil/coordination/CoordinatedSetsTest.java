package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The first pass tests tight groups as a whole (CoordinatedSets.firstPass): a group whose pairs
 * each fall short of the corrected threshold is still found when the group together is no chance,
 * and chance alone makes no such group.
 */
class CoordinatedSetsTest {
  /**
   * 200 accounts retweeting 30 of 1,000 posts at random over a week; three groups of four that each
   * retweet two posts of their own within five minutes (SmallInputsBenchmark's two-post shape).
   * Each group pair's p-value is about 3e-4, Benjamini-Hochberg over 22,000 pairs needs 1.6e-4:
   * until the sets were tested in the first pass, no group was found.
   */
  private static final int[] TWO_POSTS = {200, 30, 1000, 3, 4, 2, 300};

  private static Detection detect(String jsonl) {
    return new CoordinationDetector(Clock.systemUTC())
        .detect(Fixtures.stream(jsonl), "own.jsonl", PostFormat.JSONL, DetectionOptions.defaults());
  }

  @Test
  void aGroupRetweetingTwoPostsTogetherIsFoundThoughNoPairPassesAlone() {
    Detection d = detect(SmallInputsBenchmark.make(TWO_POSTS, "retweet", new SplittableRandom(7)));

    assertThat(d.clusters()).hasSize(3);
    for (Cluster c : d.clusters()) {
      String group = c.accounts().get(0).substring(0, 2);
      assertThat(c.accounts()).hasSize(4).allMatch(a -> a.startsWith(group + "m"));
      assertThat(c.reasons()).anyMatch(r -> r.signal() == Signal.CO_RETWEET);
    }
    assertThat(d.stats().keptByCoordinatedSet().get(Signal.CO_RETWEET))
        .as("the groups' pairs were kept by their sets, not alone")
        .isPositive();
    assertThat(d.stats().coordinatedSets()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theSameAccountsWithoutAGroupFormNoSet() {
    int[] none = TWO_POSTS.clone();
    none[3] = 0;
    for (long seed = 1; seed <= 3; seed++) {
      Detection d = detect(SmallInputsBenchmark.make(none, "retweet", new SplittableRandom(seed)));

      assertThat(d.clusters()).as("seed %d", seed).isEmpty();
      assertThat(d.stats().coordinatedSets()).as("seed %d", seed).isZero();
    }
  }
}
