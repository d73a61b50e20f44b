package io.vigil.cli;

import io.vigil.process.audit.ChainVerification;
import io.vigil.server.audit.AuditRows;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil audit verify}: checks the hash chain of the audit log and names the first broken
 * link.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "The tamper-evident audit log.",
    subcommands = AuditCommand.Verify.class)
final class AuditCommand {

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Checks every entry of the audit log against its hash and its predecessor's.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:the chain is intact",
        "1:the database could not be read",
        "2:invalid options",
        "3:the chain is broken: the first broken entry is named"
      })
  static final class Verify implements Callable<Integer> {
    private final Map<String, String> env;

    @Spec CommandSpec spec;

    @Option(names = "--db", description = "h2 (default) or postgres")
    @Nullable String db;

    @Option(names = "--db-url", description = "a JDBC URL (overrides --db and VIGIL_DB_URL)")
    @Nullable String dbUrl;

    Verify(Map<String, String> env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      Database d;
      try {
        d = Database.resolve(env, db, dbUrl);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      if (!d.postgres()
          && dbUrl == null
          && !env.containsKey("VIGIL_DB_URL")
          && !java.nio.file.Files.exists(d.home().resolve("db").resolve("vigil.mv.db"))) {
        spec.commandLine()
            .getErr()
            .println(
                "vigil: no database under "
                    + d.home()
                    + " (run `vigil serve` first, or set VIGIL_HOME)");
        return ExitCode.ERROR.code();
      }
      var ds = new DriverManagerDataSource(d.url(), d.user(), d.password());
      ChainVerification v = AuditRows.verify(JdbcClient.create(ds));
      return switch (v) {
        case ChainVerification.Intact i -> {
          spec.commandLine()
              .getOut()
              .printf("audit log intact: %d entries, head %s%n", i.entries(), i.headHash());
          yield ExitCode.OK.code();
        }
        case ChainVerification.Broken b -> {
          spec.commandLine()
              .getOut()
              .printf(
                  "audit log BROKEN at entry %d (%d entries before it are intact): %s%n",
                  b.seq(), b.goodEntries(), b.reason());
          yield ExitCode.FINDINGS.code();
        }
      };
    }
  }
}
