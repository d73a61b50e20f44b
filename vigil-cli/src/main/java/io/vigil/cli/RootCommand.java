package io.vigil.cli;

import picocli.CommandLine.Command;

/** {@code vigil}: the root command; it only lists the subcommands. */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    version = "Vigil 0.1.0",
    description =
        "Vigil carries out the EO 13848 process: evidence, detection, attribution, assessment, impact report, sanctions, screening.",
    subcommands = {ServeCommand.class, AuditCommand.class, UserCommand.class, ReportCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the command did what was asked",
      "1:an error while running (I/O, database)",
      "2:invalid command line or input; nothing was changed",
      "3:findings (a broken audit chain, hits above the threshold)"
    },
    footer = {
      "",
      "Data lives under ./data unless VIGIL_HOME names another folder; VIGIL_DB_URL points at another database."
    })
final class RootCommand {}
