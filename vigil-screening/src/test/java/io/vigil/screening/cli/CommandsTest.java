package io.vigil.screening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommandsTest {
  record Run(int code, String out, String err) {}

  static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Path list(Path dir) throws IOException {
    Path l = dir.resolve("list.ftm.json");
    Files.writeString(
        l,
        "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"PUTIN, Vladimir Vladimirovich\"],"
            + "\"birthDate\":[\"1952-10-07\"],\"nationality\":[\"ru\"]}}\n"
            + "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Romashka LLC\"]}}\n",
        StandardCharsets.UTF_8);
    return l;
  }

  @Test
  void screensACsvAndWritesBestFirstMatchesAboveTheThreshold(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("q.csv");
    Files.writeString(
        in,
        "id,name,schema,birthDate,nationality\n"
            + "1,Владимир Путин,Person,1952-10-07,Russia\n"
            + "2,John Smith,Person,,\n"
            + "3,OOO Romashka,Company,,\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("r.jsonl");
    Run r =
        run(
            new ScreenCommand(),
            "--list",
            list(dir).toString(),
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--no-progress");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    JsonMapper json = JsonMapper.builder().build();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("id").asString()).isEqualTo("1");
    assertThat(first.get("matches").get(0).get("entityId").asString()).isEqualTo("p1");
    assertThat(first.get("matches").get(0).get("score").asDouble()).isGreaterThan(0.9);
    assertThat(first.get("matches").get(0).get("explanation").get("text").asString())
        .contains("translit");
    assertThat(json.readTree(lines.get(1)).get("matches").size()).isZero();
    assertThat(json.readTree(lines.get(2)).get("matches").get(0).get("entityId").asString())
        .isEqualTo("c1");
  }

  @Test
  void rejectsAnInputRowWithAnEmptyNameNamingTheLine(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("q.csv");
    Files.writeString(in, "id,name\n1,Ivan\n2,\n", StandardCharsets.UTF_8);
    Run r =
        run(
            new ScreenCommand(),
            "--list",
            list(dir).toString(),
            "--input",
            in.toString(),
            "--output",
            dir.resolve("r.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("q.csv:3").contains("name must not be blank");
  }

  @Test
  void rejectsABrokenListWithoutWritingOutput(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "not json\n", StandardCharsets.UTF_8);
    Path in = dir.resolve("q.csv");
    Files.writeString(in, "id,name\n1,Ivan\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("r.jsonl");
    Run r =
        run(
            new ScreenCommand(),
            "--list",
            bad.toString(),
            "--input",
            in.toString(),
            "--output",
            out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.json:1");
    assertThat(out).doesNotExist();
  }

  @Test
  void evalNamesPrintsPrecisionRecallAndF1(@TempDir Path dir) throws IOException {
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(
        pairs,
        "case_group,schema,name1,name2,is_match\n"
            + "x,Person,Vladimir Pulin,Vladimir Putin,true\n"
            + "x,Person,Octavian Scholz,Olaf Scholz,false\n"
            + "x,Company,Siemens Aktiengesellschaft,Siemens AG,true\n",
        StandardCharsets.UTF_8);
    Run r = run(new EvalNamesCommand(), "--pairs", pairs.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("precision  1.000")
        .contains("recall     1.000")
        .contains("f1         1.000");
  }

  @Test
  void helpListsTheExitCodes() {
    Run r = run(new ScreenCommand(), "--help");
    assertThat(r.out()).contains("Exit codes:").contains("2").contains("bad input");
  }
}
