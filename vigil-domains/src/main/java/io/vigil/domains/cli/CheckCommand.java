package io.vigil.domains.cli;

import io.vigil.domains.InvalidDomain;
import io.vigil.domains.LookalikeDetector;
import io.vigil.domains.Registry;
import io.vigil.domains.RegistryRejected;
import io.vigil.domains.Verdict;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code vigil domains check --input FILE|- [--registry FILE] --output out.jsonl}: one JSON line
 * per input name, {@code {"domain","score","alert","imitates":{"org","domain"},"reasons"}}. Input
 * is one name per line; lines starting with {@code #} are skipped; unusable lines are named on
 * stderr ({@code FILE:LINE: reason}), skipped, and make the exit code 2 once all is checked.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check domain names (one per line) and write one JSON verdict per line.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all lines checked",
      "1:an input or output file could not be read or written",
      "2:usage error, rejected registry, or some lines were not domain names (named on stderr;"
          + " the others were checked)",
      "3:--fail-on-alert was given and a domain alerted"
    })
final class CheckCommand implements Callable<Integer> {
  private static final long PROGRESS_MIN_BYTES = 1 << 20;

  @Spec CommandSpec spec;

  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "FILE|-",
      description = "Names to check, one per line; '-' reads standard input as a stream.")
  String input;

  @Option(
      names = {"-r", "--registry"},
      paramLabel = "FILE",
      description = "Registry of protected organisations (TSV); default: the built-in registry.")
  @Nullable Path registry;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE|-",
      defaultValue = "-",
      description = "Where to write the JSON lines; '-' (default) is standard output.")
  String output;

  @Option(names = "--alerts-only", description = "Write only the names that alert.")
  boolean alertsOnly;

  @Option(names = "--fail-on-alert", description = "Exit with 3 when at least one name alerts.")
  boolean failOnAlert;

  @Override
  public Integer call() {
    validate();
    return execute().code();
  }

  private void validate() {
    if (!input.equals("-") && !Files.isReadable(Path.of(input))) {
      throw new ParameterException(spec.commandLine(), "--input: cannot read file '" + input + "'");
    }
    if (registry != null && !Files.isReadable(registry)) {
      throw new ParameterException(
          spec.commandLine(), "--registry: cannot read file '" + registry + "'");
    }
  }

  private ExitCode execute() {
    PrintWriter err = spec.commandLine().getErr();
    LookalikeDetector detector;
    try {
      detector =
          registry == null
              ? LookalikeDetector.withDefaults()
              : LookalikeDetector.of(Registry.load(registry));
    } catch (RegistryRejected e) {
      err.println("registry rejected: " + e.getMessage());
      err.flush();
      return ExitCode.USAGE_ERROR;
    } catch (IOException e) {
      err.println("cannot read registry " + registry + ": " + e.getMessage());
      err.flush();
      return ExitCode.ERROR;
    }
    JsonMapper json = JsonMapper.builder().build();
    boolean streaming = input.equals("-");
    String inputName = streaming ? "<stdin>" : input;
    long bad = 0;
    long alerts = 0;
    try (BufferedReader in = reader();
        Writer out = writer();
        ProgressBar progress = progressBar()) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (progress != null) {
          progress.stepBy(line.length() + 1L);
        }
        if (line.startsWith("#")) {
          continue;
        }
        Verdict verdict;
        try {
          verdict = detector.check(line);
        } catch (InvalidDomain e) {
          bad++;
          err.println(inputName + ":" + lineNumber + ": " + e.reason());
          continue;
        }
        alerts += verdict.alert() ? 1 : 0;
        if (alertsOnly && !verdict.alert()) {
          continue;
        }
        out.write(json.writeValueAsString(toJson(json, verdict)));
        out.write('\n');
        if (streaming) {
          out.flush();
        }
      }
    } catch (IOException e) {
      err.println("I/O error: " + e.getMessage());
      err.flush();
      return ExitCode.ERROR;
    }
    err.flush();
    if (bad > 0) {
      err.println(bad + " line(s) of " + inputName + " were not domain names and were skipped");
      err.flush();
      return ExitCode.USAGE_ERROR;
    }
    return failOnAlert && alerts > 0 ? ExitCode.ALERTS_FOUND : ExitCode.OK;
  }

  static ObjectNode toJson(JsonMapper json, Verdict verdict) {
    ObjectNode node = json.createObjectNode();
    node.put("domain", verdict.domain());
    node.put("score", verdict.score());
    node.put("alert", verdict.alert());
    if (verdict.imitates() == null) {
      node.putNull("imitates");
    } else {
      ObjectNode imitates = node.putObject("imitates");
      imitates.put("org", verdict.imitates().org());
      imitates.put("domain", verdict.imitates().domain());
    }
    ArrayNode reasons = node.putArray("reasons");
    verdict.reasons().forEach(reasons::add);
    return node;
  }

  private BufferedReader reader() throws IOException {
    if (input.equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
  }

  private Writer writer() throws IOException {
    if (output.equals("-")) {
      PrintWriter out = spec.commandLine().getOut();
      return new Writer() {
        @Override
        public void write(char[] buffer, int offset, int length) {
          out.write(buffer, offset, length);
        }

        @Override
        public void flush() {
          out.flush();
        }

        @Override
        public void close() {
          out.flush();
        }
      };
    }
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(Path.of(output)), StandardCharsets.UTF_8));
  }

  private @Nullable ProgressBar progressBar() throws IOException {
    if (input.equals("-") || Files.size(Path.of(input)) < PROGRESS_MIN_BYTES) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName("checking")
        .setInitialMax(Files.size(Path.of(input)))
        .setUnit(" MB", 1 << 20)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(System.err))
        .build();
  }
}
