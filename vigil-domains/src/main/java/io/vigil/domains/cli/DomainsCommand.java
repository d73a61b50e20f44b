package io.vigil.domains.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code vigil domains}: lookalike-domain detection. Registered by the root {@code vigil} command.
 */
@Command(
    name = "domains",
    mixinStandardHelpOptions = true,
    description = "Find domains that imitate protected election stakeholders.",
    subcommands = {CheckCommand.class, VariantsCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:an input or output file could not be read or written",
      "2:usage error or bad input (rejected registry, unusable lines)",
      "3:alerts found (check --fail-on-alert)"
    })
public final class DomainsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE_ERROR.code();
  }
}
