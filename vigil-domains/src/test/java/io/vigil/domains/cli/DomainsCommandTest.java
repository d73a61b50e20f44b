package io.vigil.domains.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

class DomainsCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new DomainsCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void checkWritesOneJsonVerdictPerLine() throws IOException {
    Path input =
        Files.writeString(dir.resolve("in.txt"), "# feed\nadfs-senate.services\nexample.com\n");
    Path output = dir.resolve("out.jsonl");
    int code = run("check", "--input", input.toString(), "--output", output.toString());
    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).hasSize(2);
    JsonNode alert = JSON.readTree(lines.get(0));
    assertThat(alert.propertyNames())
        .containsExactly("domain", "score", "alert", "imitates", "reasons");
    assertThat(alert.get("domain").asString()).isEqualTo("adfs-senate.services");
    assertThat(alert.get("alert").asBoolean()).isTrue();
    assertThat(alert.get("score").asDouble()).isBetween(0.6, 1.0);
    assertThat(alert.get("imitates").get("org").asString()).isEqualTo("United States Senate");
    assertThat(alert.get("imitates").get("domain").asString()).isEqualTo("senate.gov");
    assertThat(alert.get("reasons").get(0).asString()).contains("senate");
    JsonNode quiet = JSON.readTree(lines.get(1));
    assertThat(quiet.get("alert").asBoolean()).isFalse();
    assertThat(quiet.get("imitates").isNull()).isTrue();
  }

  @Test
  void checkStreamsStandardInputToStandardOutput() {
    InputStream previous = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream("my-iri.org\nwikipedia.org\n".getBytes(StandardCharsets.UTF_8)));
      int code = run("check", "--input", "-", "--alerts-only", "--fail-on-alert");
      assertThat(code).isEqualTo(ExitCode.ALERTS_FOUND.code());
    } finally {
      System.setIn(previous);
    }
    assertThat(out.toString().lines())
        .singleElement()
        .asString()
        .contains("\"domain\":\"my-iri.org\"");
  }

  @Test
  void checkNamesUnusableLinesAndChecksTheRest() throws IOException {
    Path input =
        Files.writeString(dir.resolve("in.txt"), "senate.group\n\nbad_name.com\nxn--zzzz-.com\n");
    int code = run("check", "-i", input.toString());
    assertThat(code).isEqualTo(ExitCode.USAGE_ERROR.code());
    assertThat(err.toString())
        .contains(input + ":2: empty name")
        .contains(input + ":3: illegal character '_'")
        .contains(input + ":4: illegal internationalised name")
        .contains("3 line(s) of " + input + " were not domain names");
    assertThat(out.toString().lines()).singleElement().asString().contains("senate.group");
  }

  @Test
  void checkRejectsABadRegistryBeforeCheckingAnything() throws IOException {
    Path input = Files.writeString(dir.resolve("in.txt"), "senate.group\n");
    Path registry =
        Files.writeString(
            dir.resolve("registry.tsv"),
            "id\torg\tcategory\tdomains\tbrands\ttokens\tsource\tverify\n"
                + "a\tA\tparty\ta.org\t\t\thttps://a.org/\t\n"
                + "a\tB\tparty\tb.org\t\t\thttps://b.org/\t\n");
    int code = run("check", "-i", input.toString(), "--registry", registry.toString());
    assertThat(code).isEqualTo(ExitCode.USAGE_ERROR.code());
    assertThat(err.toString()).contains(registry + ":3: duplicate id 'a' (first on line 2)");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void checkRefusesAMissingInputFile() {
    int code = run("check", "--input", dir.resolve("nope.txt").toString());
    assertThat(code).isEqualTo(ExitCode.USAGE_ERROR.code());
    assertThat(err.toString()).contains("--input: cannot read file");
  }

  @Test
  void variantsListsPermutationsWithTheirFuzzer() {
    int code = run("variants", "iri.org");
    assertThat(code).isZero();
    assertThat(out.toString().lines()).contains("omission\tir.org", "tld-swap\tiri.group");
  }

  @Test
  void variantsCanCheckEachPermutation() {
    int code = run("variants", "--check", "senate.gov");
    assertThat(code).isZero();
    assertThat(out.toString().lines())
        .anySatisfy(
            line -> assertThat(line).startsWith("transposition\tsenaet.gov\t").contains("alert"));
  }

  @Test
  void helpListsTheExitCodes() {
    int code = run("check", "--help");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("Exit codes:").contains("--fail-on-alert");
  }
}
