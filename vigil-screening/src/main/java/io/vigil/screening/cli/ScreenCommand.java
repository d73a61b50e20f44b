package io.vigil.screening.cli;

import io.vigil.screening.EntitySchema;
import io.vigil.screening.Explanation;
import io.vigil.screening.ListFileRejected;
import io.vigil.screening.Lists;
import io.vigil.screening.NameMatching;
import io.vigil.screening.SanctionsList;
import io.vigil.screening.Screener;
import io.vigil.screening.ScreeningQuery;
import io.vigil.screening.ScreeningResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code screen}: batch screening of a CSV of names against lists, JSON lines out. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screens the names of a CSV file against sanctions lists.",
      "Input: a CSV with a header and columns id,name and optionally schema,birthDate,nationality.",
      "Output: one JSON object per input row, {\"id\":…,\"matches\":[{\"entityId\":…,\"name\":…,"
          + "\"score\":…,\"explanation\":…}]}, best first, only matches at or above the threshold."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:screening done",
      "1:unexpected error",
      "2:bad input: unreadable or malformed list, malformed or missing input, bad option"
    })
public final class ScreenCommand implements Callable<Integer> {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Spec CommandSpec spec;

  @Option(
      names = "--list",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "A folder of OFAC CSV files (sdn/alt/add or cons_*), or a FollowTheMoney file.")
  List<Path> lists = new ArrayList<>();

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "queries.csv")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "results.jsonl")
  Path output;

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "Minimum score, 0..1 (default: ${DEFAULT-VALUE}).")
  double threshold = NameMatching.DEFAULT_THRESHOLD;

  @Option(names = "--limit", description = "Most matches per query (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--threads", description = "Worker threads (default: all processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-progress", description = "Hide the progress bar.")
  boolean noProgress;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    // validate
    if (!(threshold >= 0 && threshold <= 1)) {
      err.println("error: --threshold must be within 0..1, was " + threshold);
      return 2;
    }
    if (limit < 1 || threads < 1) {
      err.println("error: --limit and --threads must be positive");
      return 2;
    }
    if (!Files.isRegularFile(input)) {
      err.println("error: input " + input + ": no such file");
      return 2;
    }
    long total;
    try {
      total = readQueries(input, (id, q) -> {}); // first pass: validate the whole input, stream it
    } catch (BadInput e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    List<SanctionsList> loaded = new ArrayList<>();
    try {
      Map<String, SanctionsList> byName = new LinkedHashMap<>();
      for (Path p : lists) {
        SanctionsList l = Lists.load(p, clock);
        byName.merge(l.name(), l, SanctionsList::mergedWith);
      }
      loaded.addAll(byName.values());
    } catch (ListFileRejected e) {
      err.println("error: list rejected: " + e.getMessage());
      return 2;
    }
    // execute
    Screener screener = Screener.of(loaded);
    err.printf(
        "%d entities, %d indexed names, %d queries%n",
        screener.entities(), screener.indexedNames(), total);
    try {
      run(screener, total);
    } catch (BadInput e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("error: cannot write " + output + ": " + e.getMessage());
      return 1;
    }
    err.flush();
    return 0;
  }

  /** Second pass: screens the input in chunks, in parallel, writing results in input order. */
  private void run(Screener screener, long total) throws IOException, BadInput {
    int chunk = 512 * threads;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ProgressBarBuilder pbb =
        new ProgressBarBuilder()
            .setTaskName("screen")
            .setInitialMax(total)
            .setUnit(" queries", 1)
            .showSpeed()
            .setConsumer(new ConsoleProgressBarConsumer(System.err));
    List<String> ids = new ArrayList<>(chunk);
    List<ScreeningQuery> batch = new ArrayList<>(chunk);
    try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        ProgressBar pb = noProgress ? null : pbb.build()) {
      IOException[] failure = new IOException[1];
      readQueries(
          input,
          (id, q) -> {
            ids.add(id);
            batch.add(q);
            if (batch.size() == chunk && failure[0] == null) {
              try {
                flush(screener, pool, ids, batch, out, pb);
              } catch (IOException e) {
                failure[0] = e;
              }
            }
          });
      if (failure[0] != null) {
        throw failure[0];
      }
      flush(screener, pool, ids, batch, out, pb);
    } finally {
      pool.shutdownNow();
    }
  }

  private void flush(
      Screener screener,
      ExecutorService pool,
      List<String> ids,
      List<ScreeningQuery> batch,
      BufferedWriter out,
      ProgressBar pb)
      throws IOException {
    int per = Math.max(1, (batch.size() + threads - 1) / threads);
    List<Future<List<String>>> futures = new ArrayList<>();
    for (int from = 0; from < batch.size(); from += per) {
      int start = from;
      int end = Math.min(batch.size(), from + per);
      futures.add(
          pool.submit(
              () -> {
                List<String> lines = new ArrayList<>(end - start);
                for (int i = start; i < end; i++) {
                  List<ScreeningResult> r = screener.screen(batch.get(i), threshold, limit);
                  lines.add(JSON.writeValueAsString(line(ids.get(i), r)));
                }
                return lines;
              }));
    }
    for (Future<List<String>> f : futures) {
      List<String> lines;
      try {
        lines = f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
      for (String l : lines) {
        out.write(l);
        out.write('\n');
      }
      if (pb != null) {
        pb.stepBy(lines.size());
      }
    }
    ids.clear();
    batch.clear();
  }

  static ObjectNode line(String id, List<ScreeningResult> results) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    ArrayNode matches = o.putArray("matches");
    for (ScreeningResult r : results) {
      ObjectNode m = matches.addObject();
      m.put("entityId", r.entity().id());
      m.put("name", r.entity().caption());
      m.put("score", r.score());
      m.put("list", r.list());
      m.put("schema", r.entity().schema().ftmName());
      ArrayNode programs = m.putArray("programs");
      r.entity().programs().forEach(programs::add);
      m.set("explanation", explanation(r.explanation()));
    }
    return o;
  }

  static ObjectNode explanation(Explanation x) {
    ObjectNode e = JSON.createObjectNode();
    e.put("text", x.summary());
    e.put("matchedName", x.matchedName());
    e.put("weakAlias", x.weakAlias());
    e.put("transliteration", x.transliteration());
    ArrayNode tokens = e.putArray("tokens");
    for (Explanation.TokenMatch t : x.tokens()) {
      ObjectNode tn = tokens.addObject();
      tn.put("query", t.query());
      tn.put("name", t.name());
      tn.put("how", t.how());
      tn.put("similarity", t.similarity());
    }
    ArrayNode uq = e.putArray("unmatchedQuery");
    x.unmatchedQuery().forEach(uq::add);
    ArrayNode un = e.putArray("unmatchedName");
    x.unmatchedName().forEach(un::add);
    e.put("nameScore", x.nameScore());
    ArrayNode adj = e.putArray("adjustments");
    for (Explanation.Adjustment a : x.adjustments()) {
      ObjectNode an = adj.addObject();
      an.put("feature", a.feature());
      an.put("delta", a.delta());
      an.put("detail", a.detail());
    }
    return e;
  }

  /** Bad query input, naming the line. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  /** Receives each valid query row. */
  interface QuerySink {
    void accept(String id, ScreeningQuery query);
  }

  /** Streams the query rows to the sink; returns how many there were. */
  static long readQueries(Path file, QuerySink sink) throws BadInput {
    long count = 0;
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader =
            new java.io.InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (header == null || !header.containsKey("id") || !header.containsKey("name")) {
        throw new BadInput(file + ":1: header must have columns id and name");
      }
      for (CSVRecord r : parser) {
        long line = r.getRecordNumber() + 1;
        if (!r.isConsistent()) {
          throw new BadInput(
              file + ":" + line + ": expected " + header.size() + " columns, found " + r.size());
        }
        String id = r.get("id");
        String name = r.get("name");
        if (id.isEmpty()) {
          throw new BadInput(file + ":" + line + ": empty id");
        }
        ScreeningQuery q;
        try {
          q =
              new ScreeningQuery(
                  name,
                  header.containsKey("schema") && !r.get("schema").isEmpty()
                      ? EntitySchema.parse(r.get("schema"))
                      : EntitySchema.UNKNOWN,
                  header.containsKey("birthDate") ? r.get("birthDate") : "",
                  header.containsKey("nationality") ? r.get("nationality") : "",
                  List.of());
        } catch (IllegalArgumentException e) {
          throw new BadInput(file + ":" + line + ": " + e.getMessage());
        }
        sink.accept(id, q);
        count++;
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new BadInput(file + ": malformed CSV or not UTF-8: " + e.getMessage());
    }
    return count;
  }
}
