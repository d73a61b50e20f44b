package io.vigil.coordination;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/*
 * Coordinated-account detection: the facade and the pipeline.
 *
 * Pipeline (each step a pure function of the previous step's output; no static mutable state, so
 * a Spark job can run the same functions: map posts to actions, group by item, aggregate by pair):
 *   1. read       PostInput parses on a reader thread, Features turns posts into per-signal
 *                 (item, account, time) actions on the calling thread (bounded queue between).
 *   2. partition  ItemGroups: per signal, actions grouped by item and sorted by time.
 *   3. aggregate  SignalEdges: co-actions within the window, idf-weighted, summed per account pair,
 *                 normalised, and filtered by the NullModel. Signals run in parallel.
 *   4. combine    CombinedNetwork sums the signals per pair and clusters with Leiden (seeded).
 *   5. explain    Explainer: per cluster the signals, top items, time span, DISARM techniques, and
 *                 the co-actions behind edges.
 * Method after Graham et al. 2020 (QUT coordination-network-toolkit), Pacheco et al. 2021 (ICWSM,
 * TF-IDF-weighted bipartite projections) and Giglietto et al. 2020 (CooRnet); see
 * shared/brief/reference/coordination-detection.md.
 */
/** Finds coordinated account networks in posts. Thread-safe; holds no state between runs. */
public final class CoordinationDetector {
  private static final int BATCH = 2048;
  private static final Object END = new Object();
  private static final Object OUTSIDE_RANGE = new Object();

  private final Clock clock;
  private final int threads;

  /** A detector using up to two threads (the machines this was built for have two cores). */
  public CoordinationDetector(Clock clock) {
    this(clock, Math.min(2, Runtime.getRuntime().availableProcessors()));
  }

  public CoordinationDetector(Clock clock, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.clock = clock;
    this.threads = threads;
  }

  /**
   * Runs a detection.
   *
   * @param in the posts (gzip or plain; closed by the caller)
   * @param source a name for messages (file name or upload name)
   * @throws InputRejected when the input is empty, not in the format, or malformed with stop set
   */
  public Detection detect(
      InputStream in, String source, PostFormat format, DetectionOptions options) {
    return detect(in, source, format, options, DetectionProgress.none());
  }

  public Detection detect(
      InputStream in,
      String source,
      PostFormat format,
      DetectionOptions options,
      DetectionProgress progress) {
    Map<String, Long> millis = new LinkedHashMap<>();
    long t0 = clock.millis();
    Features features = new Features(options);
    long rows = read(in, source, format, options, features, progress);
    features.finish();
    long t1 = clock.millis();
    millis.put("read", t1 - t0);

    progress.report("signals", -1);
    Map<Signal, ItemGroups> groups = new EnumMap<>(Signal.class);
    Map<Signal, SignalEdges> edges = new EnumMap<>(Signal.class);
    int accounts = features.accountCount();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Map<Signal, Future<Object[]>> futures = new EnumMap<>(Signal.class);
      for (Signal s : options.signals()) {
        SignalActions actions = features.actions.get(s);
        futures.put(
            s,
            pool.submit(
                () -> {
                  ItemGroups g = ItemGroups.of(actions, accounts);
                  return new Object[] {
                    g,
                    s == Signal.SIMILAR_CONTENT
                        ? ContentSimilarity.compute(actions, features.termUses, accounts, options)
                        : SignalEdges.compute(g, accounts, options)
                  };
                }));
      }
      for (Map.Entry<Signal, Future<Object[]>> f : futures.entrySet()) {
        Object[] r = f.getValue().get();
        groups.put(f.getKey(), (ItemGroups) r[0]);
        edges.put(f.getKey(), (SignalEdges) r[1]);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("detection interrupted", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    // exact sets (ExactSets): accounts that, all of them and nobody else, acted on the same items
    for (Map.Entry<Signal, SignalEdges> e : edges.entrySet()) {
      ItemGroups g = groups.get(e.getKey());
      if (g != null) {
        e.setValue(ExactSets.add(e.getValue(), g, options));
      }
    }
    long t2 = clock.millis();
    millis.put("signals", t2 - t1);

    progress.report("cluster", -1);
    // the first pass with its coordinated sets (CoordinatedSets.firstPass), kept aside: clustering
    // and the interest model start from the edges that passed alone, and the sets' edges join
    // only where no interest model judges the edges again (it has its own sets). Adding them
    // before changed the first-pass clusters the interest model reads its communities from: on an
    // independent reviewer-style world, live-TV hashtag users and viral reply storms became sets
    // and 1-3 % more organic accounts were clustered, with fewer planted groups found.
    Map<Signal, SignalEdges> withSets = new EnumMap<>(edges);
    for (Map.Entry<Signal, SignalEdges> e : edges.entrySet()) {
      e.setValue(e.getValue().alone());
    }
    // Leiden numbers the accounts by name, so the posts' order does not change the clusters
    int[] rank = features.nameRanks();
    CombinedNetwork network =
        CombinedNetwork.combine(List.copyOf(edges.values()), accounts, options);
    int[] raw = network.cluster(options.resolution(), options.seed(), rank);
    int interestCommunities = 0;
    int interestAccounts = 0;
    Map<Signal, Integer> explained = new EnumMap<>(Signal.class);
    Map<Signal, Integer> keptBySet = new EnumMap<>(Signal.class);
    int coordinatedSets = 0;
    boolean interestJudged = false;
    if (options.interestShare() > 0 && hasClusterOf(raw, options.interestMinAccounts())) {
      int[] block = new int[accounts];
      // the synchronized signal, if not asked for, is read for the interest model: computed here,
      // never reported; and only where it is readable: where most activity falls in minutes of
      // more than maxItemAccounts accounts, it cannot tell a coordinated community from an
      // interest, and there are no blocks
      ItemGroups bins = groups.get(Signal.SYNCHRONIZED);
      if (bins == null) {
        bins = ItemGroups.of(features.actions.get(Signal.SYNCHRONIZED), accounts);
      }
      int blocks = 0;
      if (synchronyReadable(bins, options.maxItemAccounts())) {
        SignalEdges synchrony = edges.get(Signal.SYNCHRONIZED);
        if (synchrony == null) {
          // the same evidence as when the signal is asked for: the edges that passed alone
          synchrony = SignalEdges.compute(bins, accounts, options).alone();
        }
        blocks =
            InterestBlocks.assign(
                network,
                raw,
                options.interestMinAccounts(),
                synchrony,
                options.alpha(),
                options.resolution(),
                options.seed(),
                rank,
                block);
      }
      interestCommunities = blocks;
      for (int acc = 0; acc < accounts; acc++) {
        if (block[acc] > 0) {
          interestAccounts++;
        }
      }
      int interestSets = 0;
      for (int b : block) {
        interestSets = Math.max(interestSets, -b);
      }
      coordinatedSets = Math.max(coordinatedSets, interestSets);
      if (blocks > 0) {
        interestJudged = true;
        int residual = 0;
        DailyCycle cycle =
            options.dailyCycle()
                ? DailyCycle.of(features.actions.get(Signal.SYNCHRONIZED), accounts)
                : null;
        for (Signal s : options.signals()) {
          int before = edges.get(s).size();
          InterestModel.Refined refined =
              InterestModel.refine(
                  edges.get(s),
                  block,
                  blocks,
                  s == Signal.SIMILAR_CONTENT ? 1.0 : options.interestShare(),
                  options.alpha(),
                  cycle);
          edges.put(s, refined.edges());
          explained.put(s, before - refined.edges().size());
          keptBySet.put(s, refined.keptBySet());
          residual = Math.max(residual, refined.residualSets());
        }
        coordinatedSets = interestSets + residual; // the first pass's sets, looked at again
        network = CombinedNetwork.combine(List.copyOf(edges.values()), accounts, options);
        raw = network.cluster(options.resolution(), options.seed(), rank);
      }
    }
    if (!interestJudged) {
      // the popularity model judges last: its coordinated sets' edges join (the most sets any
      // signal found is reported)
      boolean any = false;
      for (SignalEdges e : withSets.values()) {
        keptBySet.put(e.signal, e.keptBySet);
        coordinatedSets = Math.max(coordinatedSets, e.sets);
        any |= e.keptBySet > 0;
      }
      if (any) {
        edges.putAll(withSets);
        network = CombinedNetwork.combine(List.copyOf(edges.values()), accounts, options);
        raw = network.cluster(options.resolution(), options.seed(), rank);
      }
    }
    long t3 = clock.millis();
    millis.put("cluster", t3 - t2);

    progress.report("explain", -1);
    for (Map.Entry<Signal, SignalEdges> e : edges.entrySet()) {
      e.setValue(e.getValue().released());
    }
    Explainer explainer = new Explainer(features, options, groups, edges, interestCommunities > 0);
    int[] reportedId = new int[accounts];
    double[] score = new double[accounts];
    List<Cluster> clusters = explainer.clusters(network, raw, reportedId, score);
    long t4 = clock.millis();
    millis.put("explain", t4 - t3);
    millis.put("total", t4 - t0);

    int linked = 0;
    int clustered = 0;
    for (int acc = 0; acc < accounts; acc++) {
      if (raw[acc] >= 0) {
        linked++;
      }
      if (reportedId[acc] > 0) {
        clustered++;
      }
    }
    Map<Signal, Integer> edgeCounts = new EnumMap<>(Signal.class);
    Map<Signal, Integer> actionCounts = new EnumMap<>(Signal.class);
    for (Signal s : options.signals()) {
      edgeCounts.put(s, edges.get(s).size());
      actionCounts.put(s, features.actions.get(s).size());
    }
    DetectionStats stats =
        new DetectionStats(
            rows,
            features.posts,
            features.outsideRange,
            features.malformedCount,
            accounts,
            linked,
            clustered,
            network.size(),
            edgeCounts,
            actionCounts,
            millis,
            interestCommunities,
            interestAccounts,
            explained,
            coordinatedSets,
            keptBySet);
    return new Detection(
        source,
        format,
        options,
        clock.instant(),
        features,
        edges,
        network,
        explainer,
        clusters,
        reportedId,
        score,
        stats);
  }

  /**
   * Whether at least half of the activity in shared minutes falls in minutes the synchronized
   * signal tests (SignalEdges.eligible: at most {@code cap} accounts, not trending): on inputs so
   * dense that most minutes hold more accounts, no cluster could show synchrony, and every large
   * one would pass for a community of interest.
   */
  static boolean synchronyReadable(ItemGroups bins, int cap) {
    java.util.BitSet seen = new java.util.BitSet();
    for (long e : bins.entries) {
      seen.set(ItemGroups.account(e));
    }
    int active = seen.cardinality();
    long shared = 0;
    long tested = 0;
    for (int it = 0; it < bins.itemCount(); it++) {
      int k = bins.distinctAccounts[it];
      if (k >= 2) {
        int n = bins.to(it) - bins.from(it);
        shared += n;
        if (SignalEdges.eligible(k, active, cap)) {
          tested += n;
        }
      }
    }
    return shared > 0 && 2 * tested >= shared;
  }

  /** Whether some cluster has at least {@code min} accounts. */
  private static boolean hasClusterOf(int[] cluster, int min) {
    for (int size : CombinedNetwork.clusterSizes(cluster)) {
      if (size >= min) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses on a reader thread, maps batches of posts to PostFeatures on a small pool, and interns
   * on the calling thread in input order. Returns the row count.
   */
  private long read(
      InputStream in,
      String source,
      PostFormat format,
      DetectionOptions options,
      Features features,
      DetectionProgress progress) {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(32);
    long[] rows = new long[1];
    Counting counting = new Counting(in);
    ExecutorService mappers = Executors.newFixedThreadPool(threads);
    Thread reader =
        Thread.ofPlatform()
            .name("coordination-reader")
            .daemon(true)
            .start(
                () -> {
                  Batcher batcher = new Batcher(queue, counting, progress, mappers, options);
                  try {
                    rows[0] =
                        PostInput.read(
                            counting, source, format, options.stopOnMalformed(), batcher);
                    batcher.flush();
                    put(queue, END);
                  } catch (Cancelled e) {
                    // the consumer failed or was interrupted; nothing left to hand over
                  } catch (RuntimeException | Error e) {
                    try {
                      batcher.flush();
                      put(queue, e);
                    } catch (Cancelled c) {
                      // the consumer is gone
                    }
                  }
                });
    boolean done = false;
    try {
      while (true) {
        Object o = queue.take();
        if (o == END) {
          done = true;
          break;
        }
        if (o instanceof Throwable t) {
          throw rethrow(t);
        }
        @SuppressWarnings("unchecked")
        List<Object> batch = ((Future<List<Object>>) o).get();
        for (Object item : batch) {
          if (item instanceof PostFeatures p) {
            features.add(p);
          } else if (item == OUTSIDE_RANGE) {
            features.outsideRange++;
          } else {
            features.malformed((MalformedRow) item);
          }
        }
      }
      reader.join();
    } catch (InterruptedException e) {
      reader.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("detection interrupted", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      if (!done) {
        // stop the reader: it may be blocked on the full queue
        reader.interrupt();
        queue.clear();
      }
      mappers.shutdownNow();
    }
    return rows[0];
  }

  /** Puts on the queue; when the consumer gave up (interrupt), ends the reader by Cancelled. */
  private static void put(BlockingQueue<Object> queue, Object o) {
    try {
      queue.put(o);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  /** The consumer stopped reading; the reader thread just ends. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("cancelled", null, false, false);
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  /** Collects posts into batches and hands each batch to the mappers, keeping input order. */
  private static final class Batcher implements PostSink {
    private final BlockingQueue<Object> queue;
    private final Counting counting;
    private final DetectionProgress progress;
    private final ExecutorService mappers;
    private final DetectionOptions options;
    private final long since;
    private final long until;
    private List<Object> batch = new ArrayList<>(BATCH);

    Batcher(
        BlockingQueue<Object> queue,
        Counting counting,
        DetectionProgress progress,
        ExecutorService mappers,
        DetectionOptions options) {
      this.queue = queue;
      this.counting = counting;
      this.progress = progress;
      this.mappers = mappers;
      this.options = options;
      this.since = options.since() == null ? Long.MIN_VALUE : options.since().getEpochSecond();
      this.until = options.until() == null ? Long.MAX_VALUE : options.until().getEpochSecond();
    }

    @Override
    public void post(Post post) {
      if (post.time() < since || post.time() >= until) {
        // counted here so posts outside the range cost no feature extraction
        batch.add(OUTSIDE_RANGE);
      } else {
        batch.add(post);
      }
      if (batch.size() >= BATCH) {
        flush();
      }
    }

    @Override
    public void malformed(MalformedRow row) {
      batch.add(row);
    }

    void flush() {
      if (!batch.isEmpty()) {
        List<Object> posts = batch;
        put(queue, mappers.submit(() -> map(posts, options)));
        batch = new ArrayList<>(BATCH);
        progress.report("read", counting.count);
      }
    }

    private static List<Object> map(List<Object> posts, DetectionOptions options) {
      List<Object> out = new ArrayList<>(posts.size());
      for (Object o : posts) {
        out.add(o instanceof Post p ? PostFeatures.of(p, options) : o);
      }
      return out;
    }
  }

  /** Counts the bytes read from the raw (possibly compressed) input. */
  private static final class Counting extends FilterInputStream {
    volatile long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
