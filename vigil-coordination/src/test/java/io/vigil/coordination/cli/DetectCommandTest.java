package io.vigil.coordination.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.coordination.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DetectCommandTest {
  @TempDir Path dir;

  Path planted() throws Exception {
    Path in = dir.resolve("posts.jsonl");
    Files.writeString(in, Fixtures.planted(3, 6, 40, 7L).jsonl(), StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void writesClustersWithReasonsAndAccountsAndGraphMl() throws Exception {
    Path out = dir.resolve("out/result.json");
    Path graph = dir.resolve("net.graphml");
    var run =
        CommandTests.run(
            new CoordinationCommand(),
            "detect",
            "--input",
            planted().toString(),
            "--format",
            "jsonl",
            "--out",
            out.toString(),
            "--signals",
            "co-retweet,co-link,near-duplicate",
            "--window",
            "60m",
            "--graphml",
            graph.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("3 clusters with 18 accounts");
    assertThat(run.err()).contains("coordination");
    JsonNode result = JsonMapper.builder().build().readTree(out.toFile());
    assertThat(result.get("options").asString())
        .contains("co-retweet window=PT1H", "near-duplicate window=PT1H")
        .doesNotContain("co-hashtag");
    assertThat(result.get("clusters")).hasSize(3);
    JsonNode first = result.get("clusters").get(0);
    assertThat(first.get("id").asInt()).isEqualTo(1);
    assertThat(first.get("accounts")).hasSize(6);
    assertThat(first.get("score").asDouble()).isGreaterThan(0.9);
    assertThat(first.get("reasons").get(0).get("text").asString())
        .contains("pairs among 6 accounts");
    assertThat(first.get("techniques").get(0).get("id").asString()).startsWith("T0");
    assertThat(result.get("accounts")).hasSize(18);
    assertThat(result.get("accounts").get(0).get("cluster").asInt()).isEqualTo(1);
    assertThat(Files.readString(graph)).contains("<graphml").contains("group2_member5");
  }

  @Test
  void emptyInputExitsWithTwoAndSaysWhy() throws Exception {
    Path in = dir.resolve("empty.csv");
    Files.writeString(in, "");
    var run =
        CommandTests.run(
            new CoordinationCommand(),
            "detect",
            "--input",
            in.toString(),
            "--out",
            dir.resolve("r.json").toString(),
            "--no-progress");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("empty.csv").contains("empty");
    assertThat(dir.resolve("r.json")).doesNotExist();
  }

  @Test
  void aFormatMismatchIsNamed() throws Exception {
    Path in = dir.resolve("archive.csv");
    Files.writeString(in, "tweetid,userid,tweet_time,tweet_text\n1,u,2016-10-01 10:00,hi\n");
    var run =
        CommandTests.run(
            new CoordinationCommand(),
            "detect",
            "--input",
            in.toString(),
            "--format",
            "ira",
            "--out",
            dir.resolve("r.json").toString(),
            "--no-progress");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("looks like io-archive");
  }

  @Test
  void malformedRowsAreReportedWithTheirLineOrStopTheRun() throws Exception {
    Path in = dir.resolve("posts.jsonl");
    Files.writeString(
        in, Fixtures.planted(2, 5, 10, 3L).jsonl() + "{broken\n", StandardCharsets.UTF_8);
    long lines = Files.readAllLines(in).size();
    var ok =
        CommandTests.run(
            new CoordinationCommand(),
            "detect",
            "--input",
            in.toString(),
            "--format",
            "jsonl",
            "--out",
            dir.resolve("r.json").toString(),
            "--no-progress");
    assertThat(ok.exit()).isZero();
    assertThat(ok.err()).contains("1 malformed rows skipped; first at line " + lines);

    var stop =
        CommandTests.run(
            new CoordinationCommand(),
            "detect",
            "--input",
            in.toString(),
            "--format",
            "jsonl",
            "--out",
            dir.resolve("s.json").toString(),
            "--no-progress",
            "--on-malformed",
            "stop");
    assertThat(stop.exit()).isEqualTo(2);
    assertThat(stop.err()).contains("posts.jsonl:" + lines);
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    var window = detectWith("--window", "soon");
    assertThat(window.exit()).isEqualTo(2);
    assertThat(window.err()).contains("not a duration");
    var signal = detectWith("--signals", "co-dance");
    assertThat(signal.exit()).isEqualTo(2);
    assertThat(signal.err()).contains("unknown signal 'co-dance'");
    var signalWindow = detectWith("--signal-window", "co-reply=soon");
    assertThat(signalWindow.exit()).isEqualTo(2);
    assertThat(signalWindow.err()).contains("--signal-window co-reply", "not a duration");
    var unknownWindow = detectWith("--signal-window", "co-dance=5m");
    assertThat(unknownWindow.exit()).isEqualTo(2);
    assertThat(unknownWindow.err()).contains("unknown signal 'co-dance'");
    var share = detectWith("--interest-share", "1.5");
    assertThat(share.exit()).isEqualTo(2);
    assertThat(share.err()).contains("interestShare must be in [0, 1]");
    var missing =
        CommandTests.run(
            new CoordinationCommand(),
            "detect",
            "--input",
            dir.resolve("nope").toString(),
            "--out",
            dir.resolve("r.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
  }

  @Test
  void oneSignalsWindowOverridesTheCommonOne() throws Exception {
    var run =
        detectWith(
            "--format",
            "jsonl",
            "--window",
            "30m",
            "--signal-window",
            "co-reply=2m",
            "--signal-window",
            "co-link=90s");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode result = JsonMapper.builder().build().readTree(dir.resolve("r.json").toFile());
    assertThat(result.get("options").asString())
        .contains("co-reply window=PT2M", "co-link window=PT1M30S", "co-retweet window=PT30M");
  }

  /** Runs detect on the planted fixture with the given extra options. */
  private CommandTests.Run detectWith(String... options) throws Exception {
    String[] args = new String[5 + options.length];
    args[0] = "detect";
    args[1] = "--input";
    args[2] = planted().toString();
    args[3] = "--out";
    args[4] = dir.resolve("r.json").toString();
    System.arraycopy(options, 0, args, 5, options.length);
    return CommandTests.run(new CoordinationCommand(), args);
  }

  @Test
  void helpListsTheExitCodes() {
    var run = CommandTests.run(new CoordinationCommand(), "detect", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Exit codes:").contains("2   Usage error or bad input");
  }
}
