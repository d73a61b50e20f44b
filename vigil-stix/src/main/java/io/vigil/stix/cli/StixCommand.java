package io.vigil.stix.cli;

import io.vigil.process.activity.Framework;
import io.vigil.stix.catalog.AttackGroup;
import io.vigil.stix.catalog.Tactic;
import io.vigil.stix.catalog.Technique;
import io.vigil.stix.catalog.TechniqueCatalog;
import io.vigil.stix.validation.StixValidator;
import io.vigil.stix.validation.StixViolation;
import io.vigil.stix.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/*
 * Design note. `vigil stix` groups the STIX commands: `validate` checks bundles against the OASIS
 * STIX 2.1 schemas offline and prints each violation with its object (index, type, id) and
 * property path; `techniques` lists or searches the DISARM and ATT&CK catalogs. The shared data
 * folder (schemas, framework bundles) comes from --data, else the system property
 * vigil.shared.data, else the environment variable VIGIL_SHARED_DATA, else ../shared/data. Exit
 * codes follow io.vigil.cli.ExitCode: 0 ok, 1 error, 2 bad input (an invalid bundle included).
 */

/** {@code stix}: STIX 2.1 bundles and the technique catalogs. */
@Command(
    name = "stix",
    mixinStandardHelpOptions = true,
    description = "STIX 2.1: validate bundles, look up DISARM and ATT&CK techniques.",
    subcommands = {StixCommand.Validate.class, StixCommand.Techniques.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:unexpected error", "2:bad input (invalid bundle, bad option)"})
public final class StixCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int ERROR = 1;
  static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return BAD_INPUT;
  }

  /** The shared data folder from an option, the system property, the environment or the default. */
  static Path dataFolder(@Nullable Path option) {
    if (option != null) {
      return option;
    }
    String p = System.getProperty("vigil.shared.data");
    if (p == null || p.isBlank()) {
      p = System.getenv("VIGIL_SHARED_DATA");
    }
    return Path.of(p == null || p.isBlank() ? "../shared/data" : p);
  }

  /** {@code stix validate FILE...}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Validates STIX 2.1 bundles against the OASIS JSON schemas (offline).",
        "Prints every error with its object (index, type, id) and property path."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:every bundle is valid",
        "1:unexpected error",
        "2:a bundle is invalid or unreadable, or a bad option"
      })
  public static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "STIX 2.1 bundle files (JSON)")
    List<Path> files = new ArrayList<>();

    @Option(
        names = "--schemas",
        paramLabel = "DIR",
        description =
            "The OASIS schemas folder (default: <data>/" + StixValidator.SHARED_SCHEMAS + ")")
    @Nullable Path schemas;

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder")
    @Nullable Path data;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path folder =
          schemas != null ? schemas : dataFolder(data).resolve(StixValidator.SHARED_SCHEMAS);
      if (!Files.isDirectory(folder)) {
        err.println("stix validate: no schemas folder " + folder + " (use --schemas or --data)");
        return BAD_INPUT;
      }
      StixValidator validator = StixValidator.offline(folder);
      boolean allValid = true;
      for (Path file : files) {
        byte[] json;
        try {
          json = Files.readAllBytes(file);
        } catch (IOException e) {
          err.println(file + ": cannot be read: " + e.getMessage());
          allValid = false;
          continue;
        }
        long start = System.nanoTime();
        ValidationReport report = validator.validate(json);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (report.valid()) {
          out.printf(Locale.ROOT, "%s: valid (%d objects, %d ms)%n", file, report.objects(), ms);
        } else {
          allValid = false;
          out.printf(
              Locale.ROOT,
              "%s: INVALID, %d error%s (%d objects)%n",
              file,
              report.violations().size(),
              report.violations().size() == 1 ? "" : "s",
              report.objects());
          for (StixViolation v : report.violations()) {
            out.println("  " + v);
          }
        }
      }
      out.flush();
      return allValid ? OK : BAD_INPUT;
    }
  }

  /** {@code stix techniques --framework disarm|attack [--search TEXT]}. */
  @Command(
      name = "techniques",
      mixinStandardHelpOptions = true,
      description = {
        "Lists the techniques of DISARM or ATT&CK Enterprise (id, name, tactics, parent).",
        "With --search, only those whose id, name or tactic contains the text.",
        "With --group (ATT&CK), the group and the techniques it uses."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:listed", "1:unexpected error", "2:bad option or unknown group"})
  public static final class Techniques implements Callable<Integer> {
    @Spec CommandSpec spec;

    enum Choice {
      disarm,
      attack
    }

    @Option(
        names = "--framework",
        required = true,
        paramLabel = "disarm|attack",
        description = "disarm or attack")
    Choice framework;

    @Option(
        names = "--search",
        paramLabel = "TEXT",
        description = "id, name or tactic contains TEXT")
    @Nullable String search;

    @Option(names = "--group", paramLabel = "GID", description = "an ATT&CK group id such as G0007")
    @Nullable String group;

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder")
    @Nullable Path data;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path frameworks = dataFolder(data).resolve("frameworks");
      if (!Files.isRegularFile(frameworks.resolve(TechniqueCatalog.DISARM_FILE))) {
        err.println("stix techniques: no framework bundles in " + frameworks + " (use --data)");
        return BAD_INPUT;
      }
      TechniqueCatalog catalog = TechniqueCatalog.load(frameworks);
      Framework f = framework == Choice.disarm ? Framework.DISARM : Framework.ATTACK;
      List<Technique> list;
      if (group != null) {
        if (f != Framework.ATTACK) {
          err.println("stix techniques: --group needs --framework attack");
          return BAD_INPUT;
        }
        AttackGroup g = catalog.group(group).orElse(null);
        if (g == null) {
          err.println("stix techniques: ATT&CK has no group " + group);
          return BAD_INPUT;
        }
        out.println(g.id() + " " + g.name() + " (aliases: " + String.join(", ", g.aliases()) + ")");
        list =
            g.techniqueIds().stream()
                .map(id -> catalog.technique(Framework.ATTACK, id).orElse(null))
                .filter(t -> t != null)
                .toList();
      } else {
        list = search == null ? catalog.techniques(f) : catalog.search(f, search);
      }
      for (Technique t : list) {
        out.println(line(t));
      }
      out.flush();
      err.println(list.size() + " technique" + (list.size() == 1 ? "" : "s"));
      err.flush();
      return OK;
    }

    static String line(Technique t) {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%-10s %s", t.id(), t.name()));
      if (!t.tactics().isEmpty()) {
        b.append("  [")
            .append(String.join(", ", t.tactics().stream().map(Tactic::toString).toList()))
            .append(']');
      }
      if (t.parentId() != null) {
        b.append("  sub-technique of ").append(t.parentId());
      }
      if (t.retired()) {
        b.append("  (revoked or deprecated)");
      }
      return b.toString();
    }
  }
}
