package io.vigil.coordination.cli;

import io.vigil.coordination.Detection;
import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.InputRejected;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code coordination detect}: finds coordinated account networks and writes result.json. */
@Command(
    name = "detect",
    mixinStandardHelpOptions = true,
    description = {
      "Find coordinated account networks in posts and explain every link.",
      "Writes clusters [{id, accounts, score, reasons}] and accounts [{account, cluster, score}]."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:OK",
      "1:Error (I/O failure or bug)",
      "2:Usage error or bad input (unknown option, empty input, format mismatch, malformed row"
          + " with --on-malformed=stop)"
    })
public final class DetectCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin DetectionOptionsMixin input = new DetectionOptionsMixin();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write result.json.")
  @Nullable Path out;

  @Option(
      names = "--graphml",
      paramLabel = "FILE",
      description = "Also write the network as GraphML.")
  @Nullable Path graphml;

  private final Clock clock;

  public DetectCommand() {
    this(Clock.systemUTC());
  }

  public DetectCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    CommandSpec s = spec();
    DetectionOptions options = input.toOptions(s);
    Path result = out;
    if (result == null) {
      throw new ParameterException(s.commandLine(), "--out is required");
    }
    return execute(s, options, result);
  }

  private int execute(CommandSpec s, DetectionOptions options, Path result) {
    PrintWriter err = s.commandLine().getErr();
    PrintWriter outw = s.commandLine().getOut();
    Path in = input.input;
    try {
      Detection d = ProgressRun.detect(clock, in, input.format(), options, err, !input.noProgress);
      createParent(result);
      try (OutputStream o = Files.newOutputStream(result)) {
        d.writeJson(o);
      }
      if (graphml != null) {
        createParent(graphml);
        try (Writer w = Files.newBufferedWriter(graphml, StandardCharsets.UTF_8)) {
          d.writeGraphMl(w);
        }
      }
      var st = d.stats();
      outw.printf(
          "%,d posts, %,d accounts: %d clusters with %,d accounts (%,d linked, %,d edges)"
              + " in %,d ms -> %s%n",
          st.posts(),
          st.accounts(),
          d.clusters().size(),
          st.clusteredAccounts(),
          st.linkedAccounts(),
          st.edges(),
          st.millis().getOrDefault("total", 0L),
          result);
      int keptBySet = 0;
      for (int n : st.keptByCoordinatedSet().values()) {
        keptBySet += n;
      }
      if (st.interestCommunities() == 0 && st.coordinatedSets() > 0) {
        outw.printf(
            "%d coordinated sets, %,d edges kept because their set as a whole beats chance%n",
            st.coordinatedSets(), keptBySet);
      }
      if (st.interestCommunities() > 0) {
        int explained = 0;
        for (int n : st.explainedByInterest().values()) {
          explained += n;
        }
        outw.printf(
            "%d communities of interest (%,d accounts): %,d edges their shared interests explain"
                + " were dropped; %d coordinated sets, %,d edges kept because their set as a whole"
                + " beats those interests%n",
            st.interestCommunities(),
            st.interestAccounts(),
            explained,
            st.coordinatedSets(),
            keptBySet);
      }
      if (st.malformedRows() > 0) {
        err.printf(
            "%s: %,d malformed rows skipped; first at line %d (%s: %s)%n",
            in,
            st.malformedRows(),
            d.malformedRows().get(0).line(),
            d.malformedRows().get(0).field(),
            d.malformedRows().get(0).problem());
      }
      outw.flush();
      err.flush();
      return ExitCode.OK.code();
    } catch (InputRejected e) {
      err.println("coordination detect: " + e.getMessage());
      err.flush();
      return ExitCode.USAGE_OR_INPUT.code();
    } catch (IOException | UncheckedIOException e) {
      err.println("coordination detect: " + e.getMessage());
      err.flush();
      return ExitCode.ERROR.code();
    }
  }

  static void createParent(Path p) throws IOException {
    Path parent = p.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }
}
