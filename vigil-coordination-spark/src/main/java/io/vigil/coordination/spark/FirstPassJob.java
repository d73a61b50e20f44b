package io.vigil.coordination.spark;

import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.DistributedSteps;
import io.vigil.coordination.DistributedSteps.PairEdge;
import io.vigil.coordination.InputRejected;
import io.vigil.coordination.Signal;
import io.vigil.coordination.cli.Converters;
import io.vigil.coordination.cli.ReadOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The entry point for {@code spark-submit}: the first pass over input files, the kept edges written
 * as one CSV. Validates every option before Spark starts; exit codes as documented in --help.
 */
@Command(
    name = "vigil-coordination-spark",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the coordination engine's first pass on Spark and writes each signal's kept edges as"
          + " CSV (signal, first, second, co_actions, weight, p_value).",
      "Signals computed here: co-retweet, co-link, co-hashtag, hashtag-sequence, co-reply,"
          + " synchronized, near-duplicate (default: all seven)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:OK",
      "1:Error (I/O failure or bug)",
      "2:Usage error or bad input (unknown option, a signal not computed on Spark, empty input,"
          + " format mismatch, malformed row with --on-malformed=stop)"
    })
public final class FirstPassJob implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Input files: local paths, file:, hdfs: or s3a: URIs; one task reads each.")
  List<String> inputs = new ArrayList<>();

  // --format, --window, --since, --until and --on-malformed as `vigil coordination detect` takes
  // them
  @Mixin ReadOptions read = new ReadOptions();

  @Option(
      names = "--signals",
      converter = Converters.SignalsConverter.class,
      paramLabel = "LIST",
      description = "Comma-separated signals (default: the seven computed here).")
  @Nullable Set<Signal> signals;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where the driver writes the edges (CSV).")
  @Nullable Path out;

  @Option(
      names = "--clusters",
      paramLabel = "FILE",
      description =
          "Also cluster the edges on the driver as the detector's first pass does (Leiden) and"
              + " write cluster,account,size,signals (CSV).")
  @Nullable Path clusters;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master when not run by spark-submit, e.g. local[2].")
  @Nullable String master;

  public static void main(String[] args) {
    System.exit(new CommandLine(new FirstPassJob()).execute(args));
  }

  @Override
  public Integer call() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    DetectionOptions options = options(s);
    Path target = out;
    if (target == null) {
      throw new ParameterException(s.commandLine(), "--out is required");
    }
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new ParameterException(s.commandLine(), "--out: no such directory: " + parent);
    }
    Path clusterParent = clusters == null ? null : clusters.toAbsolutePath().getParent();
    if (clusterParent != null && !Files.isDirectory(clusterParent)) {
      throw new ParameterException(
          s.commandLine(), "--clusters: no such directory: " + clusterParent);
    }
    for (String input : inputs) {
      if (!SparkFirstPass.isRemote(input)
          && !Files.isRegularFile(SparkFirstPass.localPath(input))) {
        throw new ParameterException(s.commandLine(), "no such input file: " + input);
      }
    }
    SparkConf conf = new SparkConf().setAppName("vigil coordination first pass");
    if (master != null) {
      conf.setMaster(master);
    }
    PrintWriter err = s.commandLine().getErr();
    SparkFirstPass.Result r;
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      r = SparkFirstPass.run(sc, inputs, read.format(), options);
    } catch (InputRejected e) {
      err.println("vigil-coordination-spark: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println("vigil-coordination-spark: cannot read input: " + e.getMessage());
      return 2;
    }
    int edges = write(r, target);
    String clustered = "";
    if (clusters != null) {
      List<DistributedSteps.EdgeCluster> found = DistributedSteps.clusters(r.edges(), options);
      writeClusters(found, clusters);
      clustered = String.format(Locale.ROOT, "; %,d clusters -> %s", found.size(), clusters);
    }
    s.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "read %,d rows from %d inputs: %,d posts in range, %,d malformed; %,d edges (%,d exact"
                + " sets standing) -> %s%s%n",
            r.rows(),
            inputs.size(),
            r.posts(),
            r.malformed(),
            edges,
            r.standingSets().values().stream().mapToLong(Long::longValue).sum(),
            target,
            clustered);
    return 0;
  }

  private DetectionOptions options(CommandSpec s) {
    Set<Signal> on = signals == null ? DistributedSteps.SIGNALS : signals;
    for (Signal sig : on) {
      if (!DistributedSteps.SIGNALS.contains(sig)) {
        throw new ParameterException(
            s.commandLine(),
            "--signals: "
                + sig
                + " is not computed on Spark (only on one machine, vigil coordination detect)");
      }
    }
    return read.applyTo(DetectionOptions.defaults().withSignals(on), s);
  }

  /** A CSV's rows, printed under its header; returns how many. */
  private interface Rows {
    int print(CSVPrinter csv) throws IOException;
  }

  /** Writes a CSV beside the target first, then moves it in place; returns its rows. */
  private static int writeCsv(Path target, String[] header, Rows rows) {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    int n;
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header).get().print(w)) {
      n = rows.print(csv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    return n;
  }

  /** Writes one row per clustered account: cluster, account, size, the signals' shares. */
  private static void writeClusters(List<DistributedSteps.EdgeCluster> found, Path target) {
    writeCsv(
        target,
        new String[] {"cluster", "account", "size", "signals"},
        csv -> {
          int n = 0;
          for (int c = 0; c < found.size(); c++) {
            DistributedSteps.EdgeCluster cluster = found.get(c);
            StringBuilder why = new StringBuilder();
            cluster.signalShare().entrySet().stream()
                .sorted(java.util.Map.Entry.<Signal, Double>comparingByValue().reversed())
                .forEach(
                    e ->
                        why.append(why.isEmpty() ? "" : ";")
                            .append(e.getKey())
                            .append(':')
                            .append(String.format(Locale.ROOT, "%.2f", e.getValue())));
            for (String account : cluster.accounts()) {
              csv.printRecord(c + 1, account, cluster.accounts().size(), why);
              n++;
            }
          }
          return n;
        });
  }

  /** Writes every kept edge: signal, first, second, co-actions, weight, p-value. */
  private static int write(SparkFirstPass.Result r, Path target) {
    return writeCsv(
        target,
        new String[] {"signal", "first", "second", "co_actions", "weight", "p_value"},
        csv -> {
          int n = 0;
          for (Signal sig : Signal.values()) {
            for (PairEdge e : r.edges().getOrDefault(sig, List.of())) {
              csv.printRecord(sig, e.first(), e.second(), e.coActions(), e.weight(), e.pValue());
              n++;
            }
          }
          return n;
        });
  }
}
