package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.coordination.DistributedSteps.AccountPair;
import io.vigil.coordination.DistributedSteps.AccountPartial;
import io.vigil.coordination.DistributedSteps.Action;
import io.vigil.coordination.DistributedSteps.ActorSet;
import io.vigil.coordination.DistributedSteps.ItemChance;
import io.vigil.coordination.DistributedSteps.ItemPart;
import io.vigil.coordination.DistributedSteps.PairEdge;
import io.vigil.coordination.DistributedSteps.PairPartial;
import io.vigil.coordination.DistributedSteps.SetEvidence;
import io.vigil.coordination.DistributedSteps.SetParts;
import io.vigil.coordination.DistributedSteps.SetProposal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact sets run as a distributed job runs them (group by item, then by actor set, then the
 * driver's test) give the single machine's edges: the steps of {@link DistributedSteps} driven here
 * by plain maps in place of Spark's shuffles, over an input split in two as two tasks would read
 * it.
 */
class DistributedExactSetsTest {
  @TempDir Path dir;

  /** The sets tested where they were grouped, and those that stood, in the last distributed run. */
  private final List<List<String>> tested = new ArrayList<>();

  private final List<List<String>> stood = new ArrayList<>();

  /** What the distributed steps give, each signal's kept edges, with or without exact sets. */
  private Map<Signal, List<PairEdge>> distributed(List<Path> files, boolean exactSets)
      throws Exception {
    DetectionOptions options = DistributedSteps.distributed(DetectionOptions.defaults());
    List<Action> actions = new ArrayList<>();
    for (Path f : files) {
      try (var in = Files.newInputStream(f)) {
        DistributedSteps.actions(
            in, f.getFileName().toString(), PostFormat.JSONL, options, actions::add, t -> {});
      }
    }
    Map<Signal, Map<Long, List<Action>>> byItem = new EnumMap<>(Signal.class);
    Map<Signal, java.util.Set<String>> active = new EnumMap<>(Signal.class);
    for (Action a : actions) {
      byItem
          .computeIfAbsent(a.signal(), s -> new LinkedHashMap<>())
          .computeIfAbsent(a.item(), i -> new ArrayList<>())
          .add(a);
      active.computeIfAbsent(a.signal(), s -> new java.util.HashSet<>()).add(a.account());
    }
    Map<Signal, List<PairEdge>> out = new EnumMap<>(Signal.class);
    tested.clear();
    stood.clear();
    for (Signal s : options.signals()) {
      if (s == Signal.NEAR_DUPLICATE) {
        continue; // its families are another step; this test is about the sets
      }
      if (!byItem.containsKey(s)) {
        out.put(s, List.of());
        continue;
      }
      long a = active.get(s).size();
      Map<AccountPair, PairPartial> pairs = new HashMap<>();
      Map<String, AccountPartial> accounts = new HashMap<>();
      List<ItemChance> items = new ArrayList<>();
      Map<ActorSet, List<SetProposal>> bySet = new HashMap<>();
      Map<Integer, Long> ofSize = new HashMap<>();
      for (List<Action> one : byItem.get(s).values()) {
        ItemPart p = DistributedSteps.item(s, one, a, options);
        if (!p.counted()) {
          continue;
        }
        items.add(new ItemChance(p.degree(), p.together()));
        for (AccountPair pair : p.pairs()) {
          pairs.merge(pair, new PairPartial(1, p.idf()), PairPartial::plus);
        }
        for (String actor : p.actors()) {
          accounts.merge(actor, new AccountPartial(1, p.idf()), AccountPartial::plus);
        }
        for (SetProposal q : p.proposals()) {
          bySet.computeIfAbsent(q.key(), k -> new ArrayList<>()).add(q);
          if (!q.core()) {
            ofSize.merge(q.accounts().size(), 1L, Long::sum);
          }
        }
      }
      int minCo = options.settings().get(s).minCoActions();
      pairs.values().removeIf(v -> v.shared() < minCo);
      // tested where the set was grouped, against the signal's totals: only sets that stand go on
      Map<String, Integer> eligible = new HashMap<>();
      accounts.forEach((name, partial) -> eligible.put(name, partial.eligibleItems()));
      long degree = items.stream().mapToLong(ItemChance::degree).sum();
      List<SetEvidence> evidence = new ArrayList<>();
      for (List<SetProposal> same : bySet.values()) {
        for (SetEvidence e : DistributedSteps.exactSet(same, options)) {
          tested.add(e.accounts());
          if (DistributedSteps.setStands(e, eligible, ofSize, degree, options)) {
            evidence.add(e);
            stood.add(e.accounts());
          }
        }
      }
      SetParts parts = exactSets ? new SetParts(evidence, ofSize) : SetParts.none();
      out.put(s, DistributedSteps.edges(s, pairs, accounts, items, a, parts, options));
    }
    return out;
  }

  /** The input in two files, alternate lines, as two tasks would read two inputs. */
  private List<Path> split(String jsonl) throws Exception {
    List<StringBuilder> parts = List.of(new StringBuilder(), new StringBuilder());
    String[] lines = jsonl.split("\n");
    for (int i = 0; i < lines.length; i++) {
      parts.get(i % 2).append(lines[i]).append('\n');
    }
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path f = dir.resolve("part" + i + ".jsonl");
      Files.writeString(f, parts.get(i), StandardCharsets.UTF_8);
      files.add(f);
    }
    return files;
  }

  private static boolean groupPair(PairEdge e) {
    return e.first().startsWith("group_") && e.second().startsWith("group_");
  }

  private static Map<Signal, List<PairEdge>> withoutNearDuplicates(Map<Signal, List<PairEdge>> m) {
    Map<Signal, List<PairEdge>> out = new EnumMap<>(m);
    out.remove(Signal.NEAR_DUPLICATE);
    return out;
  }

  /**
   * The same pairs with the same co-actions, weights and p-values up to rounding (sums of logs and
   * of idf taken in another order: by account name and item key here, by first appearance there).
   */
  private static void assertEqualEdges(
      Map<Signal, List<PairEdge>> actual, Map<Signal, List<PairEdge>> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (signal, edges) -> {
          assertThat(actual.get(signal))
              .as("edges of %s", signal)
              .usingElementComparator(
                  (x, y) ->
                      x.first().equals(y.first())
                              && x.second().equals(y.second())
                              && x.coActions() == y.coActions()
                              && Math.abs(x.weight() - y.weight()) <= 1e-9
                              && Math.abs(x.pValue() - y.pValue()) <= 1e-9 * y.pValue()
                          ? 0
                          : 1)
              .containsExactlyElementsOf(edges);
        });
  }

  @Test
  void aGroupAloneOnItsLinksIsFoundByTheDistributedStepsAsOnOneMachine() throws Exception {
    List<Path> files = split(ExactSetsTest.input(12, 2, false, 7));

    Map<Signal, List<PairEdge>> single =
        DistributedSteps.firstPass(files, PostFormat.JSONL, DetectionOptions.defaults());
    Map<Signal, List<PairEdge>> steps = distributed(files, true);
    // the group stood, as itself; other sets tested (cores of others' bursts) did not
    assertThat(stood).hasSize(1);
    assertThat(tested).containsAll(stood);

    assertEqualEdges(steps, withoutNearDuplicates(single));
    // the sets are what found the group: without them its 66 pairs are not all there
    assertThat(steps.get(Signal.CO_LINK))
        .filteredOn(DistributedExactSetsTest::groupPair)
        .hasSize(66);
    assertThat(distributed(files, false).get(Signal.CO_LINK))
        .filteredOn(DistributedExactSetsTest::groupPair)
        .hasSizeLessThan(66);
  }

  @Test
  void aGroupRetweetingInBurstsIsFoundByTheDistributedStepsAsOnOneMachine() throws Exception {
    List<Path> files = split(ExactSetsTest.retweets(12, true, 11));

    Map<Signal, List<PairEdge>> single =
        DistributedSteps.firstPass(files, PostFormat.JSONL, DetectionOptions.defaults());
    Map<Signal, List<PairEdge>> steps = distributed(files, true);

    assertEqualEdges(steps, withoutNearDuplicates(single));
    assertThat(steps.get(Signal.CO_RETWEET))
        .filteredOn(DistributedExactSetsTest::groupPair)
        .hasSize(66)
        .allMatch(e -> e.pValue() < 1e-10); // the set's p-value, each pair's alone is far weaker
    assertThat(stood)
        .contains(
            List.of(
                "group_0",
                "group_1",
                "group_10",
                "group_11",
                "group_2",
                "group_3",
                "group_4",
                "group_5",
                "group_6",
                "group_7",
                "group_8",
                "group_9"));
    assertThat(distributed(files, false).get(Signal.CO_RETWEET))
        .filteredOn(DistributedExactSetsTest::groupPair)
        .hasSizeLessThan(66);
  }

  @Test
  void aGroupWithOthersInItsBurstsIsFoundByTheDistributedStepsAsOnOneMachine() throws Exception {
    List<Path> files = split(ExactSetsTest.retweets(3, true, 2, 11));

    Map<Signal, List<PairEdge>> single =
        DistributedSteps.firstPass(files, PostFormat.JSONL, DetectionOptions.defaults());
    Map<Signal, List<PairEdge>> steps = distributed(files, true);

    assertEqualEdges(steps, withoutNearDuplicates(single));
    // the group stood as the core both its bursts hold, and its three pairs are the set's
    assertThat(stood).contains(List.of("group_0", "group_1", "group_2"));
    assertThat(steps.get(Signal.CO_RETWEET))
        .filteredOn(DistributedExactSetsTest::groupPair)
        .hasSize(3);
    assertThat(distributed(files, false).get(Signal.CO_RETWEET))
        .filteredOn(DistributedExactSetsTest::groupPair)
        .hasSizeLessThan(3);
  }

  @Test
  void burstsOfDifferentAccountsAddNoEdgeInTheDistributedSteps() throws Exception {
    List<Path> files = split(ExactSetsTest.retweets(12, false, 11));

    assertThat(distributed(files, true)).isEqualTo(distributed(files, false));
  }

  @Test
  void aShowsTagsUsedInTheSamePostsAllEveningAreOneAct() {
    // three accounts posting, over two hours, posts that each carry both tags (items 1 and 2)
    List<String> set = List.of("a", "b", "c");
    int[] members = {0, 1, 2, 0, 1, 2};
    int[] times = {0, 1_500, 3_000, 4_000, 5_500, 7_200};
    SetProposal show =
        new SetProposal(Signal.CO_HASHTAG, set, 1, 2.0, false, List.of(), members, times);
    SetProposal episode =
        new SetProposal(Signal.CO_HASHTAG, set, 2, 2.0, false, List.of(), members, times);

    assertThat(DistributedSteps.exactSet(List.of(show, episode), DetectionOptions.defaults()))
        .isEmpty();
  }

  @Test
  void aSetProposedOnceOrActingInTheSamePostsIsNoEvidence() {
    DetectionOptions options = DetectionOptions.defaults();
    List<String> set = List.of("a", "b", "c");
    SetProposal first = link(set, 1, new int[] {0, 1, 2}, new int[] {100, 110, 120});
    SetProposal samePosts = link(set, 2, new int[] {0, 1, 2}, new int[] {100, 110, 120});
    SetProposal nextDay = link(set, 3, new int[] {1, 2, 0}, new int[] {86_500, 86_510, 86_515});

    SetProposal halfAnHourLater =
        link(set, 4, new int[] {0, 2, 1}, new int[] {1_900, 1_905, 1_930});

    assertThat(DistributedSteps.exactSet(List.of(first), options)).isEmpty();
    assertThat(DistributedSteps.exactSet(List.of(first, samePosts), options)).isEmpty();
    // within the co-link window of an hour, but a separate act
    assertThat(DistributedSteps.exactSet(List.of(first, halfAnHourLater), options)).hasSize(1);
    List<SetEvidence> evidence = DistributedSteps.exactSet(List.of(nextDay, first), options);
    assertThat(evidence).hasSize(1);
    SetEvidence e = evidence.get(0);
    assertThat(e.cores()).isFalse();
    assertThat(e.proposals()).isEqualTo(2);
    assertThat(e.timed()).isTrue();
    // every pair acted within the minute on both links: a-b, a-c, b-c at x * 3 + y
    assertThat(e.coActions()[1]).isEqualTo(2);
    assertThat(e.coActions()[2]).isEqualTo(2);
    assertThat(e.coActions()[5]).isEqualTo(2);
    assertThat(e.idfSums()[1]).isEqualTo(4.0);
  }

  @Test
  void aSetOfVeryActiveAccountsDoesNotStandWhereItIsGrouped() {
    // as ExactSetsTest.aSetOfVeryActiveAccountsIsNotRareEnough: three accounts sharing two items of
    // degree 3 among 5,000 such items stand if they act on 15 items each, not on 300
    SetEvidence e =
        new SetEvidence(
            Signal.CO_LINK, List.of("a", "b", "c"), 2, true, false, new int[9], new double[9]);
    Map<Integer, Long> sizes = Map.of(3, 5_000L);
    DetectionOptions options = DetectionOptions.defaults();

    assertThat(
            DistributedSteps.setStands(
                e, Map.of("a", 15, "b", 15, "c", 15), sizes, 30_000, options))
        .isTrue();
    assertThat(
            DistributedSteps.setStands(
                e, Map.of("a", 300, "b", 300, "c", 300), sizes, 30_000, options))
        .isFalse();
  }

  @Test
  void proposalsOfAnotherSetAreRefused() {
    SetProposal abc = link(List.of("a", "b", "c"), 1, new int[] {0, 1, 2}, new int[] {1, 2, 3});
    SetProposal abd = link(List.of("a", "b", "d"), 2, new int[] {0, 1, 2}, new int[] {1, 2, 3});

    assertThatThrownBy(
            () -> DistributedSteps.exactSet(List.of(abc, abd), DetectionOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one set's proposals");
  }

  /** A co-link proposal of all of {@code set} (no core) on item {@code item}, of idf 2. */
  private static SetProposal link(List<String> set, long item, int[] members, int[] times) {
    return new SetProposal(Signal.CO_LINK, set, item, 2.0, false, List.of(), members, times);
  }
}
