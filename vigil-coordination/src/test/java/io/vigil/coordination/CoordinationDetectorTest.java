package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoordinationDetectorTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
  static final Fixtures.Planted PLANTED = Fixtures.planted(3, 6, 40, 7L);

  static Detection detect(String jsonl, DetectionOptions options) {
    return new CoordinationDetector(CLOCK)
        .detect(Fixtures.stream(jsonl), "test.jsonl", PostFormat.JSONL, options);
  }

  @Test
  void findsEachPlantedGroupAsOneClusterAndLeavesTheBackgroundOut() {
    Detection d = detect(PLANTED.jsonl(), DetectionOptions.defaults());

    List<Set<String>> found = new ArrayList<>();
    for (Cluster c : d.clusters()) {
      found.add(new HashSet<>(c.accounts()));
    }
    for (List<String> group : PLANTED.groups()) {
      assertThat(found).contains(new HashSet<>(group));
    }
    for (String b : PLANTED.background()) {
      assertThat(d.clusterOf(b)).as(b).isZero();
    }
    assertThat(d.stats().malformedRows()).isZero();
    assertThat(d.finishedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void explainsClustersWithSignalsSharedItemsTimeSpanAndTechniques() {
    Detection d = detect(PLANTED.jsonl(), DetectionOptions.defaults());
    Cluster c = d.clusters().get(0);

    assertThat(c.signals()).contains(Signal.CO_RETWEET, Signal.CO_LINK, Signal.NEAR_DUPLICATE);
    assertThat(c.techniques()).extracting(Technique::id).contains("T0049.003", "T0084.001");
    assertThat(c.from()).isBefore(c.to());
    Reason links =
        c.reasons().stream().filter(r -> r.signal() == Signal.CO_LINK).findFirst().orElseThrow();
    assertThat(links.topItems()).isNotEmpty();
    assertThat(links.topItems().get(0).item()).startsWith("news").doesNotContain("utm_source");
    assertThat(links.topItems().get(0).accounts()).isEqualTo(6);
    assertThat(links.summary()).contains("shared the same links");
    assertThat(links.examples()).isNotEmpty();
    assertThat(c.score()).isGreaterThan(0.99);
  }

  @Test
  void explainsAnyEdgeWithTheConcreteCoActionsInsideTheWindow() {
    Detection d = detect(PLANTED.jsonl(), DetectionOptions.defaults());
    List<String> g = PLANTED.groups().get(1);

    List<CoAction> why = d.explain(g.get(0), g.get(3), 20);

    assertThat(why).isNotEmpty();
    assertThat(why).extracting(CoAction::signal).contains(Signal.CO_RETWEET);
    for (CoAction a : why) {
      assertThat(Set.of(a.account(), a.otherAccount()))
          .containsExactlyInAnyOrder(g.get(0), g.get(3));
      if (a.signal() != Signal.SYNCHRONIZED) {
        assertThat(Duration.between(a.time(), a.otherTime()).abs())
            .isLessThanOrEqualTo(Duration.ofHours(1));
      }
    }
    assertThat(why.stream().filter(a -> a.signal() == Signal.CO_RETWEET))
        .extracting(CoAction::item)
        .allMatch(i -> i.startsWith("post orig1-"));
    assertThat(d.explain(g.get(0), PLANTED.background().get(0), 5)).isEmpty();
  }

  @Test
  void aHashtagEveryoneUsesLinksNobody() {
    Detection d =
        detect(
            PLANTED.jsonl(),
            DetectionOptions.defaults().withSignals(EnumSet.of(Signal.CO_HASHTAG)));

    assertThat(d.edges()).isEmpty();
    assertThat(d.clusters()).isEmpty();
  }

  @Test
  void retweetingTheSamePopularPostsLinksNobodyButAGroupActingInConcertIsFound() {
    // 400 independent accounts retweet posts of Zipf-distributed popularity, each some time after
    // the post appeared; a group of 6 retweets 5 of the same posts within a minute of each other
    java.util.SplittableRandom r = new java.util.SplittableRandom(5);
    long start = Fixtures.START.getEpochSecond();
    int posts = 600;
    double[] cdf = new double[posts];
    double sum = 0;
    for (int i = 0; i < posts; i++) {
      sum += 1.0 / (i + 1);
      cdf[i] = sum;
    }
    long[] postedAt = new long[posts];
    for (int i = 0; i < posts; i++) {
      postedAt[i] = start + r.nextLong(20 * 86_400);
    }
    StringBuilder jsonl = new StringBuilder();
    for (int a = 0; a < 400; a++) {
      for (int k = 0; k < 5 + r.nextInt(60); k++) {
        int p = java.util.Arrays.binarySearch(cdf, r.nextDouble() * sum);
        p = Math.min(posts - 1, p < 0 ? -p - 1 : p);
        long at = postedAt[p] + (long) (-Math.log(1 - r.nextDouble()) * 3 * 3_600);
        jsonl.append(json("fan" + a, at, "post" + p)).append('\n');
      }
    }
    String background = jsonl.toString();
    for (int p = 100; p < 105; p++) {
      for (int m = 0; m < 6; m++) {
        jsonl.append(json("group" + m, postedAt[p] + 600 + r.nextInt(60), "post" + p)).append('\n');
      }
    }
    DetectionOptions coRetweet =
        DetectionOptions.defaults().withSignals(EnumSet.of(Signal.CO_RETWEET));

    assertThat(detect(background, coRetweet).clusters()).isEmpty();
    Detection d = detect(jsonl.toString(), coRetweet);
    assertThat(d.clusters()).hasSize(1);
    assertThat(d.clusters().get(0).accounts())
        .containsExactlyInAnyOrder("group0", "group1", "group2", "group3", "group4", "group5");
  }

  @Test
  void aSmallGroupActingWithinMinutesIsFoundAmongAccountsActingAtRandomTimes() {
    // 50 accounts retweet 20 of 200 posts each at random times over a week, so two of them share
    // about three posts by chance; two groups of 5 also retweet 5 posts of their own, each member
    // within 10 minutes of the others. Counting shared posts whenever shared cannot tell them apart
    // (5 against about 3 by chance); within the hour they are far beyond chance.
    java.util.SplittableRandom r = new java.util.SplittableRandom(1);
    long start = Fixtures.START.getEpochSecond();
    StringBuilder jsonl = new StringBuilder();
    List<String> all = new ArrayList<>();
    for (int a = 0; a < 60; a++) {
      String account = a < 50 ? "bg" + a : "g" + (a - 50) / 5 + "m" + (a - 50) % 5;
      all.add(account);
      for (int k = 0; k < 20; k++) {
        int p = r.nextInt(200);
        jsonl.append(json(account, start + r.nextLong(7 * 86_400), "pool" + p)).append('\n');
      }
    }
    for (int g = 0; g < 2; g++) {
      for (int i = 0; i < 5; i++) {
        long moment = start + r.nextLong(6 * 86_400);
        for (int m = 0; m < 5; m++) {
          jsonl
              .append(json("g" + g + "m" + m, moment + r.nextInt(600), "camp" + g + i))
              .append('\n');
        }
      }
    }

    Detection d = detect(jsonl.toString(), DetectionOptions.defaults());

    List<Set<String>> found = new ArrayList<>();
    for (Cluster c : d.clusters()) {
      found.add(new HashSet<>(c.accounts()));
    }
    assertThat(found)
        .containsExactlyInAnyOrder(
            Set.of("g0m0", "g0m1", "g0m2", "g0m3", "g0m4"),
            Set.of("g1m0", "g1m1", "g1m2", "g1m3", "g1m4"));
    assertThat(all).filteredOn(a -> a.startsWith("bg")).allMatch(a -> d.clusterOf(a) == 0);
  }

  @Test
  void accountsSharingATopicAreNotLinkedButAGroupActingInConcertAcrossTopicsIsFound() {
    // 4 topics of 80 accounts; each account spends 85 % of its 40 retweets on its topic, whose 150
    // posts have Zipf popularity, each retweet some exponential delay (mean 3 h) after the post.
    // A topic's members share its hits again and again, within the hour too: benign co-activity.
    // Five accounts of different topics, organic otherwise, also retweet eight little-shared posts
    // of topic 0 within ten minutes of each other.
    TopicWorld world = new TopicWorld(5, 4, 80, 150, 5);
    world.groupRetweets(8, 40, 13, 600);
    List<String> organic = world.organic;
    List<String> group = world.group;
    String jsonl = world.jsonl.toString();
    DetectionOptions options =
        DetectionOptions.defaults().withSignals(EnumSet.of(Signal.CO_RETWEET));

    Detection d = detect(jsonl, options);
    Detection popularityOnly = detect(jsonl, options.withInterestShare(0));

    assertThat(d.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.accounts()).containsExactlyInAnyOrderElementsOf(group));
    assertThat(organic).allMatch(a -> d.clusterOf(a) == 0);
    assertThat(d.stats().interestCommunities()).isGreaterThanOrEqualTo(2);
    assertThat(d.stats().explainedByInterest().get(Signal.CO_RETWEET)).isPositive();
    // the popularity model alone takes the topics for groups
    assertThat(organic.stream().filter(a -> popularityOnly.clusterOf(a) > 0).count())
        .isGreaterThan(organic.size() / 2);
  }

  @Test
  void aSmallGroupRetweetingPostsOfItsOwnOverMinutesIsFoundAmongCommunitiesOfInterest() {
    // 10 topics of 100 accounts and five more accounts of topic 0 that, besides, are the only
    // retweeters of two posts, each within half an hour, a day apart: an exact set, but loose (no
    // single burst), so its pairs the first pass kept are the interest model's to judge; one by
    // one they were explained away by the topic hits the five also share (until the ninth release
    // of 2026-12-07), and the set, tested again under the interest model, stands (three such
    // accounts do not: among a topic's 100 accounts, three being two posts' only retweeters is
    // what the topic's rates expect; see the tests below)
    TopicWorld world = new TopicWorld(11, 10, 100, 1_000, 5, true);
    world.groupOwnPosts(2, 1_800);

    assertTheGroupAloneAmongCommunitiesOfInterest(world, coRetweets(world));
  }

  @Test
  void threeAccountsOfThreeTopicsThatAloneRetweetedTwoPostsWithinMinutesAreFound() {
    // a loose exact set (no single burst) tested again under the interest model: until the tenth
    // release of 2026-12-08 every proposal was taken at the chance of the block most lenient to the
    // set, and one of the three was left out; now each block's proposals count at that block's
    // chance. Three accounts of one topic doing the same are still not found (the test above).
    TopicWorld world = new TopicWorld(12, 10, 100, 1_000, 3, false);
    world.groupOwnPosts(2, 300);

    assertTheGroupAloneAmongCommunitiesOfInterest(world, coRetweets(world));
  }

  @Test
  void threeAccountsOfOneTopicThatAloneRetweetedTwoPostsAreWhatTheirTopicExpects() {
    TopicWorld world = new TopicWorld(11, 10, 100, 1_000, 3, true);
    world.groupOwnPosts(2, 1_800);

    assertThat(coRetweets(world).clusters()).isEmpty();
  }

  /** The world's detection with the co-retweet signal alone. */
  private static Detection coRetweets(TopicWorld world) {
    return detect(
        world.jsonl.toString(),
        DetectionOptions.defaults().withSignals(EnumSet.of(Signal.CO_RETWEET)));
  }

  /** The topics are communities of interest, and the group is the one cluster, all of it. */
  private static void assertTheGroupAloneAmongCommunitiesOfInterest(TopicWorld world, Detection d) {
    assertThat(d.stats().interestCommunities()).isGreaterThanOrEqualTo(10);
    assertThat(d.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.accounts()).containsExactlyInAnyOrderElementsOf(world.group));
    assertThat(world.organic).allMatch(a -> d.clusterOf(a) == 0);
  }

  @Test
  void aGroupAsLargeAsATopicsCommunityIsFoundAndTheTopicItMergesWithIsNot() {
    // 10 topics of 100 accounts (85 % of each account's 40 retweets on its topic, 1,000 posts of
    // Zipf popularity per topic) and a group of 60 accounts of all topics that also retweet five
    // posts of topic 0 within the same minute. The first pass merges the group with topic 0's
    // community into one synchronized cluster. Until 2026-12-07's third release that cluster was
    // no community of interest, and the group's pairs, judged one by one against the topics they
    // came from (pair p-values 4e-4 and up against a corrected threshold of 1e-7), were all
    // explained away: nothing was reported. Now topic 0 is a community of interest without the
    // group, and the group, tested as a whole against the interest model, stands. The group's
    // retweets of each post are spread over half an hour: within the same minute (as this test had
    // them until the seventh release) each post's burst of 60 is an exact set (ExactSets), which
    // finds the group before the interest model's set test is needed.
    int topics = 10;
    TopicWorld world = new TopicWorld(9, topics, 100, 1_000, 60);
    world.groupRetweets(5, 20, 61, 1_800);
    List<String> organic = world.organic;
    List<String> group = world.group;
    DetectionOptions options =
        DetectionOptions.defaults().withSignals(EnumSet.of(Signal.CO_RETWEET));

    Detection d = detect(world.jsonl.toString(), options);

    assertThat(d.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.accounts()).containsExactlyInAnyOrderElementsOf(group));
    assertThat(organic).allMatch(a -> d.clusterOf(a) == 0);
    assertThat(d.stats().interestCommunities()).isGreaterThanOrEqualTo(topics);
    // the group's edges stand because the group as a whole beats the interest model, and the run
    // says so
    assertThat(d.stats().coordinatedSets()).isPositive();
    assertThat(d.stats().keptByCoordinatedSet().get(Signal.CO_RETWEET)).isPositive();
  }

  /**
   * Topics of accounts that spend 85 % of their 40 retweets on their own topic, whose posts have
   * Zipf popularity, each retweet an exponential delay (mean 3 h) after its post; and a group whose
   * members are made the same way (member m on topic m % topics) and may also retweet posts of
   * topic 0 together.
   */
  private static final class TopicWorld {
    final java.util.SplittableRandom r;
    final long[][] postedAt;
    final StringBuilder jsonl = new StringBuilder();
    final List<String> organic = new ArrayList<>();
    final List<String> group = new ArrayList<>();

    TopicWorld(long seed, int topics, int perTopic, int posts, int members) {
      this(seed, topics, perTopic, posts, members, false);
    }

    /** As above, the group's members all of topic 0 when {@code oneTopic}, else of every topic. */
    TopicWorld(long seed, int topics, int perTopic, int posts, int members, boolean oneTopic) {
      r = new java.util.SplittableRandom(seed);
      long start = Fixtures.START.getEpochSecond();
      postedAt = new long[topics][posts];
      double[] zipf = new double[posts];
      double sum = 0;
      for (int p = 0; p < posts; p++) {
        sum += 1.0 / (p + 1);
        zipf[p] = sum;
      }
      for (int t = 0; t < topics; t++) {
        for (int p = 0; p < posts; p++) {
          postedAt[t][p] = start + r.nextLong(10 * 86_400);
        }
      }
      for (int a = 0; a < topics * perTopic + members; a++) {
        boolean member = a >= topics * perTopic;
        String account =
            member ? "group" + (a - topics * perTopic) : "topic" + (a % topics) + "_" + a;
        (member ? group : organic).add(account);
        int topic = member && oneTopic ? 0 : a % topics;
        for (int k = 0; k < 40; k++) {
          int t = r.nextDouble() < 0.85 ? topic : r.nextInt(topics);
          int p = java.util.Arrays.binarySearch(zipf, r.nextDouble() * sum);
          p = Math.min(posts - 1, p < 0 ? -p - 1 : p);
          long at = postedAt[t][p] + (long) (-Math.log(1 - r.nextDouble()) * 3 * 3_600);
          jsonl.append(json(account, at, "t" + t + "p" + p)).append('\n');
        }
      }
    }

    /**
     * The group retweets posts first, first + step, ... of topic 0 ({@code count} of them), each
     * member within {@code jitter} seconds of the post's moment.
     */
    void groupRetweets(int count, int first, int step, int jitter) {
      for (int i = 0; i < count; i++) {
        int p = first + step * i;
        long moment = postedAt[0][p] + r.nextLong(6 * 3_600);
        for (String m : group) {
          jsonl.append(json(m, moment + r.nextInt(jitter), "t0p" + p)).append('\n');
        }
      }
    }

    /**
     * The group retweets {@code count} posts of its own, which nobody else retweets, each member
     * within {@code jitter} seconds of the post's moment, the moments a day apart.
     */
    void groupOwnPosts(int count, int jitter) {
      long start = Fixtures.START.getEpochSecond() + 86_400;
      for (int i = 0; i < count; i++) {
        long moment = start + i * 86_400L;
        for (String m : group) {
          jsonl.append(json(m, moment + r.nextInt(jitter), "own" + i)).append('\n');
        }
      }
    }
  }

  private static String json(String account, long at, String repostOf) {
    return Fixtures.json(account, at, "RT " + repostOf, null, repostOf, List.of(), List.of());
  }

  @Test
  void coActionsOutsideTheWindowDoNotLink() {
    StringBuilder posts = new StringBuilder();
    long t = Fixtures.START.getEpochSecond();
    for (int i = 0; i < 10; i++) {
      posts
          .append(Fixtures.json("early", t + i * 86_400L, "x", null, "p" + i, List.of(), List.of()))
          .append('\n');
      posts
          .append(
              Fixtures.json(
                  "late", t + i * 86_400L + 7200, "x", null, "p" + i, List.of(), List.of()))
          .append('\n');
      for (int k = 0; k < 8; k++) {
        // other pairs share other items, so sharing ten items is not what chance gives
        for (String side : List.of("a", "b")) {
          posts
              .append(
                  Fixtures.json(
                      "other" + k + side,
                      t + i * 86_400L + k * 999,
                      "x",
                      null,
                      "q" + i + "-" + k,
                      List.of(),
                      List.of()))
              .append('\n');
        }
      }
    }
    DetectionOptions retweets =
        DetectionOptions.defaults().withSignals(EnumSet.of(Signal.CO_RETWEET));

    assertThat(
            linked(
                detect(posts.toString(), retweets.withWindow(Duration.ofHours(1))),
                "early",
                "late"))
        .isEmpty();
    assertThat(
            linked(
                detect(posts.toString(), retweets.withWindow(Duration.ofHours(3))),
                "early",
                "late"))
        .singleElement()
        .satisfies(e -> assertThat(e.coActions()).containsEntry(Signal.CO_RETWEET, 10));
  }

  static List<Edge> linked(Detection d, String x, String y) {
    return d.edges().stream()
        .filter(e -> Set.of(e.account(), e.otherAccount()).equals(Set.of(x, y)))
        .toList();
  }

  /**
   * Two desks, each writing about its own subjects in its own words, never on the same items at the
   * same time; fifty other accounts write about everything. Everybody uses the common words.
   */
  static String twoDesks() {
    java.util.Random r = new java.util.Random(5);
    String[] deskA = {"pipeline", "tariff", "refinery", "gazprom", "sanctions", "export", "barrel"};
    String[] deskB = {"vaccine", "autism", "doctors", "pharma", "injection", "hospital", "cure"};
    String[] common = {
      "election", "people", "today", "great", "news", "country", "think", "world", "time", "video",
      "music", "river", "coffee", "movie", "garden", "train", "summer", "budget", "school", "team"
    };
    StringBuilder posts = new StringBuilder();
    long t = Fixtures.START.getEpochSecond();
    for (int a = 0; a < 62; a++) {
      String account = a < 6 ? "deskA" + a : a < 12 ? "deskB" + (a - 6) : "other" + (a - 12);
      for (int p = 0; p < 30; p++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 6; w++) {
          String[] pool = a < 6 && w < 3 ? deskA : a >= 6 && a < 12 && w < 3 ? deskB : common;
          text.append(pool[r.nextInt(pool.length)]).append(' ');
        }
        if (a >= 12) {
          text.append("topic").append(r.nextInt(400)).append("x ");
        }
        posts
            .append(
                Fixtures.json(
                    account,
                    t + r.nextInt(60 * 86_400),
                    text.toString().trim(),
                    null,
                    null,
                    List.of(),
                    List.of()))
            .append('\n');
      }
    }
    return posts.toString();
  }

  @Test
  void accountsWritingAboutTheSameThingsAreLinkedAndExplainedByTheirSharedTerms() {
    Detection d =
        detect(
            twoDesks(),
            DetectionOptions.defaults().withSignals(EnumSet.of(Signal.SIMILAR_CONTENT)));

    assertThat(d.clusters()).hasSize(2);
    for (Cluster c : d.clusters()) {
      assertThat(c.accounts()).hasSize(6);
      assertThat(c.accounts().stream().map(a -> a.substring(0, 5)).distinct()).hasSize(1);
      assertThat(c.reasons())
          .singleElement()
          .satisfies(
              reason -> {
                assertThat(reason.signal()).isEqualTo(Signal.SIMILAR_CONTENT);
                assertThat(reason.summary()).contains("wrote about the same things");
              });
      assertThat(c.techniques()).extracting(Technique::id).contains("T0084");
    }
    List<CoAction> why = d.explain("deskA0", "deskA1", 10);
    assertThat(why)
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.signal()).isEqualTo(Signal.SIMILAR_CONTENT));
    assertThat(why)
        .extracting(CoAction::item)
        .containsAnyOf("pipeline", "tariff", "refinery", "gazprom", "sanctions", "export")
        .doesNotContain("election", "people");
    assertThat(d.explain("deskA0", "deskB0", 10)).isEmpty();
  }

  @Test
  void similarContentDoesNotDependOnWhetherPostsComeAccountByAccount() {
    DetectionOptions content =
        DetectionOptions.defaults().withSignals(EnumSet.of(Signal.SIMILAR_CONTENT));
    List<String> lines = new ArrayList<>(List.of(twoDesks().split("\n")));
    java.util.Collections.shuffle(lines, new java.util.Random(3));

    List<Edge> grouped = detect(twoDesks(), content).edges();
    List<Edge> interleaved = detect(String.join("\n", lines) + "\n", content).edges();

    assertThat(grouped).isNotEmpty();
    assertThat(edgeSet(interleaved)).isEqualTo(edgeSet(grouped));
  }

  static Set<String> edgeSet(List<Edge> edges) {
    Set<String> out = new HashSet<>();
    for (Edge e : edges) {
      String x = e.account().compareTo(e.otherAccount()) < 0 ? e.account() : e.otherAccount();
      String y = x.equals(e.account()) ? e.otherAccount() : e.account();
      out.add(x + "-" + y + "-" + Math.round(e.weight() * 1e6));
    }
    return out;
  }

  @Test
  void accountsDrawingWordsFromOneVocabularyAreNotLinkedByChance() {
    java.util.Random r = new java.util.Random(9);
    StringBuilder posts = new StringBuilder();
    long t = Fixtures.START.getEpochSecond();
    for (int a = 0; a < 60; a++) {
      for (int p = 0; p < 30; p++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 8; w++) {
          text.append("word").append(r.nextInt(600)).append(' ');
        }
        posts
            .append(
                Fixtures.json(
                    "random" + a,
                    t + r.nextInt(60 * 86_400),
                    text.toString().trim(),
                    null,
                    null,
                    List.of(),
                    List.of()))
            .append('\n');
      }
    }
    DetectionOptions content =
        DetectionOptions.defaults().withSignals(EnumSet.of(Signal.SIMILAR_CONTENT));

    // without the null model these random profiles are similar enough to be linked
    assertThat(detect(posts.toString(), content.withAlpha(1.0)).edges()).isNotEmpty();
    assertThat(detect(posts.toString(), content).edges()).isEmpty();
  }

  @Test
  void aCopypastaGroupDoesNotBringChancePairsOfBackgroundAccountsInBySimilarContent() {
    // 50 accounts retweeting posts of a pool of 200 a week apart, two groups of five posting the
    // same copypasta: at the full false-discovery rate two pairs of background accounts came in
    String jsonl =
        SmallInputsBenchmark.make(
            new int[] {50, 20, 200, 2, 5, 3, 600}, "copypasta", new java.util.SplittableRandom(2));

    Detection d = detect(jsonl, DetectionOptions.defaults());

    assertThat(d.clusters()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(d.clusters())
        .noneMatch(c -> c.accounts().stream().allMatch(a -> a.startsWith("bg")));
  }

  @Test
  void wordsEveryoneUsesLinkNobodyBySimilarContent() {
    String everyoneTheSame =
        twoDesks().replaceAll("\"text\":\"[^\"]*\"", "\"text\":\"election people today\"");

    Detection d =
        detect(
            everyoneTheSame,
            DetectionOptions.defaults().withSignals(EnumSet.of(Signal.SIMILAR_CONTENT)));

    assertThat(d.edges()).isEmpty();
  }

  @Test
  void theSameSeedGivesTheSameClusters() {
    DetectionOptions o = DetectionOptions.defaults().withSeed(11);
    assertThat(detect(PLANTED.jsonl(), o).clusters())
        .extracting(Cluster::accounts)
        .isEqualTo(detect(PLANTED.jsonl(), o).clusters().stream().map(Cluster::accounts).toList());
  }

  @Test
  void onlyPostsInsideTheTimeRangeAreAnalysed() {
    Instant from = Fixtures.START.plus(Duration.ofDays(400));
    Detection d = detect(PLANTED.jsonl(), DetectionOptions.defaults().withTimeRange(from, null));
    assertThat(d.stats().posts()).isZero();
    assertThat(d.stats().outsideRange()).isPositive();
    assertThat(d.clusters()).isEmpty();
  }

  @Test
  void emptyInputIsAnErrorNotAnEmptyResult() {
    assertThatThrownBy(() -> detect("\n\n", DetectionOptions.defaults()))
        .isInstanceOf(InputRejected.class)
        .hasMessageContaining("test.jsonl")
        .hasMessageContaining("empty");
  }

  @Test
  void writesGraphMlWithClustersAndSignalWeights() throws Exception {
    Detection d = detect(PLANTED.jsonl(), DetectionOptions.defaults());
    java.io.StringWriter w = new java.io.StringWriter();
    d.writeGraphMl(w);
    String xml = w.toString();
    assertThat(xml).contains("<graphml", "attr.name=\"co-retweet\"", "group0_member0");
    assertThat(xml).doesNotContain("background");
  }

  @Test
  void repliesToTheSamePostsLinkAccountsInTheArchiveFormat() {
    StringBuilder csv =
        new StringBuilder(
            "tweetid,userid,tweet_time,tweet_text,in_reply_to_tweetid,retweet_tweetid,hashtags,urls\n");
    long id = 1;
    for (int target = 0; target < 8; target++) {
      for (int m = 0; m < 4; m++) {
        csv.append(id++)
            .append(",replier")
            .append(m)
            .append(",2018-03-0")
            .append(1 + target % 8)
            .append(" 10:0")
            .append(m)
            .append(",you are wrong,")
            .append(9000 + target)
            .append(",,[],[]\n");
      }
      // bystanders reply in pairs to other posts, days apart: shared items, but not in concert
      for (int k = 0; k < 12; k++) {
        csv.append(id++)
            .append(",bystander")
            .append(k)
            .append(",2018-03-0")
            .append(1 + k % 8)
            .append(" 1")
            .append(k % 10)
            .append(":00,hmm,")
            .append(5000 + target * 20 + k / 2)
            .append(",,[],[]\n");
      }
    }
    Detection d =
        new CoordinationDetector(CLOCK)
            .detect(
                Fixtures.stream(csv.toString()),
                "archive.csv",
                PostFormat.IO_ARCHIVE,
                DetectionOptions.defaults().withSignals(EnumSet.of(Signal.CO_REPLY)));

    assertThat(d.clusters())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.accounts())
                  .containsExactlyInAnyOrder("replier0", "replier1", "replier2", "replier3");
              assertThat(c.techniques()).extracting(Technique::id).contains("T0116");
            });
    assertThat(d.explain("replier0", "replier2", 10))
        .hasSize(8)
        .allSatisfy(a -> assertThat(a.item()).startsWith("reply to post 900"));
  }
}
