package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The claim the Spark module will rest on: the aggregate-by-pair step run per partition of items
 * and reduced by pair key gives exactly what one run over all items gives.
 */
class PartitionedAggregationTest {

  @ParameterizedTest
  @EnumSource(
      value = Signal.class,
      names = {"CO_RETWEET", "CO_LINK", "CO_HASHTAG", "NEAR_DUPLICATE", "SYNCHRONIZED"})
  void pairPartialsOfItemPartitionsAddUpToTheSingleRun(Signal signal) {
    DetectionOptions options = DetectionOptions.defaults();
    Features features = new Features(options);
    PostInput.read(
        Fixtures.stream(Fixtures.planted(4, 5, 30, 13L).jsonl()),
        "planted.jsonl",
        PostFormat.JSONL,
        false,
        features);
    features.finish();
    int accounts = features.accountCount();
    ItemGroups groups = ItemGroups.of(features.actions.get(signal), accounts);
    SignalEdges edges = SignalEdges.compute(groups, accounts, options);
    long window = options.coActionWindowSeconds(signal);
    int items = groups.itemCount();

    SignalEdges.PairTable whole =
        SignalEdges.pairs(groups, edges.itemIdf, 0, items, window, accounts, 16, null);
    SignalEdges.PairTable reduced = new SignalEdges.PairTable(16);
    int parts = 3;
    for (int p = 0; p < parts; p++) {
      reduced.merge(
          SignalEdges.pairs(
              groups,
              edges.itemIdf,
              items * p / parts,
              items * (p + 1) / parts,
              window,
              accounts,
              16,
              null));
    }

    assertThat(whole.size()).isPositive();
    assertThat(reduced.size()).isEqualTo(whole.size());
    for (int s = 0; s < whole.size(); s++) {
      double[] r = reduced.get(whole.first(s), whole.second(s));
      assertThat(r).isNotNull();
      assertThat(r[0]).isEqualTo(whole.count(s));
      assertThat(r[1]).isCloseTo(whole.weight(s), org.assertj.core.api.Assertions.within(1e-9));
    }
    for (int e = 0; e < edges.size(); e++) {
      assertThat(reduced.get(edges.a[e], edges.b[e])[0]).isEqualTo(edges.coActions[e]);
    }
  }
}
