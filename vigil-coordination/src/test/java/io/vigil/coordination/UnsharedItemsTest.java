package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Items nobody else acted on still count as chances: when a group's items are the only ones anyone
 * shares in a signal, the null model must not take the group's sharing for what its members would
 * do anyway. (Until 2026-12-07 an account's degree counted only the items someone else also acted
 * on; these inputs then gave no cluster at all.)
 */
class UnsharedItemsTest {
  static final String[] WORDS =
      "vote county market weather music game school river coffee movie city night garden price"
          .split(" ");

  /** 300 accounts writing texts and links of their own; groups of 3, 5 and 8 acting together. */
  static String input(boolean links, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long t0 = Fixtures.START.getEpochSecond();
    List<String> lines = new ArrayList<>();
    for (int a = 0; a < 300; a++) {
      for (int k = 0; k < 12; k++) {
        lines.add(
            Fixtures.json(
                "user" + a,
                t0 + r.nextLong(14 * 86_400),
                words(r, 10),
                null,
                null,
                links ? List.of("https://site" + a + ".example/" + k) : List.of(),
                List.of()));
      }
    }
    int[] sizes = {3, 5, 8};
    for (int g = 0; g < sizes.length; g++) {
      for (int i = 0; i < 4; i++) {
        long moment = t0 + r.nextLong(13 * 86_400);
        String copy = "URGENT everyone " + words(r, 10) + " must share this now";
        for (int m = 0; m < sizes[g]; m++) {
          lines.add(
              Fixtures.json(
                  "group" + g + "_" + m,
                  moment + r.nextInt(60),
                  links ? words(r, 8) : copy + (r.nextBoolean() ? "" : " please"),
                  null,
                  null,
                  links ? List.of("https://campaign" + g + ".example/" + i) : List.of(),
                  List.of()));
        }
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String words(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < n; w++) {
      b.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  static Detection detect(String jsonl) {
    return new CoordinationDetector(Clock.systemUTC())
        .detect(Fixtures.stream(jsonl), "own.jsonl", PostFormat.JSONL, DetectionOptions.defaults());
  }

  static void assertGroupsExactly(Detection d, Signal signal) {
    assertThat(d.clusters()).hasSize(3);
    for (Cluster c : d.clusters()) {
      String group = c.accounts().get(0).substring(0, "group0".length());
      assertThat(c.accounts()).allMatch(a -> a.startsWith(group + "_"));
      assertThat(c.accounts()).hasSize(group.endsWith("0") ? 3 : group.endsWith("1") ? 5 : 8);
      assertThat(c.reasons()).anyMatch(reason -> reason.signal() == signal);
    }
  }

  @Test
  void aCopypastaGroupIsFoundWhenNobodyElseSharesAText() {
    assertGroupsExactly(detect(input(false, 1)), Signal.NEAR_DUPLICATE);
  }

  @Test
  void aLinkGroupIsFoundWhenEveryOtherLinkIsUnique() {
    assertGroupsExactly(detect(input(true, 2)), Signal.CO_LINK);
  }
}
