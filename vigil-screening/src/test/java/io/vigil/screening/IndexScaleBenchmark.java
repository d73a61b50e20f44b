package io.vigil.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Scale harness (not a test): builds the index over N synthetic person and company names (seeded
 * random from syllables, default 2,000,000), reports build time and heap, then query throughput for
 * typo'd names taken from the index. Run with -Xmx2g by bench/screening.sh.
 */
public final class IndexScaleBenchmark {
  private IndexScaleBenchmark() {}

  static final String[] SYL = {
    "ka", "ri", "mo", "na", "sel", "vin", "dor", "ta", "lu", "mir", "ben", "zo", "ha", "ni", "tek",
    "ra", "so", "lin", "gar", "pe", "vo", "shi", "den", "ma", "el", "an", "ko", "rus", "ti", "ba",
    "fa", "jo", "qu", "we", "xi", "yu", "dra", "ste", "pla", "gri"
  };

  static String word(Random r) {
    int n = 2 + r.nextInt(2);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(SYL[r.nextInt(SYL.length)]);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    Random r = new Random(13);
    List<ListEntity> es = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean person = r.nextInt(3) > 0;
      String name =
          person
              ? word(r).toUpperCase(Locale.ROOT)
                  + ", "
                  + word(r)
                  + (r.nextBoolean() ? " " + word(r) : "")
              : word(r) + " " + word(r) + (r.nextBoolean() ? " LLC" : " Trading Co");
      es.add(
          new ListEntity(
              "s" + i,
              person ? EntitySchema.PERSON : EntitySchema.ORGANIZATION,
              name,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              ""));
    }
    SanctionsList list = new SanctionsList("synthetic", "1", Instant.EPOCH, es);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Screener s = Screener.of(List.of(list));
    long t1 = System.nanoTime();
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf(
        Locale.ROOT,
        "index of %d synthetic names: built in %.1f s, index heap about %d MB (max heap %d MB)%n",
        s.indexedNames(),
        (t1 - t0) / 1e9,
        (after - before) >> 20,
        rt.maxMemory() >> 20);
    List<ScreeningQuery> qs = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String name = es.get(r.nextInt(n)).caption();
      char[] c = name.toCharArray();
      int k = r.nextInt(c.length);
      if (Character.isLetter(c[k])) {
        c[k] = (char) ('a' + r.nextInt(26));
      }
      qs.add(ScreeningQuery.ofName(new String(c)));
    }
    for (int rep = 0; rep < 2; rep++) {
      AtomicInteger hits = new AtomicInteger();
      long a = System.nanoTime();
      IntStream.range(0, qs.size())
          .parallel()
          .forEach(
              i ->
                  hits.addAndGet(
                      s.screen(qs.get(i), NameMatching.DEFAULT_THRESHOLD, 10).isEmpty() ? 0 : 1));
      long b = System.nanoTime();
      if (rep == 1) {
        System.out.printf(
            Locale.ROOT,
            "%d typo'd queries: %.0f queries/s on %d threads, %d with a hit%n",
            qs.size(),
            qs.size() / ((b - a) / 1e9),
            Runtime.getRuntime().availableProcessors(),
            hits.get());
      }
    }
  }
}
