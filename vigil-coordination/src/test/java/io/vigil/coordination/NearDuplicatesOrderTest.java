package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicate families do not depend on the order of the texts. Three texts in one LSH bucket,
 * where A and B agree, and B and C, but not A and C, were one family when B came first and two when
 * A did, as each text was checked against its bucket's first text; the representative is now the
 * bucket's text of least signature.
 */
class NearDuplicatesOrderTest {
  /**
   * Signatures of 20 positions (5 bands of 4) sharing band 0 only: B differs from A at one position
   * of each other band (16 of 20 agree, the 0.8 needed), C from B at four others, so A and C agree
   * on 12.
   */
  private static int[] signature(String which) {
    int[] s = new int[20];
    for (int k = 0; k < 20; k++) {
      s[k] = 1_000 + k;
    }
    if (!which.equals("A")) {
      for (int k : new int[] {4, 8, 12, 16}) {
        s[k] = 500 + k; // below A's: B is the least of the three, and represents the bucket
      }
    }
    if (which.equals("C")) {
      for (int k : new int[] {5, 9, 13, 17}) {
        s[k] = 3_000 + k;
      }
    }
    return s;
  }

  /** The families (as sets of text names) of the texts added in the given order. */
  private static TreeSet<String> families(List<String> order) {
    NearDuplicates texts = new NearDuplicates();
    for (int i = 0; i < order.size(); i++) {
      texts.add(i, 100 + i, "text " + order.get(i), signature(order.get(i)));
    }
    SignalActions target = new SignalActions(Signal.NEAR_DUPLICATE);
    texts.emit(target, 0.8);
    Map<Integer, TreeSet<String>> byItem = new HashMap<>();
    for (int a = 0; a < target.size(); a++) {
      byItem
          .computeIfAbsent(target.items.get(a), x -> new TreeSet<>())
          .add(order.get(target.accounts.get(a)));
    }
    TreeSet<String> out = new TreeSet<>();
    byItem.values().forEach(f -> out.add(String.join("", f)));
    return out;
  }

  @Test
  void aChainOfCopiesIsOneFamilyWhicheverTextComesFirst() {
    List<List<String>> orders = new ArrayList<>();
    for (String x : List.of("A", "B", "C")) {
      for (String y : List.of("A", "B", "C")) {
        for (String z : List.of("A", "B", "C")) {
          if (!x.equals(y) && !y.equals(z) && !x.equals(z)) {
            orders.add(List.of(x, y, z));
          }
        }
      }
    }

    assertThat(orders).hasSize(6);
    for (List<String> order : orders) {
      assertThat(families(order)).as("texts in the order %s", order).containsExactly("ABC");
    }
  }

  @Test
  void signaturesAreOrderedPositionByPosition() {
    assertThat(NearDuplicates.compare(signature("B"), 0, signature("A"), 0)).isNegative();
    assertThat(NearDuplicates.compare(signature("B"), 0, signature("C"), 0)).isNegative();
    assertThat(NearDuplicates.compare(signature("C"), 0, signature("A"), 0)).isNegative();
    assertThat(NearDuplicates.compare(signature("C"), 0, signature("C"), 0)).isZero();
  }
}
