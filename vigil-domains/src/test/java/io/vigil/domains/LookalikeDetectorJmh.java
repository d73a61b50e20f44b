package io.vigil.domains;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark of the hot path: {@link LookalikeDetector#check(String)} (parse, allowlist, every
 * label, score) with the default registry, cycling over the 20,000 benign and the 909 maltrail
 * APT28 names of the shared data, shuffled. Run by {@code bench/domains.sh} with {@code -t 2} for
 * the 2-core figure; the score is checks per second per thread group.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LookalikeDetectorJmh {

  /** The detector and names, shared by all benchmark threads (the detector is thread-safe). */
  @State(Scope.Benchmark)
  public static class Names {
    LookalikeDetector detector;
    String[] names;

    @Setup
    public void load() throws IOException {
      Path cyber =
          Path.of(System.getProperty("vigil.shared.data", "../shared/data")).resolve("cyber");
      List<String> all = new ArrayList<>();
      for (String file :
          List.of(
              "benign-opendns-top-10k.txt",
              "benign-opendns-random-10k.txt",
              "apt28-hosts-maltrail-subset.txt")) {
        Files.readAllLines(cyber.resolve(file)).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .forEach(all::add);
      }
      java.util.Collections.shuffle(all, new java.util.Random(13));
      names = all.toArray(String[]::new);
      detector = LookalikeDetector.withDefaults();
    }
  }

  /** Per-thread position in the name list. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Benchmark
  public Verdict check(Names names, Cursor cursor) {
    String name = names.names[cursor.next];
    cursor.next = cursor.next + 1 == names.names.length ? 0 : cursor.next + 1;
    return names.detector.check(name);
  }
}
