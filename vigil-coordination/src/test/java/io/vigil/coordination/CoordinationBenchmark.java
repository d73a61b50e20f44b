package io.vigil.coordination;

import io.vigil.coordination.eval.AccountLabels;
import io.vigil.coordination.eval.Agreement;
import io.vigil.coordination.eval.Evaluation;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Benchmark harness (not a test): runs the whole detection on the IRA file and prints time, peak
 * heap, and agreement with the Clemson categories. Usage: {@code CoordinationBenchmark DATA_DIR
 * [since until]} where since/until are ISO instants.
 */
public final class CoordinationBenchmark {
  private CoordinationBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "/work/shared/data");
    Path tweets = data.resolve("influence/ira-tweets-clemson.csv.gz");
    Map<String, String> labels = AccountLabels.read(data.resolve("influence/ira-authors.csv"));
    DetectionOptions options = BenchOptions.defaults();
    String label = "whole file";
    if (args.length >= 3) {
      options = options.withTimeRange(Instant.parse(args[1]), Instant.parse(args[2]));
      label = args[1] + " .. " + args[2];
    }
    for (int i = 3; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--resolution" -> options = options.withResolution(Double.parseDouble(args[i + 1]));
        case "--alpha" -> options = options.withAlpha(Double.parseDouble(args[i + 1]));
        case "--seed" -> options = options.withSeed(Long.parseLong(args[i + 1]));
        case "--signals" -> {
          var set = java.util.EnumSet.noneOf(Signal.class);
          for (String s : args[i + 1].split(",")) {
            set.add(Signal.parse(s));
          }
          options = options.withSignals(set);
        }
        case "--window" ->
            options = options.withWindow(java.time.Duration.parse("PT" + args[i + 1]));
        case "--bin" ->
            options =
                options.withSettings(
                    Signal.SYNCHRONIZED,
                    new SignalSettings(java.time.Duration.parse("PT" + args[i + 1]), 2, 0.5));
        case "--signal-window" -> {
          String[] kv = args[i + 1].split("=");
          Signal sig = Signal.parse(kv[0]);
          SignalSettings st = options.settings().get(sig);
          options =
              options.withSettings(
                  sig,
                  new SignalSettings(
                      java.time.Duration.parse("PT" + kv[1]), st.minCoActions(), st.weight()));
        }
        case "--weight" -> {
          String[] kv = args[i + 1].split("=");
          Signal sig = Signal.parse(kv[0]);
          SignalSettings st = options.settings().get(sig);
          options =
              options.withSettings(
                  sig,
                  new SignalSettings(st.window(), st.minCoActions(), Double.parseDouble(kv[1])));
        }
        case "--sample" -> tweets = sample(tweets, Integer.parseInt(args[i + 1]));
        case "--fanout" -> options = options.withMaxItemAccounts(Integer.parseInt(args[i + 1]));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long cpu0 = cpuNanos();
    long start = System.nanoTime();
    Detection d;
    try (InputStream in = Files.newInputStream(tweets)) {
      d =
          new CoordinationDetector(Clock.systemUTC())
              .detect(in, tweets.toString(), PostFormat.IRA, options);
    }
    long wall = (System.nanoTime() - start) / 1_000_000;
    long cpu = (cpuNanos() - cpu0) / 1_000_000;
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    Evaluation ev = Evaluation.of(d, labels);
    System.out.printf("slice: %s%n", label);
    System.out.printf("options: %s%n", options.describe());
    System.out.printf(
        "posts %,d accounts %,d linked %,d clustered %,d edges %,d clusters %d%n",
        d.stats().posts(),
        d.stats().accounts(),
        d.stats().linkedAccounts(),
        d.stats().clusteredAccounts(),
        d.stats().edges(),
        d.clusters().size());
    System.out.printf("signal edges %s%n", d.stats().signalEdges());
    System.out.printf("signal actions %s%n", d.stats().signalActions());
    System.out.printf(
        "communities of interest %d (%d accounts), edges they explain %s; coordinated sets %d,"
            + " edges kept by their set %s%n",
        d.stats().interestCommunities(),
        d.stats().interestAccounts(),
        d.stats().explainedByInterest(),
        d.stats().coordinatedSets(),
        d.stats().keptByCoordinatedSet());
    System.out.printf(
        "input %s%nphases ms %s; wall %,d ms; process cpu %,d ms; peak heap %,d MB; live heap after"
            + " GC %,d MB%n",
        tweets, d.stats().millis(), wall, cpu, peakHeapMb(), live);
    if (System.getProperty("clusters") != null) {
      for (Cluster c : d.clusters().subList(0, Math.min(25, d.clusters().size()))) {
        Map<String, Integer> dist = new java.util.TreeMap<>();
        for (String a : c.accounts()) {
          dist.merge(labels.getOrDefault(a, "?"), 1, Integer::sum);
        }
        System.out.printf(
            "  cluster %d size %d %s %s%n", c.id(), c.accounts().size(), dist, c.signals());
      }
    }
    if (System.getProperty("between") != null) {
      between(d, labels);
    }
    print("all", ev.all());
    print("english", ev.english());
  }

  /**
   * Diagnostic: the combined weight between the largest clusters, per signal, and its ratio to
   * chance.
   */
  static void between(Detection d, Map<String, String> labels) {
    int top = 12;
    double total = 0;
    double[] strength = new double[top + 1];
    double[][] w = new double[top + 1][top + 1];
    Map<Signal, double[][]> perSignal = new java.util.EnumMap<>(Signal.class);
    for (Edge e : d.edges()) {
      int x = d.clusterOf(e.account());
      int y = d.clusterOf(e.otherAccount());
      total += e.weight();
      if (x >= 1 && x <= top) {
        strength[x] += e.weight();
      }
      if (y >= 1 && y <= top) {
        strength[y] += e.weight();
      }
      if (x >= 1 && x <= top && y >= 1 && y <= top && x != y) {
        w[x][y] += e.weight();
        w[y][x] += e.weight();
        for (var en : e.signalWeights().entrySet()) {
          double[][] m = perSignal.computeIfAbsent(en.getKey(), k -> new double[top + 1][top + 1]);
          m[x][y] += en.getValue();
          m[y][x] += en.getValue();
        }
      }
    }
    for (int x = 1; x <= top; x++) {
      StringBuilder b = new StringBuilder("  c" + x + " s=" + Math.round(strength[x]) + ":");
      for (int y = 1; y <= top; y++) {
        double expected = strength[x] * strength[y] / (2 * total);
        b.append(String.format(" %5.2f", expected > 0 ? w[x][y] / expected : 0));
      }
      System.out.println(b);
    }
    for (var en : perSignal.entrySet()) {
      StringBuilder b = new StringBuilder("  " + en.getKey() + " c1..3 rows:");
      for (int x = 1; x <= 3; x++) {
        for (int y = 1; y <= top; y++) {
          b.append(String.format(" %.0f", en.getValue()[x][y]));
        }
        b.append(" |");
      }
      System.out.println(b);
    }
  }

  static void print(String name, Agreement a) {
    System.out.printf(
        "%-8s ARI %.3f NMI %.3f purity %.3f inverse-purity %.3f coverage %.3f (%d/%d) clusters %d%n",
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

  static long cpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  /**
   * A deterministic sample of the file's rows (every row whose index hashes below the percentage),
   * written once under java.io.tmpdir (never into the repository) and reused.
   */
  static Path sample(Path source, int percent) throws Exception {
    if (percent >= 100) {
      return source;
    }
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "vigil-bench");
    Files.createDirectories(dir);
    Path out = dir.resolve("ira-sample-" + percent + ".csv.gz");
    if (Files.exists(out)) {
      return out;
    }
    Path tmp = dir.resolve("ira-sample-" + percent + ".tmp");
    try (var in =
            new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(source), 1 << 16),
                java.nio.charset.StandardCharsets.UTF_8);
        var w =
            new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(
                    new java.util.zip.GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16),
                    java.nio.charset.StandardCharsets.UTF_8))) {
      CsvParser csv = new CsvParser(in);
      long row = 0;
      java.util.List<String> fields;
      while ((fields = csv.next()) != null) {
        boolean header = row++ == 0;
        if (header || Math.floorMod(Hashing.fmix(row), 100) < percent) {
          writeRow(w, fields);
        }
      }
    }
    Files.move(tmp, out);
    return out;
  }

  static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }

  /** One CSV row, every field quoted. */
  static void writeRow(java.io.Writer w, java.util.List<String> fields) throws java.io.IOException {
    for (int f = 0; f < fields.size(); f++) {
      if (f > 0) {
        w.write(',');
      }
      w.write('"');
      w.write(fields.get(f).replace("\"", "\"\""));
      w.write('"');
    }
    w.write('\n');
  }
}
