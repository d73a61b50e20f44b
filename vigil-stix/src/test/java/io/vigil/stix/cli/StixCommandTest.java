package io.vigil.stix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StixCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new StixCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private static Path shared() {
    return Path.of(System.getProperty("vigil.shared.data"));
  }

  @Test
  void validateAcceptsTheOasisExamples() {
    Path apt1 =
        shared().resolve("frameworks/stix21-json-schemas/examples/threat-reports/apt1.json");
    Path poison =
        shared().resolve("frameworks/stix21-json-schemas/examples/threat-reports/poisonivy.json");

    int code = run("validate", apt1.toString(), poison.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("apt1.json: valid (76 objects")
        .contains("poisonivy.json: valid (155 objects");
  }

  @Test
  void validatePrintsEachErrorWithObjectAndPropertyAndExitsTwo(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        """
        {"type":"bundle","id":"bundle--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b7e","objects":[
          {"type":"indicator","spec_version":"2.1","id":"indicator--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b71",
           "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z",
           "pattern":"[domain-name:value = 'senate.group']","pattern_type":"stix",
           "valid_from":"2024-01-01T00:00:00Z","confidence":101}
        ]}
        """);
    Path missing = dir.resolve("missing.json");

    int code = run("validate", bad.toString(), missing.toString());

    assertThat(code).isEqualTo(2);
    assertThat(out.toString())
        .contains("bad.json: INVALID, 1 error (1 objects)")
        .contains(
            "  objects[0] (indicator indicator--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b71) /confidence:");
    assertThat(err.toString()).contains("missing.json: cannot be read");
  }

  @Test
  void techniquesSearchesDisarm() {
    int code = run("techniques", "--framework", "disarm", "--search", "lookalike");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("T0149.003").contains("sub-technique of T0149");
  }

  @Test
  void techniquesListsTheTechniquesOfAnAttackGroup() {
    int code = run("techniques", "--framework", "attack", "--group", "G0007");

    assertThat(code).isZero();
    assertThat(out.toString()).startsWith("G0007 APT28").contains("T1583.001  Domains");
  }

  @Test
  void anUnknownGroupOrAMissingFrameworkIsABadInput() {
    assertThat(run("techniques", "--framework", "attack", "--group", "G9999")).isEqualTo(2);
    assertThat(err.toString()).contains("ATT&CK has no group G9999");
    assertThat(run("techniques")).isEqualTo(2);
  }
}
