package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The same posts in another order give the same clusters: an export sorted by time, by account or
 * not at all is the same evidence. Leiden numbers accounts by name (CombinedNetwork), similar
 * content breaks ties by term keys (ContentSimilarity) and a near-duplicate bucket is represented
 * by its least signature (NearDuplicates); ten shuffled independent worlds of the module README
 * give their in-order clusters too.
 */
class PostOrderTest {
  private static TreeSet<String> clusters(List<String> lines, DetectionOptions options) {
    Detection d =
        new CoordinationDetector(Clock.systemUTC())
            .detect(
                Fixtures.stream(String.join("\n", lines) + "\n"),
                "posts.jsonl",
                PostFormat.JSONL,
                options);
    TreeSet<String> out = new TreeSet<>();
    for (Cluster c : d.clusters()) {
      out.add(String.join(",", new TreeSet<>(c.accounts())));
    }
    return out;
  }

  private static void assertOrderBlind(String jsonl, DetectionOptions options) {
    List<String> lines = new ArrayList<>(Arrays.asList(jsonl.split("\n")));
    TreeSet<String> inOrder = clusters(lines, options);

    assertThat(inOrder).isNotEmpty();
    for (long seed = 1; seed <= 2; seed++) {
      List<String> shuffled = new ArrayList<>(lines);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(clusters(shuffled, options)).as("shuffled with seed %d", seed).isEqualTo(inOrder);
    }
  }

  @Test
  void plantedGroupsAmongBackgroundAccountsAreTheSameClustersInAnyOrder() {
    assertOrderBlind(Fixtures.planted(4, 5, 30, 13L).jsonl(), DetectionOptions.defaults());
  }

  @Test
  void communitiesOfInterestJudgedByTheInterestModelAreTheSameClustersInAnyOrder() {
    // ten topics of 100 accounts; without the daily cycle the morning catch-up clusters some of
    // them, through the interest model's blocks and second Leiden run
    assertOrderBlind(
        DailyCycleTest.sleepers(4),
        DetectionOptions.defaults()
            .withSignals(EnumSet.of(Signal.CO_RETWEET))
            .withDailyCycle(false));
  }
}
