package io.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole {@code vigil} command line in-process, without System.exit. */
class CliTest {
  @TempDir Path home;

  record Run(int code, String out, String err) {}

  Run vigil(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        VigilCli.run(
            Map.of("VIGIL_HOME", home.toString()),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void documentsCommandsAndExitCodesInHelp() {
    Run r = vigil("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("serve", "audit", "user", "Exit codes:", "3", "VIGIL_HOME");
    assertThat(vigil("audit", "verify", "--help").out()).contains("the chain is broken");
  }

  @Test
  void rejectsAnInvalidPortAsAUsageError() {
    Run r = vigil("serve", "--port", "70000");
    assertThat(ExitCode.fromInt(r.code())).isEqualTo(ExitCode.USAGE_ERROR);
    assertThat(r.err()).contains("--port");
  }

  @Test
  void rejectsAnUnknownDatabaseKind() {
    Run r = vigil("audit", "verify", "--db", "oracle");
    assertThat(ExitCode.fromInt(r.code())).isEqualTo(ExitCode.USAGE_ERROR);
    assertThat(r.err()).contains("h2 or postgres");
  }

  @Test
  void saysWhenThereIsNoDatabaseToVerify() {
    Run r = vigil("audit", "verify");
    assertThat(ExitCode.fromInt(r.code())).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).contains("no database under");
  }

  @Test
  void servesTheDemoThenVerifiesTheAuditChainAndNamesATamperedEntry() throws Exception {
    Run serve = vigil("serve", "--demo", "--port", "0");
    try {
      assertThat(serve.code()).isZero();
      String port = serve.out().replaceAll("(?s).*http://localhost:(\\d+)/.*", "$1");
      HttpClient http = HttpClient.newHttpClient();
      var health =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).contains("\"UP\"");
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString("analyst:analyst".getBytes(StandardCharsets.UTF_8));
      var elections =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/elections"))
                  .header("Authorization", basic)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(elections.statusCode()).isEqualTo(200);
      assertThat(elections.body())
          .contains("\"assessmentDue\":\"2018-12-21\"", "\"assessmentDue\":\"2020-12-18\"");
    } finally {
      ServeCommand.stop();
    }
    Run ok = vigil("audit", "verify");
    assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("audit log intact");

    String url =
        "jdbc:h2:file:"
            + home.resolve("db").resolve("vigil")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE";
    try (var c = DriverManager.getConnection(url, "sa", "");
        var s = c.createStatement()) {
      s.executeUpdate(
          "update audit_log set after_json = replace(after_json, 'Prigozhin', 'Someone else') where seq = (select min(seq) from audit_log where after_json like '%Prigozhin%')");
    }
    Run broken = vigil("audit", "verify");
    assertThat(ExitCode.fromInt(broken.code())).isEqualTo(ExitCode.FINDINGS);
    assertThat(broken.out()).contains("BROKEN at entry", "was changed after it was written");
  }

  @Test
  void mountsTheEnginesCommands() throws Exception {
    Run help = vigil("--help");
    assertThat(help.out()).contains("screen", "coordination", "domains", "eval");
    assertThat(vigil("eval", "--help").out()).contains("names", "coordination");
    Path in = home.resolve("domains.txt");
    java.nio.file.Files.writeString(in, "adfs-senate.services\nwikipedia.org\n");
    Path out = home.resolve("out.jsonl");
    Run check = vigil("domains", "check", "--input", in.toString(), "--output", out.toString());
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(java.nio.file.Files.readAllLines(out))
        .hasSize(2)
        .first()
        .asString()
        .contains("\"alert\":true");
  }
}
