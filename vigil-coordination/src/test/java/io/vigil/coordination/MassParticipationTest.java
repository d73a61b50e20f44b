package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What everybody does links nobody: posts most accounts retweeted in a burst, and the words of the
 * posts a topic's followers retweet. Both linked most organic accounts of an independent
 * reviewer-style world until the fifth release of 2026-12-07.
 */
class MassParticipationTest {
  private static final String[] WORDS =
      "vote county market weather music game school river coffee movie city night garden price"
          .split(" ");

  private static Detection detect(String jsonl, DetectionOptions options) {
    return new CoordinationDetector(Clock.systemUTC())
        .detect(Fixtures.stream(jsonl), "own.jsonl", PostFormat.JSONL, options);
  }

  private static String words(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < n; w++) {
      b.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(50));
    }
    return b.toString();
  }

  /**
   * 400 accounts, 100 of them active (60 retweets of a pool of 5,000 posts over a week) and 300
   * quiet (3-6); four viral posts, each retweeted by 240 of them within five minutes of one
   * another. The popularity model expects a quiet account to join a viral post rarely; a viral post
   * reaches the quiet accounts too.
   */
  static String viralWorld(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long t0 = Fixtures.START.getEpochSecond();
    List<String> lines = new ArrayList<>();
    int accounts = 400;
    for (int a = 0; a < accounts; a++) {
      int n = a < 100 ? 60 : 3 + r.nextInt(4);
      for (int k = 0; k < n; k++) {
        String post = "pool" + r.nextInt(5000);
        lines.add(
            Fixtures.json(
                "user" + a, t0 + r.nextLong(7 * 86_400), "", null, post, List.of(), List.of()));
      }
    }
    for (int v = 0; v < 4; v++) {
      long moment = t0 + 86_400 * (v + 1L);
      int[] order = r.ints(0, accounts).distinct().limit(240).toArray();
      for (int a : order) {
        lines.add(
            Fixtures.json(
                "user" + a, moment + r.nextInt(300), "", null, "viral" + v, List.of(), List.of()));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  @Test
  void postsMostAccountsRetweetedInABurstLinkNobody() {
    Detection d = detect(viralWorld(5), DetectionOptions.defaults());

    assertThat(d.clusters()).isEmpty();
  }

  /**
   * Three topics of 40 accounts; each account retweets 30 of its topic's posts, whose texts
   * ("RT @src: ...", as platform exports carry them) use the topic's words, and writes 10 posts of
   * general words of its own.
   */
  static String topicWorld(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long t0 = Fixtures.START.getEpochSecond();
    List<String> lines = new ArrayList<>();
    for (int a = 0; a < 120; a++) {
      int topic = a % 3;
      for (int k = 0; k < 30; k++) {
        int post = r.nextInt(200);
        StringBuilder text = new StringBuilder("RT @source" + topic + ":");
        SplittableRandom postWords = new SplittableRandom(topic * 1000L + post);
        for (int w = 0; w < 12; w++) {
          text.append(" topic").append(topic).append("word").append(postWords.nextInt(60));
        }
        lines.add(
            Fixtures.json(
                "user" + a,
                t0 + r.nextLong(14 * 86_400),
                text.toString(),
                null,
                "t" + topic + "p" + post,
                List.of(),
                List.of()));
      }
      for (int k = 0; k < 10; k++) {
        lines.add(
            Fixtures.json(
                "user" + a,
                t0 + r.nextLong(14 * 86_400),
                words(r, 12),
                null,
                null,
                List.of(),
                List.of()));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  @Test
  void theWordsOfRetweetedPostsDoNotMakeATopicsFollowersAlike() {
    Detection d =
        detect(
            topicWorld(9),
            DetectionOptions.defaults().withSignals(EnumSet.of(Signal.SIMILAR_CONTENT)));

    assertThat(d.stats().signalEdges().get(Signal.SIMILAR_CONTENT)).isZero();
    assertThat(d.clusters()).isEmpty();
  }

  /**
   * 200 accounts that each reply to 3 of 12 popular posts, within 40 minutes of the post (a reply
   * storm), and to 10 of 2,000 other posts at random; a brigade of four that does the same and also
   * replies to four popular posts within 20 seconds of one another.
   */
  static String replyStorm(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long t0 = Fixtures.START.getEpochSecond();
    List<String> lines = new ArrayList<>();
    for (int a = 0; a < 200; a++) {
      replyLikeEveryone(lines, "user" + a, r, t0);
    }
    for (int m = 0; m < 4; m++) {
      replyLikeEveryone(lines, "brigade" + m, r, t0);
    }
    for (int p = 0; p < 6; p++) {
      long moment = t0 + p * 43_200L + 600 + r.nextInt(1_200);
      for (int m = 0; m < 4; m++) {
        lines.add(
            Fixtures.json(
                "brigade" + m,
                moment + r.nextInt(20),
                words(r, 6),
                "hot" + p,
                null,
                List.of(),
                List.of()));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  /** An account's replies in the storm world: 3 of the 12 popular posts, 10 others at random. */
  private static void replyLikeEveryone(
      List<String> lines, String account, SplittableRandom r, long t0) {
    for (int p : r.ints(0, 12).distinct().limit(3).toArray()) {
      lines.add(
          Fixtures.json(
              account,
              t0 + p * 43_200L + r.nextInt(2_400),
              words(r, 6),
              "hot" + p,
              null,
              List.of(),
              List.of()));
    }
    for (int k = 0; k < 10; k++) {
      lines.add(
          Fixtures.json(
              account,
              t0 + r.nextLong(6 * 86_400),
              words(r, 6),
              "other" + r.nextInt(2000),
              null,
              List.of(),
              List.of()));
    }
  }

  @Test
  void aReplyBrigadeStandsOutOfAReplyStormAtTheDefaultWindowAndWithinAnHourByItsBursts() {
    DetectionOptions replies = DetectionOptions.defaults().withSignals(EnumSet.of(Signal.CO_REPLY));
    assertThat(replies.coActionWindowSeconds(Signal.CO_REPLY)).isEqualTo(600);
    List<String> brigade = List.of("brigade0", "brigade1", "brigade2", "brigade3");

    Detection tenMinutes = detect(replyStorm(3), replies);
    Detection anHour =
        detect(
            replyStorm(3),
            replies.withSettings(
                Signal.CO_REPLY, new SignalSettings(java.time.Duration.ofHours(1), 2, 1.0)));

    // within ten minutes the brigade is a cluster (a storm replier who happened to reply next
    // to it may join); within an hour every replier of a hot post is together and the brigade's
    // pairs are nothing special (it was not found until the tenth release of 2026-12-08), but
    // its replies within seconds of each other, with a storm replier or two among them, are a
    // set that the bursts of five posts hold (ExactSets.Cores), whatever the window
    assertThat(tenMinutes.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.accounts()).containsAll(brigade).hasSizeLessThan(6));
    assertThat(anHour.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.accounts()).containsExactlyInAnyOrderElementsOf(brigade));
  }

  @Test
  void anItemIsTrendingAboveHalfOfFiftyOrMoreActiveAccounts() {
    assertThat(SignalEdges.eligible(25, 50, 500)).isTrue();
    assertThat(SignalEdges.eligible(26, 50, 500)).as("more than half of 50").isFalse();
    assertThat(SignalEdges.eligible(26, 49, 500)).as("too few accounts to tell a trend").isTrue();
    assertThat(SignalEdges.eligible(49, 49, 500)).as("every active account").isFalse();
    assertThat(SignalEdges.eligible(1, 50, 500)).as("never shared").isFalse();
    assertThat(SignalEdges.eligible(501, 5000, 500)).as("over the cap").isFalse();
  }

  @Test
  void aGroupAmplifyingOneAccountShowsThatAccountInItsTopItems() {
    SplittableRandom r = new SplittableRandom(4);
    long t0 = Fixtures.START.getEpochSecond();
    List<String> lines = new ArrayList<>();
    for (int a = 0; a < 100; a++) {
      for (int k = 0; k < 20; k++) {
        int post = r.nextInt(1000);
        lines.add(
            Fixtures.json(
                "user" + a,
                t0 + r.nextLong(7 * 86_400),
                "RT @source" + post % 50 + ": " + words(r, 8),
                null,
                "pool" + post,
                List.of(),
                List.of()));
      }
    }
    for (int p = 0; p < 4; p++) {
      long moment = t0 + r.nextLong(6 * 86_400);
      for (int f = 0; f < 5; f++) {
        lines.add(
            Fixtures.json(
                "fan" + f,
                moment + r.nextInt(30),
                "RT @star: " + words(r, 8),
                null,
                "star" + p,
                List.of(),
                List.of()));
      }
    }

    Detection d = detect(String.join("\n", lines) + "\n", DetectionOptions.defaults());

    assertThat(d.clusters())
        .filteredOn(c -> c.accounts().contains("fan0"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.reasons())
                    .filteredOn(reason -> reason.signal() == Signal.CO_RETWEET)
                    .singleElement()
                    .satisfies(
                        reason ->
                            assertThat(reason.topItems())
                                .isNotEmpty()
                                .allSatisfy(i -> assertThat(i.item()).endsWith(" by @star"))));
    assertThat(d.clusters())
        .filteredOn(c -> c.accounts().contains("fan0"))
        .flatMap(Cluster::reasons)
        .filteredOn(reason -> reason.signal() == Signal.CO_RETWEET)
        .singleElement()
        .satisfies(
            reason ->
                assertThat(reason.summary())
                    .contains("4 of the 4 posts they retweeted together are @star's")
                    .contains("one account amplified"));
  }

  @Test
  void oneSourceIsNotedOnlyBehindMostOfAtLeastThreeSharedItems() {
    assertThat(Explainer.amplifiedNote(Signal.CO_RETWEET, 5, java.util.Map.of("@star", 4)))
        .startsWith("4 of the 5 posts");
    assertThat(Explainer.amplifiedNote(Signal.CO_RETWEET, 5, java.util.Map.of("@star", 3)))
        .as("three in five")
        .isNull();
    assertThat(Explainer.amplifiedNote(Signal.CO_LINK, 2, java.util.Map.of("news.example", 2)))
        .as("two items")
        .isNull();
    assertThat(Explainer.amplifiedNote(Signal.CO_LINK, 3, java.util.Map.of("news.example", 3)))
        .contains("are on news.example: one site amplified");
  }

  @Test
  void aRepostsSourceAndALinksSiteAreReadFromTheirLabels() {
    assertThat(PostFeatures.sourceOf(Signal.CO_RETWEET, "post 123 by @star")).isEqualTo("@star");
    assertThat(PostFeatures.sourceOf(Signal.CO_RETWEET, "post 123")).isNull();
    assertThat(PostFeatures.sourceOf(Signal.CO_RETWEET, "post the truth by @night now")).isNull();
    assertThat(PostFeatures.sourceOf(Signal.CO_LINK, "news.example/a/b")).isEqualTo("news.example");
    assertThat(PostFeatures.sourceOf(Signal.CO_LINK, "t.co/AbCd")).as("a shortener").isNull();
  }
}
