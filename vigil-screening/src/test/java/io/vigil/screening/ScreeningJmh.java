package io.vigil.screening;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks (not tests): one name pair through the whole scorer, and one query through
 * the index against the 2024 SDN list plus the 2026 aliases. Run by bench/screening.sh jmh with the
 * system property vigil.shared.data pointing at ../shared/data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class ScreeningJmh {
  Screener screener;
  List<ScreeningQuery> queries = new ArrayList<>();
  int next;

  @Setup
  public void setUp() {
    Path data =
        Path.of(System.getProperty("vigil.shared.data", "../shared/data")).resolve("sanctions");
    Clock clock = Clock.systemUTC();
    SanctionsList l =
        Lists.load(data.resolve("ofac-2024-05-03"), clock)
            .mergedWith(Lists.load(data.resolve("ofac-2026-06-02-aliases"), clock));
    screener = Screener.of(List.of(l));
    Random r = new Random(3);
    for (int i = 0; i < 4096; i++) {
      ListEntity e = l.entities().get(r.nextInt(l.entities().size()));
      queries.add(ScreeningQuery.ofName(ScreeningQualityBenchmark.perturb(e.caption(), r)));
    }
  }

  /** Watchman's comparable figure: BestPairsJaroWinkler 5.1 µs, Similarity() 9.0 µs (4 vCPU). */
  @Benchmark
  public double scorePairLatin() {
    return NameMatching.score(
        "Vladimir Vladimirovitch Poutine", "PUTIN, Vladimir Vladimirovich", EntitySchema.PERSON);
  }

  @Benchmark
  public double scorePairCyrillic() {
    return NameMatching.score(
        "Путин Владимир Владимирович", "PUTIN, Vladimir Vladimirovich", EntitySchema.PERSON);
  }

  /** Watchman's comparable figure: 0.85 ms per API search over the OFAC partition (4 vCPU). */
  @Benchmark
  public int screenOneQuery() {
    ScreeningQuery q = queries.get(next++ & 4095);
    return screener.screen(q, NameMatching.DEFAULT_THRESHOLD, 10).size();
  }
}
