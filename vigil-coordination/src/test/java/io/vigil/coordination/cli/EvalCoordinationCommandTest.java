package io.vigil.coordination.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.coordination.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCoordinationCommandTest {
  @TempDir Path dir;

  @Test
  void printsAgreementWithTheLabelsForAllAndEnglishAccounts() throws Exception {
    Fixtures.Planted planted = Fixtures.planted(3, 6, 40, 7L);
    Path in = dir.resolve("posts.jsonl");
    Files.writeString(in, planted.jsonl(), StandardCharsets.UTF_8);
    StringBuilder labels = new StringBuilder("author,account_category\n");
    for (int g = 0; g < planted.groups().size(); g++) {
      for (String a : planted.groups().get(g)) {
        labels.append(a).append(",Group").append(g).append('\n');
      }
    }
    for (String b : planted.background()) {
      labels.append(b).append(",Organic\n");
    }
    Path labelFile = dir.resolve("labels.csv");
    Files.writeString(labelFile, labels);

    var run =
        CommandTests.run(
            new EvalCoordinationCommand(CommandTests.CLOCK),
            "--input",
            in.toString(),
            "--format",
            "jsonl",
            "--labels",
            labelFile.toString(),
            "--no-progress");

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    String all = lines.stream().filter(l -> l.startsWith("all ")).findFirst().orElseThrow();
    // the three groups are recovered exactly; the 40 organic accounts stay uncovered
    assertThat(all).contains("1.000").contains("18/58");
    assertThat(run.out()).contains("english");
  }

  @Test
  void aLabelFileWithoutTheNeededColumnsIsBadInput() throws Exception {
    Path in = dir.resolve("posts.jsonl");
    Files.writeString(in, Fixtures.planted(1, 3, 2, 1L).jsonl(), StandardCharsets.UTF_8);
    Path labelFile = dir.resolve("labels.csv");
    Files.writeString(labelFile, "name,kind\na,b\n");
    var run =
        CommandTests.run(
            new EvalCoordinationCommand(CommandTests.CLOCK),
            "--input",
            in.toString(),
            "--format",
            "jsonl",
            "--labels",
            labelFile.toString(),
            "--no-progress");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("labels.csv").contains("account_category");
  }
}
