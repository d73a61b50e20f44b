package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidualSetsTest {
  @Test
  void accountsTiedTogetherByLinksTheInterestModelLeavesStrongFormACoordinatedSet() {
    // accounts 0-3: every pair strongly linked; 4-9: a chain of strong links (5 of 15 pairs);
    // 10-11: one strong link; 12-14: every pair linked, but weakly; 15-17 already in set 1;
    // 18-20: two strong links of three pairs; 21 weakly linked to three of 0-3, 22 to one of them
    SignalEdges.Kept kept = new SignalEdges.Kept(64);
    java.util.List<Double> p = new java.util.ArrayList<>();
    for (int x = 0; x < 4; x++) {
      for (int y = x + 1; y < 4; y++) {
        kept.add(x, y, 3, 0.5, 1e-7, 3.0);
        p.add(1e-7);
      }
    }
    for (int x = 4; x < 9; x++) {
      kept.add(x, x + 1, 3, 0.5, 1e-7, 3.0);
      p.add(1e-7);
    }
    kept.add(10, 11, 3, 0.5, 1e-7, 3.0);
    p.add(1e-7);
    for (int x = 12; x < 15; x++) {
      for (int y = x + 1; y < 15; y++) {
        kept.add(x, y, 3, 0.5, 1e-3, 3.0);
        p.add(1e-3);
      }
    }
    for (int x = 15; x < 18; x++) {
      for (int y = x + 1; y < 18; y++) {
        kept.add(x, y, 3, 0.5, 1e-7, 3.0);
        p.add(1e-7);
      }
    }
    kept.add(18, 19, 3, 0.5, 1e-7, 3.0);
    p.add(1e-7);
    kept.add(19, 20, 3, 0.5, 1e-7, 3.0);
    p.add(1e-7);
    for (int x = 0; x < 3; x++) {
      kept.add(x, 21, 2, 0.2, 1e-3, 2.0);
      p.add(1e-3);
    }
    kept.add(0, 22, 2, 0.2, 1e-3, 2.0);
    p.add(1e-3);
    SignalEdges edges = kept.build(Signal.CO_RETWEET, new double[0], null);
    int[] setOf = new int[23];
    setOf[15] = setOf[16] = setOf[17] = 1;

    int sets =
        CoordinatedSets.residual(
            edges, p.stream().mapToDouble(Double::doubleValue).toArray(), setOf, 1, 1e-5);

    assertThat(sets).isEqualTo(2);
    assertThat(setOf[0]).isEqualTo(2);
    assertThat(setOf[3]).isEqualTo(2);
    assertThat(setOf[4]).as("a chain is not tight enough").isZero();
    assertThat(setOf[10]).as("two accounts are no set").isZero();
    assertThat(setOf[12]).as("weak links do not count").isZero();
    assertThat(setOf[15]).as("already in a set").isEqualTo(1);
    assertThat(setOf[19]).as("a path of two strong links has no 2-core").isZero();
    assertThat(setOf[21]).as("linked to half of the set or more: joins it").isEqualTo(2);
    assertThat(setOf[22]).as("linked to one of four").isZero();
  }
}
