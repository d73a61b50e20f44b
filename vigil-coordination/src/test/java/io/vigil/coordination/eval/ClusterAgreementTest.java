package io.vigil.coordination.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterAgreementTest {
  @Test
  void identicalPartitionsAgreeFullyWhateverTheClusterNumbers() {
    Map<String, String> labels = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    Map<String, Integer> clusters = Map.of("a", 7, "b", 7, "c", 3, "d", 3);
    Agreement g = ClusterAgreement.of(labels, clusters);
    assertThat(g.ari()).isCloseTo(1.0, within(1e-12));
    assertThat(g.nmi()).isCloseTo(1.0, within(1e-12));
    assertThat(g.purity()).isEqualTo(1.0);
    assertThat(g.coverage()).isEqualTo(1.0);
  }

  @Test
  void matchesTheTextbookAdjustedRandIndex() {
    // labels 000111 vs clusters 001122: ARI = 0.2424... (Hubert & Arabie; scikit-learn agrees)
    Map<String, String> labels = Map.of("a", "0", "b", "0", "c", "0", "d", "1", "e", "1", "f", "1");
    Map<String, Integer> clusters = Map.of("a", 0, "b", 0, "c", 1, "d", 1, "e", 2, "f", 2);
    Agreement g = ClusterAgreement.of(labels, clusters);
    assertThat(g.ari()).isCloseTo(0.24242424, within(1e-6));
    assertThat(g.purity()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(g.inversePurity()).isCloseTo(4.0 / 6, within(1e-12));
  }

  @Test
  void coverageCountsOnlyClusteredLabelledAccounts() {
    Map<String, String> labels = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    Agreement g = ClusterAgreement.of(labels, Map.of("a", 1, "b", 1));
    assertThat(g.covered()).isEqualTo(2);
    assertThat(g.coverage()).isEqualTo(0.5);
  }
}
