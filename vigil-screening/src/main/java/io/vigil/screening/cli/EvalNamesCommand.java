package io.vigil.screening.cli;

import io.vigil.screening.EntitySchema;
import io.vigil.screening.Explanation;
import io.vigil.screening.NameMatching;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code names}: precision, recall and F1 of the name matcher on labelled pairs. */
@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    description = {
      "Scores labelled name pairs in nomenklatura's format (header with name1,name2,is_match and"
          + " optionally schema) and prints precision, recall and F1 at the threshold."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:evaluation printed", "1:unexpected error", "2:bad input"})
public final class EvalNamesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--pairs", required = true, paramLabel = "FILE", description = "pairs CSV")
  Path pairs;

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "Decision threshold, 0..1 (default: ${DEFAULT-VALUE}).")
  double threshold = NameMatching.DEFAULT_THRESHOLD;

  @Option(names = "--errors", description = "Also print every misclassified pair, explained.")
  boolean errors;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!(threshold >= 0 && threshold <= 1)) {
      err.println("error: --threshold must be within 0..1, was " + threshold);
      return 2;
    }
    if (!Files.isRegularFile(pairs)) {
      err.println("error: pairs " + pairs + ": no such file");
      return 2;
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    long started = System.nanoTime();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(pairs, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(r, format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      for (String c : new String[] {"name1", "name2", "is_match"}) {
        if (header == null || !header.containsKey(c)) {
          err.println("error: " + pairs + ":1: header lacks column " + c);
          return 2;
        }
      }
      for (CSVRecord rec : parser) {
        long line = rec.getRecordNumber() + 1;
        if (!rec.isConsistent()) {
          err.println("error: " + pairs + ":" + line + ": wrong number of columns");
          return 2;
        }
        String label = rec.get("is_match").strip().toLowerCase(Locale.ROOT);
        boolean match;
        if (label.equals("true") || label.equals("1")) {
          match = true;
        } else if (label.equals("false") || label.equals("0")) {
          match = false;
        } else {
          err.println("error: " + pairs + ":" + line + ": is_match must be true or false");
          return 2;
        }
        EntitySchema schema =
            header.containsKey("schema")
                ? EntitySchema.parse(rec.get("schema"))
                : EntitySchema.UNKNOWN;
        Explanation x = NameMatching.explain(rec.get("name1"), rec.get("name2"), schema);
        boolean predicted = x.nameScore() >= threshold;
        if (predicted && match) {
          tp++;
        } else if (predicted) {
          fp++;
        } else if (match) {
          fn++;
        } else {
          tn++;
        }
        if (errors && predicted != match) {
          out.println((match ? "FN " : "FP ") + x.summary() + "  <- '" + x.queryName() + "'");
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      err.println("error: " + pairs + ": malformed CSV: " + e.getMessage());
      return 2;
    }
    double ms = (System.nanoTime() - started) / 1e6;
    double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double rc = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    double f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
    out.printf(
        Locale.ROOT,
        "pairs      %d (tp %d, fp %d, fn %d, tn %d)%n",
        tp + fp + fn + tn,
        tp,
        fp,
        fn,
        tn);
    out.printf(Locale.ROOT, "threshold  %.2f%n", threshold);
    out.printf(Locale.ROOT, "precision  %.3f%n", p);
    out.printf(Locale.ROOT, "recall     %.3f%n", rc);
    out.printf(Locale.ROOT, "f1         %.3f%n", f1);
    out.printf(Locale.ROOT, "time       %.0f ms%n", ms);
    out.flush();
    return 0;
  }
}
