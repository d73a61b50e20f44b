package io.vigil.coordination.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coordination}: the coordination engine's commands (subcommand {@code detect}). */
@Command(
    name = "coordination",
    mixinStandardHelpOptions = true,
    description =
        "Coordinated-account detection (co-retweet, co-link, hashtags, copypasta, timing).",
    subcommands = {DetectCommand.class},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:OK", "2:Usage error (no subcommand given)"})
public final class CoordinationCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    if (spec != null) {
      spec.commandLine().usage(spec.commandLine().getErr());
    }
    return CommandLine.ExitCode.USAGE;
  }
}
