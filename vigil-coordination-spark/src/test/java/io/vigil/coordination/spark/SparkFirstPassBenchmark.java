package io.vigil.coordination.spark;

import io.vigil.coordination.Cluster;
import io.vigil.coordination.CoordinationDetector;
import io.vigil.coordination.Detection;
import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.DistributedSteps;
import io.vigil.coordination.DistributedSteps.PairEdge;
import io.vigil.coordination.PostFormat;
import io.vigil.coordination.Signal;
import io.vigil.coordination.eval.AccountLabels;
import io.vigil.coordination.eval.Agreement;
import io.vigil.coordination.eval.ClusterAgreement;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The whole IRA file through the Spark first pass (local mode) and through the engine's
 * single-machine first pass, over the same parts: wall time of each and whether the edges agree.
 * Run by bench/coordination-spark.sh, never by Surefire. Arguments: the shared data folder, the
 * number of parts, the Spark master (default local[2]).
 *
 * <p>The file is one gzip stream, which one task can only read whole, so it is first cut into parts
 * (once, under $TMPDIR/vigil-bench/ira-parts-N), each with the header, cut only where the author
 * changes (the file is ordered by author; a tweet's continuation lines never start a new author's
 * row).
 */
public final class SparkFirstPassBenchmark {
  private SparkFirstPassBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int parts = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    String master = args.length > 2 ? args[2] : "local[2]";
    Path ira = data.resolve("influence/ira-tweets-clemson.csv.gz");
    List<Path> files = cut(ira, parts);
    DetectionOptions options = DetectionOptions.defaults();
    System.out.printf(
        "signals on Spark: %s (left to one machine: %s)%n",
        DistributedSteps.SIGNALS, DistributedSteps.leftOut(options));

    long t0 = System.nanoTime();
    Map<Signal, List<PairEdge>> single = DistributedSteps.firstPass(files, PostFormat.IRA, options);
    long t1 = System.nanoTime();
    System.out.printf("one machine (engine first pass, one thread): %.1f s%n", (t1 - t0) / 1e9);

    SparkFirstPass.Result spark;
    long t2;
    long t3;
    try (JavaSparkContext sc =
        new JavaSparkContext(
            new SparkConf()
                .setMaster(master)
                .setAppName("vigil-first-pass-bench")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"))) {
      t2 = System.nanoTime();
      spark =
          SparkFirstPass.run(
              sc, files.stream().map(Path::toString).toList(), PostFormat.IRA, options);
      t3 = System.nanoTime();
    }
    System.out.printf(
        "spark %s over %d parts: %.1f s; rows %,d, posts %,d, malformed %d%n",
        master, parts, (t3 - t2) / 1e9, spark.rows(), spark.posts(), spark.malformed());
    int same = 0;
    int differ = 0;
    for (Signal s : single.keySet()) {
      Map<String, PairEdge> byPair = new HashMap<>();
      for (PairEdge e : spark.edges().get(s)) {
        byPair.put(e.first() + "\t" + e.second(), e);
      }
      int sameHere = 0;
      for (PairEdge e : single.get(s)) {
        PairEdge o = byPair.remove(e.first() + "\t" + e.second());
        if (o != null
            && o.coActions() == e.coActions()
            && Math.abs(o.weight() - e.weight()) <= 1e-9
            && Math.abs(o.pValue() - e.pValue()) <= 1e-9 * Math.max(1e-300, e.pValue())) {
          sameHere++;
        } else {
          differ++;
        }
      }
      differ += byPair.size();
      same += sameHere;
      System.out.printf(
          "  %-16s edges %,d (one machine %,d), active accounts %,d, pairs tested %,d, exact sets"
              + " standing %,d%n",
          s,
          spark.edges().get(s).size(),
          single.get(s).size(),
          spark.activeAccounts().get(s),
          spark.testedPairs().get(s),
          spark.standingSets().get(s));
    }
    System.out.printf("edges equal: %,d; differing or missing on either side: %d%n", same, differ);

    // clusters on the driver, against the engine's first-pass edges and its whole detection
    List<DistributedSteps.EdgeCluster> clusters = DistributedSteps.clusters(spark.edges(), options);
    // the same partition (the signals' shares may differ in the last bits of their sums)
    boolean equal =
        clusters.stream()
            .map(DistributedSteps.EdgeCluster::accounts)
            .toList()
            .equals(
                DistributedSteps.clusters(single, options).stream()
                    .map(DistributedSteps.EdgeCluster::accounts)
                    .toList());
    Map<String, Integer> sparkClusters = new HashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      for (String a : clusters.get(c).accounts()) {
        sparkClusters.put(a, c);
      }
    }
    Map<String, String> labels = AccountLabels.read(data.resolve("influence/ira-authors.csv"));
    Agreement vsLabels = ClusterAgreement.of(labels, sparkClusters);
    Detection d;
    try (java.io.InputStream in = Files.newInputStream(ira)) {
      d =
          new CoordinationDetector(java.time.Clock.systemUTC())
              .detect(in, "ira", PostFormat.IRA, options.withSignals(DistributedSteps.SIGNALS));
    }
    Map<String, String> engine = new HashMap<>();
    for (Cluster c : d.clusters()) {
      for (String a : c.accounts()) {
        engine.put(a, "c" + c.id());
      }
    }
    Agreement vsEngine = ClusterAgreement.of(engine, sparkClusters);
    // where the two differ: accounts clustered on one side only, and accounts whose Spark cluster
    // is not the one most of their engine cluster's accounts are in
    java.util.Set<String> oneSide = new java.util.TreeSet<>(engine.keySet());
    oneSide.addAll(sparkClusters.keySet());
    oneSide.removeIf(a -> engine.containsKey(a) && sparkClusters.containsKey(a));
    Map<String, Map<Integer, Integer>> overlap = new HashMap<>();
    engine.forEach(
        (a, c) -> {
          Integer sc = sparkClusters.get(a);
          if (sc != null) {
            overlap.computeIfAbsent(c, x -> new HashMap<>()).merge(sc, 1, Integer::sum);
          }
        });
    int elsewhere = 0;
    for (Map<Integer, Integer> o : overlap.values()) {
      int all = 0;
      int most = 0;
      for (int n : o.values()) {
        all += n;
        most = Math.max(most, n);
      }
      elsewhere += all - most;
    }
    System.out.printf(
        "accounts clustered on one side only: %d %s; in another cluster than most of their engine"
            + " cluster: %d%n",
        oneSide.size(), oneSide.size() <= 10 ? oneSide : "", elsewhere);
    System.out.printf(
        "clusters on the driver: %d (the engine's first-pass edges give the same: %s); ARI against"
            + " the account categories %.3f (coverage %.3f); ARI against the engine's detection with"
            + " the same seven signals (%d clusters) %.3f%n",
        clusters.size(),
        equal,
        vsLabels.ari(),
        vsLabels.coverage(),
        d.clusters().size(),
        vsEngine.ari());
  }

  static List<Path> cut(Path ira, int parts) throws Exception {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "vigil-bench", "ira-parts-" + parts);
    Path done = dir.resolve("done");
    List<Path> files = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      files.add(dir.resolve("part-" + p + ".csv.gz"));
    }
    if (Files.exists(done)) {
      return files;
    }
    Files.createDirectories(dir);
    long size = 0;
    try (BufferedReader r = reader(ira)) {
      while (r.readLine() != null) {
        size++;
      }
    }
    try (BufferedReader r = reader(ira)) {
      String header = r.readLine();
      long perPart = size / parts + 1;
      int p = 0;
      long n = 0;
      String author = null;
      Writer w = writer(files.get(0), header);
      String line;
      while ((line = r.readLine()) != null) {
        int comma = line.indexOf(',');
        String a = comma > 0 ? line.substring(0, comma) : null;
        if (n >= perPart && p < parts - 1 && a != null && author != null && !a.equals(author)) {
          w.close();
          w = writer(files.get(++p), header);
          n = 0;
        }
        if (a != null) {
          author = a;
        }
        w.write(line);
        w.write('\n');
        n++;
      }
      w.close();
    }
    Files.writeString(done, "ok\n");
    return files;
  }

  private static BufferedReader reader(Path gz) throws Exception {
    return new BufferedReader(
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(gz), 1 << 16), StandardCharsets.UTF_8),
        1 << 16);
  }

  private static Writer writer(Path gz, String header) throws Exception {
    Writer w =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16), StandardCharsets.UTF_8),
            1 << 16);
    w.write(header);
    w.write('\n');
    return w;
  }
}
