package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Similar content gives the same edges however the posts are ordered. Its profiles keep each
 * account's 200 heaviest terms, and terms used once by as many accounts weigh the same: which of
 * them stayed used to be the first seen, so the same posts shuffled changed profiles, cosines and
 * edges (found on an independent world of news bots, eighth release of 2026-12-07).
 */
class ContentSimilarityOrderTest {
  /**
   * Posts of 60 accounts in six topics: each account writes 300 distinct words once, half from its
   * topic's 200 words and half from 600 common ones, ten posts of 30 words. Words used once by as
   * many accounts weigh the same, and the profiles' last places go to common words of one weight.
   */
  private static List<String> posts(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long t0 = Fixtures.START.getEpochSecond();
    List<String> lines = new ArrayList<>();
    for (int a = 0; a < 60; a++) {
      TreeSet<String> words = new TreeSet<>();
      while (words.size() < 150) {
        words.add("topic" + (a % 6) + "w" + r.nextInt(200));
      }
      while (words.size() < 300) {
        words.add("common" + r.nextInt(600));
      }
      List<String> shuffled = new ArrayList<>(words);
      Collections.shuffle(shuffled, new java.util.Random(r.nextLong()));
      for (int p = 0; p < 10; p++) {
        String text = String.join(" ", shuffled.subList(p * 30, p * 30 + 30));
        lines.add(
            Fixtures.json(
                "acc" + a, t0 + r.nextLong(14 * 86_400), text, null, null, List.of(), List.of()));
      }
    }
    return lines;
  }

  /** The similar-content edges of the posts read in the given order, named and rounded. */
  private static TreeSet<String> edges(List<String> lines) {
    DetectionOptions options = DetectionOptions.defaults();
    Features features = new Features(options);
    PostInput.read(
        Fixtures.stream(String.join("\n", lines) + "\n"),
        "posts.jsonl",
        PostFormat.JSONL,
        false,
        features);
    features.finish();
    SignalEdges e =
        ContentSimilarity.compute(
            features.actions.get(Signal.SIMILAR_CONTENT),
            features.termUses,
            features.accountCount(),
            options);
    TreeSet<String> out = new TreeSet<>();
    for (int i = 0; i < e.size(); i++) {
      String x = features.accountNames.get(e.a[i]);
      String y = features.accountNames.get(e.b[i]);
      out.add(
          (x.compareTo(y) < 0 ? x + " " + y : y + " " + x)
              + String.format(" %d %.9f %.6e", e.coActions[i], e.weight[i], e.pValue[i]));
    }
    return out;
  }

  @Test
  void theSamePostsInAnotherOrderGiveTheSameSimilarContentEdges() {
    List<String> lines = posts(3);
    TreeSet<String> inOrder = edges(lines);

    assertThat(inOrder).hasSizeGreaterThan(10);
    for (long seed = 1; seed <= 3; seed++) {
      List<String> shuffled = new ArrayList<>(lines);
      Collections.shuffle(shuffled, new java.util.Random(seed));
      assertThat(edges(shuffled)).isEqualTo(inOrder);
    }
  }
}
