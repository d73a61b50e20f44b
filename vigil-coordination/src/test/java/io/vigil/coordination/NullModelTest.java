package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NullModelTest {
  @Test
  void poissonTailBoundsTheExactTailFromAbove() {
    // P(X >= 3 | mu = 0.5) = 1 - e^-0.5 (1 + 0.5 + 0.125) = 0.014388
    double exact = 1 - Math.exp(-0.5) * (1 + 0.5 + 0.125);
    double bound = NullModel.poissonTail(3, 0.5);
    assertThat(bound).isGreaterThanOrEqualTo(exact).isLessThan(exact * 1.2);
  }

  @Test
  void sharingNoMoreThanExpectedIsNeverSignificant() {
    assertThat(NullModel.poissonTail(5, 5.0)).isEqualTo(1.0);
    assertThat(NullModel.poissonTail(40, 5.0)).isLessThan(1e-15);
  }

  @Test
  void expectedOverlapIsTheSumOverItemsOfBothAccountsChances() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    int[] degree = new int[400];
    double total = 0;
    for (int i = 0; i < degree.length; i++) {
      degree[i] = i % 7 == 0 ? 0 : 2 + (int) (60 / (1 + r.nextInt(60))); // heavy-tailed
      total += degree[i];
    }
    NullModel.Popularity chance = new NullModel.Popularity(degree, 1000);
    for (int[] pair : new int[][] {{3, 5}, {40, 12}, {250, 250}, {900, 2}}) {
      double brute = 0;
      for (int k : degree) {
        brute += Math.min(1, pair[0] * k / total) * Math.min(1, pair[1] * k / total);
      }
      assertThat(chance.expected(pair[0], pair[1])).as("%s", pair).isCloseTo(brute, within(1e-9));
    }
  }

  @Test
  void itemsActedOnTogetherRarelyAddLittleToTheExpectedOverlapWithinTheWindow() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(4);
    int[] degree = new int[300];
    double[] together = new double[300];
    double total = 0;
    for (int i = 0; i < degree.length; i++) {
      degree[i] = 2 + r.nextInt(80);
      together[i] = r.nextDouble();
      total += degree[i];
    }
    NullModel.Popularity anyTime = new NullModel.Popularity(degree, 500);
    NullModel.Popularity inWindow = new NullModel.Popularity(degree, together, 500);
    for (int[] pair : new int[][] {{4, 9}, {60, 35}, {700, 20}}) {
      double brute = 0;
      for (int i = 0; i < degree.length; i++) {
        brute +=
            Math.min(1, pair[0] * degree[i] / total)
                * Math.min(1, pair[1] * degree[i] / total)
                * together[i];
      }
      assertThat(inWindow.expected(pair[0], pair[1])).isCloseTo(brute, within(1e-9));
      assertThat(inWindow.expected(pair[0], pair[1]))
          .isLessThan(anyTime.expected(pair[0], pair[1]));
    }
  }

  @Test
  void popularItemsAreSharedByChanceMoreOftenThanEquallyPopularOnes() {
    int[] even = new int[100];
    java.util.Arrays.fill(even, 10);
    int[] skewed = new int[100];
    java.util.Arrays.fill(skewed, 2);
    skewed[0] = 802; // the same 1,000 account-item pairs, one item takes most of them
    double uniform = 1.0 * 1 / 100; // n_a n_b / N: every item equally likely
    assertThat(new NullModel.Popularity(even, 1000).expected(1, 1))
        .isCloseTo(uniform, within(1e-9));
    assertThat(new NullModel.Popularity(skewed, 1000).expected(1, 1)).isGreaterThan(50 * uniform);
  }

  @Test
  void weightedTailBoundsTheSimulatedTailFromAbove() {
    // items of Zipf-like popularity among A = 300 accounts; two accounts of 20 and 40 items draw
    // them independently with the model's chances; the bound must hold at every level tried
    int accounts = 300;
    int[] degree = new int[200];
    double total = 0;
    for (int i = 0; i < degree.length; i++) {
      degree[i] = Math.max(2, 250 / (i + 1));
      total += degree[i];
    }
    NullModel.Popularity chance = new NullModel.Popularity(degree, accounts);
    java.util.SplittableRandom r = new java.util.SplittableRandom(9);
    int runs = 200_000;
    double[] sums = new double[runs];
    for (int run = 0; run < runs; run++) {
      double w = 0;
      for (int k : degree) {
        if (r.nextDouble() < Math.min(1, 20 * k / total)
            && r.nextDouble() < Math.min(1, 40 * k / total)) {
          w += Math.log((double) accounts / k);
        }
      }
      sums[run] = w;
    }
    for (double level : new double[] {2, 5, 10, 15}) {
      long above = java.util.Arrays.stream(sums).filter(x -> x >= level).count();
      assertThat(chance.weightedTail(20, 40, level))
          .as("w >= %s", level)
          .isGreaterThanOrEqualTo((double) above / runs);
    }
    // and it is a bound that says something: far in the tail it is small
    assertThat(chance.weightedTail(20, 40, 60)).isLessThan(1e-3);
  }

  @Test
  void sharingRareItemsIsStrongerEvidenceThanSharingHits() {
    int accounts = 400;
    int[] degree = new int[500];
    for (int i = 0; i < degree.length; i++) {
      degree[i] = Math.max(2, 350 / (i + 1));
    }
    NullModel.Popularity chance = new NullModel.Popularity(degree, accounts);
    double rare = 5 * Math.log(accounts / 2.0);
    double hits = 5 * Math.log(accounts / 350.0);
    assertThat(chance.weightedTail(5, 5, rare)).isLessThan(1e-6);
    assertThat(chance.weightedTail(5, 5, hits)).isEqualTo(1.0);
  }

  @Test
  void discoveryLimitIsTheLargestPValueUnderTheBenjaminiHochbergLine() {
    // Benjamini & Hochberg 1995, step-up at q = 0.05 over 10 tests: p_(2) = 0.008 <= 2/10 * 0.05
    // is the last one under the line; two untested pairs (+infinity) do not count as tests
    double inf = Double.POSITIVE_INFINITY;
    double[] p = {0.205, 0.001, inf, 0.039, 0.041, 0.008, 0.042, 0.06, 0.074, inf, 0.212, 0.216};
    assertThat(NullModel.discoveryLimit(p, 10, 10, 0.05)).isEqualTo(0.008);
    // the same ten p-values among 1,000 hypotheses (990 pairs never co-acted: p = 1)
    assertThat(NullModel.discoveryLimit(p, 10, 1_000, 0.05)).isEqualTo(-1.0);
    // among 100 hypotheses at q = 0.5 the line is k * 0.005: 0.001 and 0.008 are under it, 0.039
    // (third, line 0.015) and every later one are not
    assertThat(NullModel.discoveryLimit(p, 10, 100, 0.5)).isEqualTo(0.008);
    assertThat(NullModel.discoveryLimit(new double[] {0.5, 0.2}, 2, 2, 0.05)).isNegative();
    assertThat(NullModel.discoveryLimit(new double[] {inf}, 0, 0, 0.05)).isNegative();
  }

  @Test
  void logGammaMatchesFactorials() {
    assertThat(NullModel.logGamma(6)).isCloseTo(Math.log(120), within(1e-9));
    assertThat(NullModel.logGamma(101)).isCloseTo(363.73937555556347, within(1e-6));
  }
}
