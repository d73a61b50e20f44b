package io.vigil.server.screening;

import io.vigil.screening.EntitySchema;
import io.vigil.screening.ListEntity;
import io.vigil.screening.Screener;
import io.vigil.screening.ScreeningQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The few threads that run every screening in the server, and their warm-up.
 *
 * <p>Design note. Matching is CPU-bound, and each thread that screens keeps per-thread state: ICU
 * transliterators (each built from its rules, tens of milliseconds of CPU) and the index's scratch
 * arrays (a few bytes per indexed name). Run on the web server's request threads (up to 200 in
 * Tomcat, created and retired with the load), every new thread paid that again: the first 30 s at
 * 500 requests/s after a start showed a p99 of 52 ms to 3 s, and a warm server still had spikes
 * when Tomcat replaced idle threads. Requests therefore hand their screening to a fixed pool of as
 * many threads as there are cores (more would only queue for the same cores) and wait for it: a
 * hand-off costs microseconds, and the per-thread state is built once per core. This is the "thread
 * per core" arrangement of latency-sensitive servers (Seastar; LMAX's disruptor).
 *
 * <p>Before the server reports healthy, every pool thread screens a sample of the lists' own names
 * (each with one letter changed, as a mistyped query would be) and names in the scripts the matcher
 * transliterates, for a bounded time, so that the JIT has compiled the matching code and every
 * thread holds its transliterators before traffic arrives (HotSpot compiles a method after about
 * 10,000 calls).
 */
final class ScreeningWorkers implements AutoCloseable {
  /** Names in the scripts the matcher transliterates, so that each thread builds its rules. */
  static final List<String> SCRIPT_SAMPLES =
      List.of(
          "Владимир Путин",
          "Βλαντιμίρ Πούτιν",
          "فلاديمير بوتين",
          "ولادیمیر پوتین",
          "ולדימיר פוטין",
          "Վլադիմիր Պուտին",
          "ვლადიმერ პუტინი",
          "弗拉基米尔·普京",
          "ウラジーミル・プーチン",
          "블라디미르 푸틴",
          "व्लादिमीर पुतिन",
          "วลาดีมีร์ ปูติน");

  /** Warm-up queries a thread screens before it takes the next task (a request, say). */
  static final int WARM_UP_CHUNK = 64;

  private final ExecutorService pool;
  private final int threads;

  /** Set on the pool's own threads, so that work they ask for runs in place. */
  private final ThreadLocal<Boolean> onPool = ThreadLocal.withInitial(() -> false);

  ScreeningWorkers(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("screening threads must be at least 1, was " + threads);
    }
    this.threads = threads;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t =
                  new Thread(
                      () -> {
                        onPool.set(true);
                        r.run();
                      },
                      "screen-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    // start every thread now, not on first use
    List<Future<?>> started = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      started.add(pool.submit(() -> {}));
    }
    started.forEach(ScreeningWorkers::await);
  }

  int threads() {
    return threads;
  }

  /**
   * Runs {@code work} on a screening thread and returns its result, or rethrows its failure. Work
   * asked for from a screening thread runs where it is, so that the pool never waits on itself.
   */
  <T> T call(Callable<T> work) {
    if (onPool.get()) {
      try {
        return work.call();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return await(pool.submit(work));
  }

  /** What a warm-up did. */
  record WarmUp(int queries, long millis) {}

  /**
   * Screens warm-up queries built from {@code entities} on every thread at once until each thread
   * has run {@code rounds} passes or {@code budget} is spent, whichever comes first.
   */
  WarmUp warmUp(
      List<ListEntity> entities,
      List<Screener> screeners,
      int rounds,
      Duration budget,
      LongSupplier nanoTime) {
    List<ScreeningQuery> queries = queries(entities);
    if (queries.isEmpty() || screeners.isEmpty()) {
      return new WarmUp(0, 0);
    }
    long start = nanoTime.getAsLong();
    long deadline = start + budget.toNanos();
    AtomicInteger done = new AtomicInteger();
    // each thread screens every query `rounds` times, in chunks of WARM_UP_CHUNK, one chunk per
    // thread at a time, so that a request arriving meanwhile waits for one chunk, not for the whole
    // warm-up
    int perThread = rounds * queries.size();
    for (int from = 0;
        from < perThread && nanoTime.getAsLong() <= deadline;
        from += WARM_UP_CHUNK) {
      List<Future<?>> chunk = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = from;
        int offset = t * queries.size() / threads;
        chunk.add(
            pool.submit(
                () -> {
                  for (int i = first; i < Math.min(perThread, first + WARM_UP_CHUNK); i++) {
                    if (nanoTime.getAsLong() > deadline) {
                      return;
                    }
                    ScreeningQuery q = queries.get((offset + i) % queries.size());
                    for (Screener s : screeners) {
                      s.screen(q, 0.5, 10);
                    }
                    done.incrementAndGet();
                  }
                }));
      }
      RuntimeException failed = null;
      for (Future<?> f : chunk) {
        try {
          await(f);
        } catch (RuntimeException e) {
          failed = failed == null ? e : failed;
        }
      }
      if (failed != null) {
        throw failed;
      }
    }
    return new WarmUp(done.get(), (nanoTime.getAsLong() - start) / 1_000_000);
  }

  /**
   * Up to 2,000 of the entities' names spread over the list, each with one letter changed, plus the
   * script samples.
   */
  static List<ScreeningQuery> queries(List<ListEntity> entities) {
    List<ScreeningQuery> out = new ArrayList<>();
    int step = Math.max(1, entities.size() / 2_000);
    for (int i = 0; i < entities.size(); i += step) {
      ListEntity e = entities.get(i);
      if (e.names().isEmpty()) {
        continue;
      }
      String name = e.names().getFirst();
      // the typo adds a letter: a name at the limit would become too long
      if (name.length() >= ScreeningQuery.MAX_NAME_LENGTH || name.isBlank()) {
        continue;
      }
      out.add(new ScreeningQuery(typo(name, i), e.schema(), "", "", List.of()));
    }
    for (String s : SCRIPT_SAMPLES) {
      out.add(new ScreeningQuery(s, EntitySchema.PERSON, "", "", List.of()));
    }
    return out;
  }

  /** {@code name} with the letter at a position chosen by {@code seed} doubled. */
  static String typo(String name, int seed) {
    int at = Math.floorMod(seed * 31, name.length());
    if (!Character.isLetter(name.charAt(at))) {
      return name;
    }
    return name.substring(0, at + 1) + name.substring(at);
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw new IllegalStateException("interrupted while screening", e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException re -> throw re;
        case Error err -> throw err;
        default -> throw new IllegalStateException(e.getCause());
      }
    }
  }

  @Override
  public void close() {
    // screenings still queued are cancelled, so that their callers are answered, not left waiting
    for (Runnable queued : pool.shutdownNow()) {
      if (queued instanceof Future<?> f) {
        f.cancel(false);
      }
    }
  }
}
