package io.vigil.coordination.cli;

import io.vigil.coordination.Detection;
import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.InputRejected;
import io.vigil.coordination.eval.AccountLabels;
import io.vigil.coordination.eval.Agreement;
import io.vigil.coordination.eval.Evaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eval coordination}: runs a detection and scores its clusters against account labels. The
 * detection never sees the labels; only this command reads them, after the detection.
 */
@Command(
    name = "coordination",
    mixinStandardHelpOptions = true,
    description = {
      "Score coordination clusters against account labels (e.g. ira-authors.csv).",
      "Prints adjusted Rand index, NMI, purity, inverse purity and coverage for all labelled"
          + " accounts and for English-language ones (accounts whose posts are mostly English)."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:OK",
      "1:Error (I/O failure or bug)",
      "2:Usage error or bad input (unknown option, unreadable labels, empty input, format"
          + " mismatch)"
    })
public final class EvalCoordinationCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin DetectionOptionsMixin input = new DetectionOptionsMixin();

  @Option(
      names = "--labels",
      required = true,
      paramLabel = "FILE",
      description = "CSV with an account column (author, account, userid) and account_category.")
  @Nullable Path labels;

  private final Clock clock;

  public EvalCoordinationCommand() {
    this(Clock.systemUTC());
  }

  public EvalCoordinationCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    DetectionOptions options = input.toOptions(spec);
    Path l = labels;
    if (l == null || !Files.isReadable(l)) {
      throw new ParameterException(spec.commandLine(), "--labels: no readable file at " + l);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> labelMap;
    try {
      labelMap = AccountLabels.read(l);
    } catch (IllegalArgumentException | IOException e) {
      err.println("eval coordination: " + e.getMessage());
      err.flush();
      return ExitCode.USAGE_OR_INPUT.code();
    }
    try {
      Detection d =
          ProgressRun.detect(clock, input.input, input.format(), options, err, !input.noProgress);
      Evaluation ev = Evaluation.of(d, labelMap);
      out.printf(
          "input: %s (%,d posts, %,d accounts)%n",
          d.source(), d.stats().posts(), d.stats().accounts());
      out.printf("labels: %s (%,d accounts)%n", l, labelMap.size());
      out.printf("options: %s%n", options.signals());
      out.printf(
          "%-8s %7s %7s %7s %7s %9s %9s %8s%n",
          "subset", "ARI", "NMI", "purity", "inv.pur", "coverage", "covered", "clusters");
      row(out, "all", ev.all());
      row(out, "english", ev.english());
      out.flush();
      return ExitCode.OK.code();
    } catch (InputRejected e) {
      err.println("eval coordination: " + e.getMessage());
      err.flush();
      return ExitCode.USAGE_OR_INPUT.code();
    } catch (IOException | UncheckedIOException e) {
      err.println("eval coordination: " + e.getMessage());
      err.flush();
      return ExitCode.ERROR.code();
    }
  }

  private static void row(PrintWriter out, String name, Agreement a) {
    out.printf(
        "%-8s %7.3f %7.3f %7.3f %7.3f %9.3f %4d/%-4d %8d%n",
        name,
        a.ari(),
        a.nmi(),
        a.purity(),
        a.inversePurity(),
        a.coverage(),
        a.covered(),
        a.accounts(),
        a.clusters());
  }
}
