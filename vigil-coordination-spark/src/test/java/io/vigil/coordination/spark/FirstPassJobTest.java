package io.vigil.coordination.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.DistributedSteps;
import io.vigil.coordination.DistributedSteps.PairEdge;
import io.vigil.coordination.PostFormat;
import io.vigil.coordination.Signal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The spark-submit entry point, run whole in this JVM (Spark local mode, no System.exit). */
class FirstPassJobTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(new FirstPassJob())
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void writesTheKeptEdgesOfAllInputsAsCsv() throws Exception {
    List<String> lines = SparkFirstPassTest.planted(new Random(11));
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Files.writeString(a, String.join("\n", lines.subList(0, lines.size() / 2)) + "\n");
    Files.writeString(b, String.join("\n", lines.subList(lines.size() / 2, lines.size())) + "\n");
    Path csv = dir.resolve("edges.csv");
    Path clusters = dir.resolve("clusters.csv");

    Run r =
        run(
            "--format",
            "jsonl",
            "--master",
            "local[2]",
            "--out",
            csv.toString(),
            "--clusters",
            clusters.toString(),
            a.toString(),
            b.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("from 2 inputs")
        .contains(String.format("%,d posts", lines.size()));
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).isEqualTo("signal,first,second,co_actions,weight,p_value");
    Map<Signal, List<PairEdge>> single =
        DistributedSteps.firstPass(
            List.of(a, b),
            PostFormat.JSONL,
            DetectionOptions.defaults().withSignals(DistributedSteps.SIGNALS));
    int expected = single.values().stream().mapToInt(List::size).sum();
    assertThat(rows).hasSize(expected + 1);
    assertThat(rows).anyMatch(l -> l.startsWith("co-retweet,group0_0,group0_1,12,"));
    // the clusters, one row per account: each group's six members share a cluster of six, held
    // together by co-retweets among other signals
    List<String> members = Files.readAllLines(clusters);
    assertThat(members.get(0)).isEqualTo("cluster,account,size,signals");
    for (int g = 0; g < 3; g++) {
      String group = ",group" + g + "_";
      List<String> mine = members.stream().filter(l -> l.contains(group)).toList();
      assertThat(mine).hasSize(6).allMatch(l -> l.contains(",6,") && l.contains("co-retweet:"));
      String cluster = mine.get(0).substring(0, mine.get(0).indexOf(','));
      assertThat(mine).allMatch(l -> l.startsWith(cluster + ","));
    }
    assertThat(r.out()).contains("clusters -> " + clusters);
  }

  @Test
  void refusesASignalSparkDoesNotComputeBeforeStartingIt() {
    Run r = run("--signals", "co-retweet,similar-content", "--out", "x.csv", "in.csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("similar-content is not computed on Spark");
  }

  @Test
  void takesTheDetectCommandsSpellingsAndRefusesOthersBeforeStartingSpark() {
    Run r = run("--window", "an hour", "--out", "x.csv", "in.csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'an hour' is not a duration");
    Run since = run("--since", "1 Sep 2016", "--out", "x.csv", "in.csv");
    assertThat(since.code()).isEqualTo(2);
    assertThat(since.err()).contains("--since");
  }

  @Test
  void namesAMissingInput() {
    Run r = run("--out", dir.resolve("x.csv").toString(), dir.resolve("nowhere.csv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no such input file").contains("nowhere.csv");
  }

  @Test
  void anEmptyInputExitsWithTwoAndItsName() throws Exception {
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    Path csv = dir.resolve("edges.csv");
    Run r = run("--master", "local[1]", "--out", csv.toString(), empty.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("empty.csv").contains("empty");
    assertThat(csv).doesNotExist();
  }
}
