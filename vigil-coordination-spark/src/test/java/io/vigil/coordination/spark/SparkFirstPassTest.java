package io.vigil.coordination.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.DistributedSteps;
import io.vigil.coordination.DistributedSteps.PairEdge;
import io.vigil.coordination.InputRejected;
import io.vigil.coordination.PostFormat;
import io.vigil.coordination.Signal;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job computes, from files read by separate tasks, exactly the edges the engine's
 * single-machine first pass computes from the same files.
 */
class SparkFirstPassTest {
  static JavaSparkContext sc;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    sc =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("vigil-coordination-spark-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.default.parallelism", "4"));
  }

  @AfterAll
  static void stopSpark() {
    sc.close();
  }

  @Test
  void sparkEdgesEqualTheSingleMachineFirstPassOnPlantedGroups() throws Exception {
    List<String> lines = planted(new Random(7));
    DetectionOptions options = DetectionOptions.defaults();

    Both both = onSparkAndOneMachine(lines, options);
    SparkFirstPass.Result spark = both.spark();

    assertSame(spark.edges(), both.single());
    assertThat(spark.posts()).isEqualTo(lines.size());
    assertThat(spark.malformed()).isZero();
    // the planted groups are what the edges hold: every pair inside each group, on co-retweet
    List<PairEdge> retweets = spark.edges().get(Signal.CO_RETWEET);
    for (int g = 0; g < 3; g++) {
      for (int m = 0; m < 6; m++) {
        for (int n = m + 1; n < 6; n++) {
          String x = "group" + g + "_" + m;
          String y = "group" + g + "_" + n;
          assertThat(retweets).anyMatch(e -> e.first().equals(x) && e.second().equals(y));
        }
      }
    }
    assertThat(retweets)
        .noneMatch(e -> e.first().startsWith("organic") && e.second().startsWith("organic"));
    assertThat(spark.edges().get(Signal.NEAR_DUPLICATE))
        .isNotEmpty()
        .allMatch(e -> e.first().startsWith("group") && e.second().startsWith("group"));
    // clustered on the driver, the Spark edges give the clusters the engine's edges give: the
    // groups
    List<DistributedSteps.EdgeCluster> clusters = DistributedSteps.clusters(spark.edges(), options);
    assertThat(clusters).isEqualTo(DistributedSteps.clusters(both.single(), options));
    for (int g = 0; g < 3; g++) {
      String group = "group" + g + "_";
      assertThat(clusters)
          .filteredOn(c -> c.accounts().stream().anyMatch(a -> a.startsWith(group)))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.accounts()).hasSize(6).allMatch(a -> a.startsWith(group));
                assertThat(c.signalShare()).containsKey(Signal.CO_RETWEET);
              });
    }
  }

  @Test
  void sparkEdgesEqualTheSingleMachineFirstPassOnTheIraFile() throws Exception {
    Path ira =
        Path.of(System.getProperty("vigil.shared.data", "../../shared/data"))
            .resolve("influence/ira-tweets-clemson.csv.gz");
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(ira)), StandardCharsets.UTF_8))) {
      String line;
      while (lines.size() < 60_001 && (line = r.readLine()) != null) {
        lines.add(line);
      }
    }
    String header = lines.remove(0);
    List<Path> files = split(lines, 3, header + "\n", ".csv");
    DetectionOptions options =
        DetectionOptions.defaults()
            .withSignals(
                EnumSet.of(
                    Signal.CO_RETWEET,
                    Signal.CO_LINK,
                    Signal.CO_HASHTAG,
                    Signal.NEAR_DUPLICATE,
                    Signal.SYNCHRONIZED));

    SparkFirstPass.Result spark = SparkFirstPass.run(sc, names(files), PostFormat.IRA, options);
    Map<Signal, List<PairEdge>> single = DistributedSteps.firstPass(files, PostFormat.IRA, options);

    assertSame(spark.edges(), single);
    assertThat(spark.edges().get(Signal.CO_RETWEET)).hasSizeGreaterThan(10);
    assertThat(spark.edges().get(Signal.NEAR_DUPLICATE)).isNotEmpty();
    assertThat(spark.posts()).isGreaterThan(58_000);
  }

  @Test
  void aGroupRetweetingInBurstsIsFoundByTheExactSetTestOnSparkAsOnOneMachine() throws Exception {
    // ten accounts retweet, within a minute, posts the 300 others retweet too, at two moments
    // three days apart: no post is theirs alone, each burst is (ExactSets)
    DetectionOptions options = DetectionOptions.defaults();

    Both both = onSparkAndOneMachine(bursts(new Random(11)), options);
    SparkFirstPass.Result spark = both.spark();

    assertSame(spark.edges(), both.single());
    assertThat(spark.edges().get(Signal.CO_RETWEET))
        .filteredOn(e -> e.first().startsWith("group_") && e.second().startsWith("group_"))
        .hasSize(45)
        .allMatch(e -> e.pValue() < 1e-6)
        // one p-value, the set's: the pairs stand by the set's test, not each by its own
        .extracting(PairEdge::pValue)
        .containsOnly(
            spark.edges().get(Signal.CO_RETWEET).stream()
                .filter(e -> e.first().equals("group_0") && e.second().equals("group_1"))
                .findFirst()
                .orElseThrow()
                .pValue());
    assertThat(DistributedSteps.clusters(spark.edges(), options))
        .anySatisfy(
            c -> assertThat(c.accounts()).hasSize(10).allMatch(a -> a.startsWith("group_")));
    // the group's set stood where it was grouped; no other set did
    assertThat(spark.standingSets().get(Signal.CO_RETWEET)).isEqualTo(1);
  }

  /** 300 accounts retweeting 120 posts at any time over two weeks, and a group of ten in bursts. */
  static List<String> bursts(Random r) {
    long start = Instant.parse("2016-10-01T00:00:00Z").getEpochSecond();
    List<String> lines = new ArrayList<>();
    for (int p = 0; p < 120; p++) {
      int retweeters = 10 + r.nextInt(40);
      for (int k = 0; k < retweeters; k++) {
        String a = r.nextInt(8) == 0 ? "group_" + r.nextInt(10) : "user" + r.nextInt(300);
        lines.add(line(a, start + r.nextInt(14 * 86_400), "story " + p, "post" + p, "", ""));
      }
    }
    for (int i = 0; i < 2; i++) {
      long moment = start + (i + 1) * 3 * 86_400L;
      for (int m = 0; m < 10; m++) {
        int p = 10 * i + 3;
        lines.add(line("group_" + m, moment + r.nextInt(60), "story " + p, "post" + p, "", ""));
      }
    }
    java.util.Collections.shuffle(lines, r);
    return lines;
  }

  @Test
  void rejectsAnEmptyInputNamingIt() throws Exception {
    Path good = dir.resolve("good.jsonl");
    Files.writeString(good, String.join("\n", planted(new Random(1))));
    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, "");
    assertThatThrownBy(
            () ->
                SparkFirstPass.run(
                    sc, names(List.of(good, empty)), PostFormat.JSONL, DetectionOptions.defaults()))
        .isInstanceOf(InputRejected.class)
        .hasMessageContaining("empty.jsonl")
        .hasMessageContaining("empty");
  }

  @Test
  void countsMalformedRowsOrStopsAtTheFirstWithItsLine() throws Exception {
    List<String> lines = new ArrayList<>(planted(new Random(2)));
    lines.add(5, "{not json");
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");

    SparkFirstPass.Result counted =
        SparkFirstPass.run(sc, names(List.of(file)), PostFormat.JSONL, DetectionOptions.defaults());
    assertThat(counted.malformed()).isEqualTo(1);
    assertThat(counted.posts()).isEqualTo(lines.size() - 1);

    assertThatThrownBy(
            () ->
                SparkFirstPass.run(
                    sc,
                    names(List.of(file)),
                    PostFormat.JSONL,
                    DetectionOptions.defaults().withStopOnMalformed(true)))
        .isInstanceOf(InputRejected.class)
        .hasMessageContaining("bad.jsonl:6");
  }

  @Test
  void refusesSignalsItDoesNotCompute() {
    assertThatThrownBy(
            () ->
                SparkFirstPass.run(
                    sc,
                    List.of("x.jsonl"),
                    PostFormat.JSONL,
                    DetectionOptions.defaults().withSignals(EnumSet.of(Signal.SIMILAR_CONTENT))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("similar-content");
  }

  static void assertSame(Map<Signal, List<PairEdge>> spark, Map<Signal, List<PairEdge>> single) {
    assertThat(spark.keySet()).isEqualTo(single.keySet());
    int total = 0;
    for (Signal s : single.keySet()) {
      List<PairEdge> a = spark.get(s);
      List<PairEdge> b = single.get(s);
      assertThat(a).as("edges of %s", s).hasSameSizeAs(b);
      for (int i = 0; i < a.size(); i++) {
        PairEdge x = a.get(i);
        PairEdge y = b.get(i);
        assertThat(x.first() + " " + x.second()).isEqualTo(y.first() + " " + y.second());
        assertThat(x.coActions()).isEqualTo(y.coActions());
        assertThat(x.weight()).isCloseTo(y.weight(), within(1e-9));
        assertThat(x.pValue()).isCloseTo(y.pValue(), within(1e-9 * Math.max(1e-300, y.pValue())));
      }
      total += b.size();
    }
    assertThat(total).isPositive();
  }

  private List<Path> split(List<String> lines, int parts, String header, String suffix)
      throws Exception {
    List<Path> files = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      List<String> part = lines.subList(lines.size() * p / parts, lines.size() * (p + 1) / parts);
      Path f = dir.resolve("part" + p + suffix);
      Files.writeString(f, header + String.join("\n", part) + "\n");
      files.add(f);
    }
    return files;
  }

  /** A Spark run and the single-machine first pass over the same files. */
  record Both(SparkFirstPass.Result spark, Map<Signal, List<PairEdge>> single) {}

  /** The jsonl lines split over three files, run on Spark and on one machine. */
  private Both onSparkAndOneMachine(List<String> lines, DetectionOptions options) throws Exception {
    List<Path> files = split(lines, 3, "", ".jsonl");
    return new Both(
        SparkFirstPass.run(sc, names(files), PostFormat.JSONL, options),
        DistributedSteps.firstPass(files, PostFormat.JSONL, options));
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(Path::toString).toList();
  }

  /**
   * Three groups of six that retweet the same twelve posts within two minutes and share a link and
   * a hashtag pair, among 120 organic accounts that retweet, link and tag from common pools at
   * random times over a month. Lines are shuffled so each group's posts fall in several files.
   */
  private static final String[] TOPICS = {
    "school", "weather", "traffic", "music", "coffee", "football", "gardening", "prices", "movies"
  };

  static List<String> planted(Random r) {
    long start = Instant.parse("2016-10-01T00:00:00Z").getEpochSecond();
    List<String> lines = new ArrayList<>();
    for (int g = 0; g < 3; g++) {
      for (int item = 0; item < 12; item++) {
        long t0 = start + (g * 40L + item) * 7_200 + r.nextInt(600);
        StringBuilder words = new StringBuilder("BREAKING");
        for (int w = 0; w < 8; w++) {
          words.append(' ').append(TOPICS[r.nextInt(TOPICS.length)]).append(r.nextInt(50));
        }
        String copypasta = words + " share now";
        for (int m = 0; m < 6; m++) {
          String a = "group" + g + "_" + m;
          long t = t0 + r.nextInt(120);
          lines.add(line(a, t, "story " + g + "-" + item, "orig" + g + "-" + item, "", ""));
          if (item % 4 == 0) {
            lines.add(
                line(
                    a,
                    t + 40,
                    copypasta + (r.nextBoolean() ? " !!" : ""),
                    null,
                    "https://news" + g + ".example/a/" + item,
                    "\"vote" + g + "\",\"now" + g + "\""));
          }
        }
      }
    }
    for (int o = 0; o < 120; o++) {
      for (int k = 0; k < 12; k++) {
        long t = start + r.nextInt(30 * 86_400);
        int p = r.nextInt(200);
        lines.add(line("organic" + o, t, "pooled " + p, "pool" + p, "", ""));
        lines.add(
            line(
                "organic" + o,
                t + 60 + r.nextInt(86_400),
                "my note on "
                    + TOPICS[r.nextInt(TOPICS.length)]
                    + " and "
                    + TOPICS[r.nextInt(TOPICS.length)]
                    + " today number "
                    + r.nextInt(1000),
                null,
                "https://site" + r.nextInt(150) + ".example/x",
                "\"tag" + r.nextInt(80) + "\",\"election\""));
      }
    }
    java.util.Collections.shuffle(lines, r);
    return lines;
  }

  private static String line(
      String account, long time, String text, String repostOf, String url, String tags) {
    return "{\"account\":\""
        + account
        + "\",\"time\":"
        + time
        + ",\"text\":\""
        + text
        + "\""
        + (repostOf == null ? "" : ",\"repost_of\":\"" + repostOf + "\"")
        + (url.isEmpty() ? "" : ",\"urls\":[\"" + url + "\"]")
        + (tags.isEmpty() ? "" : ",\"hashtags\":[" + tags + "]")
        + "}";
  }
}
