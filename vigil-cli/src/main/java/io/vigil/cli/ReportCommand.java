package io.vigil.cli;

import io.vigil.process.RecordNotFound;
import io.vigil.process.access.Principal;
import io.vigil.server.VigilServer;
import io.vigil.server.security.UserAccount;
import io.vigil.server.security.UserAccounts;
import io.vigil.server.ui.report.ReportService;
import io.vigil.server.ui.report.ReportService.Product;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil report assessment|impact --election ID --pdf out.pdf}: prints the Sec. 1(a)
 * assessment or the Sec. 1(b) report of an election to a PDF (and optionally its HTML), marked on
 * every page, without starting the web server. It reads the database as the named user, so the file
 * holds what that user may read; without {@code --as} it prints as the local system operator, who
 * holds the database itself.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Prints the 1(a) assessment or the 1(b) impact report of an election as PDF.",
    subcommands = {ReportCommand.AssessmentReport.class, ReportCommand.ImpactReport.class})
final class ReportCommand {

  /** The options and the work both products share. */
  abstract static class Print implements Callable<Integer> {
    private final Map<String, String> env;

    @Spec CommandSpec spec;

    @Option(
        names = "--election",
        required = true,
        description = "the election id, e.g. us-2020-general")
    String election = "";

    @Option(names = "--pdf", required = true, description = "the PDF file to write")
    Path pdf = Path.of("report.pdf");

    @Option(names = "--html", description = "also write the report as one HTML file")
    @Nullable Path html;

    @Option(
        names = "--as",
        description =
            "print as this user: only the records they may read, and the banner of those (default: the local operator, who reads everything)")
    @Nullable String as;

    @Option(
        names = "--demo",
        description =
            "fill an empty database with the demo cycles first, as `vigil serve --demo` does")
    boolean demo;

    @Option(names = "--db", description = "h2 (default) or postgres")
    @Nullable String db;

    @Option(names = "--db-url", description = "a JDBC URL (overrides --db and VIGIL_DB_URL)")
    @Nullable String dbUrl;

    Print(Map<String, String> env) {
      this.env = env;
    }

    abstract Product product();

    @Override
    public Integer call() {
      Database d;
      try {
        d = Database.resolve(env, db, dbUrl);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      Path target = pdf.toAbsolutePath();
      if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
        throw new ParameterException(
            spec.commandLine(), "--pdf: the folder " + target.getParent() + " does not exist");
      }
      List<String> args = new ArrayList<>(List.of(d.springArgs()));
      args.add("--spring.main.web-application-type=none");
      args.add("--vigil.demo=" + demo);
      if (d.postgres()) {
        args.add("--spring.profiles.active=postgres");
      }
      try (ConfigurableApplicationContext ctx = VigilServer.start(args.toArray(String[]::new))) {
        Principal reader = Principal.system();
        if (as != null) {
          UserAccount account =
              ctx.getBean(UserAccounts.class)
                  .find(as)
                  .filter(UserAccount::enabled)
                  .orElseThrow(
                      () ->
                          new ParameterException(
                              spec.commandLine(), "--as: no enabled user '" + as + "'"));
          reader = account.principal();
        }
        ReportService reports = ctx.getBean(ReportService.class);
        byte[] bytes;
        try {
          bytes = reports.pdf(reader, product(), election);
          if (html != null) {
            Files.writeString(
                html, reports.xhtml(reader, product(), election), StandardCharsets.UTF_8);
          }
        } catch (RecordNotFound e) {
          spec.commandLine()
              .getErr()
              .println(
                  "vigil: "
                      + e.getMessage()
                      + (as == null ? "" : " (or user '" + as + "' may not read it)"));
          return ExitCode.USAGE_ERROR.code();
        }
        Files.write(target, bytes);
        spec.commandLine()
            .getOut()
            .printf(
                "%s of %s written to %s (%d bytes)%n",
                product() == Product.ASSESSMENT ? "1(a) assessment" : "1(b) impact report",
                election,
                target,
                bytes.length);
        return ExitCode.OK.code();
      } catch (IOException e) {
        spec.commandLine()
            .getErr()
            .println("vigil: could not write " + target + ": " + e.getMessage());
        return ExitCode.ERROR.code();
      }
    }
  }

  @Command(
      name = "assessment",
      mixinStandardHelpOptions = true,
      description = "Prints the Sec. 1(a) assessment of an election.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:the PDF was written",
        "1:the file could not be written or the database could not be read",
        "2:invalid options, or no such election or assessment (for that user)"
      })
  static final class AssessmentReport extends Print {
    AssessmentReport(Map<String, String> env) {
      super(env);
    }

    @Override
    Product product() {
      return Product.ASSESSMENT;
    }
  }

  @Command(
      name = "impact",
      aliases = "impact-report",
      mixinStandardHelpOptions = true,
      description = "Prints the Sec. 1(b) impact report of an election.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:the PDF was written",
        "1:the file could not be written or the database could not be read",
        "2:invalid options, or no such election or report (for that user)"
      })
  static final class ImpactReport extends Print {
    ImpactReport(Map<String, String> env) {
      super(env);
    }

    @Override
    Product product() {
      return Product.IMPACT_REPORT;
    }
  }
}
