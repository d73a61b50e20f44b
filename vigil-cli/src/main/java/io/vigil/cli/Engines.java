package io.vigil.cli;

import io.vigil.coordination.cli.CoordinationCommand;
import io.vigil.coordination.cli.EvalCoordinationCommand;
import io.vigil.domains.cli.DomainsCommand;
import io.vigil.screening.cli.EvalNamesCommand;
import io.vigil.screening.cli.ScreenCommand;
import io.vigil.stix.cli.StixCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Mounts the engines' own commands (each engine module keeps its commands in its cli package):
 * {@code screen}, {@code coordination detect}, {@code domains check|variants}, and the evaluations
 * under {@code eval}.
 */
final class Engines {
  private Engines() {}

  /** {@code vigil eval}: measures a detector against labelled data. */
  @Command(
      name = "eval",
      mixinStandardHelpOptions = true,
      description = "Measures an engine against labelled data (only evaluations read labels).")
  static final class Eval {}

  static void register(CommandLine root) {
    CommandLine.IFactory f = root.getFactory();
    root.addSubcommand("screen", new CommandLine(ScreenCommand.class, f));
    root.addSubcommand("coordination", new CommandLine(CoordinationCommand.class, f));
    root.addSubcommand("domains", new CommandLine(DomainsCommand.class, f));
    root.addSubcommand("stix", new CommandLine(StixCommand.class, f));
    CommandLine eval = new CommandLine(new Eval(), f);
    eval.addSubcommand("names", new CommandLine(EvalNamesCommand.class, f));
    eval.addSubcommand("coordination", new CommandLine(EvalCoordinationCommand.class, f));
    root.addSubcommand("eval", eval);
  }
}
