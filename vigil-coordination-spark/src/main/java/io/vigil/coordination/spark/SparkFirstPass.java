package io.vigil.coordination.spark;

import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.DistributedSteps;
import io.vigil.coordination.DistributedSteps.AccountPair;
import io.vigil.coordination.DistributedSteps.AccountPartial;
import io.vigil.coordination.DistributedSteps.Action;
import io.vigil.coordination.DistributedSteps.ItemChance;
import io.vigil.coordination.DistributedSteps.ItemPart;
import io.vigil.coordination.DistributedSteps.NearDuplicateText;
import io.vigil.coordination.DistributedSteps.PairEdge;
import io.vigil.coordination.DistributedSteps.PairPartial;
import io.vigil.coordination.DistributedSteps.SetEvidence;
import io.vigil.coordination.DistributedSteps.SetProposal;
import io.vigil.coordination.InputRejected;
import io.vigil.coordination.PostFormat;
import io.vigil.coordination.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/*
 * The coordination engine's first pass as a Spark job: the engine's own functions
 * (io.vigil.coordination.DistributedSteps), wired as
 *   1. map       each input file is read by one task with the engine's reader and turned into
 *                (signal, item, account, time) actions (DistributedSteps.actions), and the
 *                MinHash signatures of its texts, numbered by input and place;
 *   1b. families near-duplicate texts: per LSH band a group by bucket joins each text to the
 *                bucket's text of least signature when their signatures agree; the components of the joins
 *                (union-find on the driver, one entry per joined text) are the families, and
 *                each text becomes an action on its family (a join back to the texts);
 *   2. count     distinct (signal, account): each signal's active accounts, broadcast, since every
 *                item's idf = ln(A / k) needs A;
 *   3. group     by (signal, item): one item's actions become its part (DistributedSteps.item):
 *                degree, idf, window chance, actors and co-acting pairs, the same sweep as on one
 *                machine;
 *   4. reduce    by pair (shared items, summed idf) and by account (counted items, summed idf);
 *                only pairs with the signal's minimum of co-actions go to the driver (the others
 *                are never tested, and the Benjamini-Hochberg correction counts them through the
 *                number of hypotheses, not the list);
 *   4b. sets     exact sets (ExactSets): each item's part carries the actor sets it proposes (the
 *                item's, and each burst's inside it); the proposals are counted by set size for
 *                the test's Bonferroni count; grouped by actor set, a set proposed twice or more
 *                that acted at separate moments becomes its evidence (DistributedSteps.exactSet:
 *                its count and its pairs' co-actions) and is tested there against the signal's
 *                totals, broadcast (DistributedSteps.setStands); only the sets that stand go to
 *                the driver;
 *   5. driver    the null model and the correction, then the exact sets' test against the same
 *                popularity model (DistributedSteps.edges).
 * The result equals DistributedSteps.firstPass over the same files (SparkFirstPassTest). The
 * driver holds the tested pairs, the accounts and the counted items' degrees, never the posts.
 * Read counts and rejected inputs come back through Spark accumulators, read after the first job
 * (the actions are cached, so no later job reads a file again; a retried task counts its file twice).
 * An input the engine rejects (empty, wrong format, malformed with stop set) is handed back as such,
 * not as a failed task, and the job stops before any aggregation.
 */
/** Runs the coordination engine's first pass (per-signal kept edges) on a Spark cluster. */
public final class SparkFirstPass {
  private SparkFirstPass() {}

  /** An input another file system holds: a URI scheme of two or more letters, not file. */
  private static final java.util.regex.Pattern REMOTE =
      java.util.regex.Pattern.compile("(?!file:)[a-zA-Z][a-zA-Z0-9+.-]+://");

  /**
   * What the job read and computed: per signal the kept edges, the active accounts, the pairs
   * tested, and the exact sets that stood (their test run where each set was grouped).
   */
  public record Result(
      Map<Signal, List<PairEdge>> edges,
      long rows,
      long posts,
      long malformed,
      Map<Signal, Long> activeAccounts,
      Map<Signal, Long> testedPairs,
      Map<Signal, Long> standingSets) {
    public Result {
      edges = Map.copyOf(edges);
      activeAccounts = Map.copyOf(activeAccounts);
      testedPairs = Map.copyOf(testedPairs);
      standingSets = Map.copyOf(standingSets);
    }
  }

  /** Bits of a text's number inside its input (the input's number is above them). */
  private static final int TEXT_BITS = 40;

  /** What one task read from one input: the actions, and the texts to compare for copies. */
  record FilePart(List<Action> actions, List<NearDuplicateText> texts) implements Serializable {}

  /** A signal's item, the key of the group-by-item step. */
  record ItemKey(Signal signal, long item) implements Serializable {}

  /** A signal's account, the key of the reduce-by-account step. */
  record AccountKey(Signal signal, String account) implements Serializable {}

  /**
   * What the exact-set test needs of each signal, broadcast to where the sets are grouped: each
   * account's counted items, the proposals per set size, the summed degree of the counted items.
   */
  static final class SetTotals implements Serializable {
    final Map<Signal, Map<String, Integer>> eligible = new EnumMap<>(Signal.class);
    final Map<Signal, Map<Integer, Long>> sizes = new EnumMap<>(Signal.class);
    final Map<Signal, Long> degree = new EnumMap<>(Signal.class);
  }

  /**
   * Runs the first pass over the inputs (paths or URIs any Hadoop file system reads: a local path,
   * {@code file://}, {@code hdfs://}, {@code s3a://} with its connector), one task per input.
   *
   * @throws InputRejected when an input is empty, not in the format, or malformed with stop set, or
   *     when no input has a post in the options' time range
   * @throws IllegalArgumentException when none of the options' signals is computed here
   */
  public static Result run(
      JavaSparkContext sc, List<String> inputs, PostFormat format, DetectionOptions options) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs given");
    }
    Set<Signal> left = DistributedSteps.leftOut(options);
    if (left.size() == options.signals().size()) {
      throw new IllegalArgumentException(
          "none of the signals " + options.signals() + " is computed on Spark");
    }
    LongAccumulator rows = sc.sc().longAccumulator("rows");
    LongAccumulator posts = sc.sc().longAccumulator("posts");
    LongAccumulator malformed = sc.sc().longAccumulator("malformed");
    CollectionAccumulator<InputRejected> rejected = sc.sc().collectionAccumulator("rejected");
    JavaRDD<FilePart> files = null;
    JavaRDD<Action> actions = null;
    JavaRDD<ItemPart> parts = null;
    List<Tuple2<Integer, String>> numbered = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      numbered.add(new Tuple2<>(i, inputs.get(i)));
    }
    try {
      files =
          sc.parallelize(numbered, inputs.size())
              .map(
                  input -> {
                    List<Action> out = new ArrayList<>();
                    List<NearDuplicateText> texts = new ArrayList<>();
                    long base = (long) input._1() << TEXT_BITS;
                    DistributedSteps.Read read;
                    try {
                      read =
                          read(
                              input._2(),
                              format,
                              options,
                              out,
                              t -> texts.add(t.at(base | t.order())));
                    } catch (InputRejected r) {
                      // handed back as data, not as a task failure, which Spark would wrap
                      rejected.add(r);
                      return new FilePart(List.of(), List.of());
                    }
                    rows.add(read.rows());
                    posts.add(read.posts());
                    malformed.add(read.malformed());
                    return new FilePart(out, texts);
                  })
              .persist(StorageLevel.MEMORY_AND_DISK());
      files.count();
      if (!rejected.value().isEmpty()) {
        throw firstOf(rejected.value(), inputs);
      }
      if (posts.value() == 0) {
        throw new InputRejected(
            String.join(", ", inputs), 0, "no posts in the time range: nothing to analyse");
      }
      actions = files.flatMap(f -> f.actions().iterator());
      if (options.signals().contains(Signal.NEAR_DUPLICATE)) {
        actions =
            actions.union(
                nearDuplicateActions(sc, files.flatMap(f -> f.texts().iterator()), options));
      }
      actions = actions.persist(StorageLevel.MEMORY_AND_DISK());

      Map<Signal, Long> active = new EnumMap<>(Signal.class);
      actions
          .mapToPair(a -> new Tuple2<>(a.signal(), a.account()))
          .distinct()
          .countByKey()
          .forEach((s, n) -> active.put(s, n));
      files.unpersist(false); // the actions are cached now
      // read once: the actions are cached, so later jobs do not read (or count) the files again
      long readRows = rows.value();
      long readPosts = posts.value();
      long readMalformed = malformed.value();
      Broadcast<Map<Signal, Long>> activeCounts = sc.broadcast(new EnumMap<>(active));

      parts =
          actions
              .mapToPair(a -> new Tuple2<>(new ItemKey(a.signal(), a.item()), a))
              .groupByKey()
              .map(
                  g ->
                      DistributedSteps.item(
                          g._1().signal(),
                          g._2(),
                          activeCounts.value().get(g._1().signal()),
                          options))
              .filter(ItemPart::counted)
              .persist(StorageLevel.MEMORY_AND_DISK());

      Map<AccountPair, PairPartial> pairs =
          JavaPairRDD.fromJavaRDD(
                  parts.flatMap(
                      p -> {
                        PairPartial one = new PairPartial(1, p.idf());
                        List<Tuple2<AccountPair, PairPartial>> out =
                            new ArrayList<>(p.pairs().size());
                        for (AccountPair pair : p.pairs()) {
                          out.add(new Tuple2<>(pair, one));
                        }
                        return out.iterator();
                      }))
              .reduceByKey(PairPartial::plus)
              .filter(
                  t -> t._2().shared() >= options.settings().get(t._1().signal()).minCoActions())
              .collectAsMap();

      Map<AccountKey, AccountPartial> accounts =
          JavaPairRDD.fromJavaRDD(
                  parts.flatMap(
                      p -> {
                        AccountPartial one = new AccountPartial(1, p.idf());
                        List<Tuple2<AccountKey, AccountPartial>> out =
                            new ArrayList<>(p.actors().size());
                        for (String actor : p.actors()) {
                          out.add(new Tuple2<>(new AccountKey(p.signal(), actor), one));
                        }
                        return out.iterator();
                      }))
              .reduceByKey(AccountPartial::plus)
              .collectAsMap();

      List<Tuple2<Signal, ItemChance>> chances =
          parts
              .map(p -> new Tuple2<>(p.signal(), new ItemChance(p.degree(), p.together())))
              .collect();

      // exact sets: each item's (and burst's) actor set, grouped by set; a set proposed twice or
      // more that acted at separate moments is tested where it is grouped, with the signal's
      // totals broadcast, and only the sets that stand reach the driver
      JavaRDD<SetProposal> proposals = parts.flatMap(p -> p.proposals().iterator());
      Map<Tuple2<Signal, Integer>, Long> ofSize =
          proposals
              .filter(p -> !p.core())
              .map(p -> new Tuple2<>(p.signal(), p.accounts().size()))
              .countByValue();
      SetTotals totals = new SetTotals();
      accounts.forEach(
          (k, v) ->
              totals
                  .eligible
                  .computeIfAbsent(k.signal(), x -> new HashMap<>())
                  .put(k.account(), v.eligibleItems()));
      ofSize.forEach(
          (k, n) -> totals.sizes.computeIfAbsent(k._1(), x -> new HashMap<>()).put(k._2(), n));
      for (Tuple2<Signal, ItemChance> c : chances) {
        totals.degree.merge(c._1(), (long) c._2().degree(), Long::sum);
      }
      Broadcast<SetTotals> setTotals = sc.broadcast(totals);
      List<SetEvidence> evidence =
          proposals
              .mapToPair(p -> new Tuple2<>(p.key(), p))
              .groupByKey()
              .flatMap(
                  g -> {
                    SetTotals t = setTotals.value();
                    List<SetEvidence> stand = new ArrayList<>(2);
                    for (SetEvidence e : DistributedSteps.exactSet(g._2(), options)) {
                      if (DistributedSteps.setStands(
                          e,
                          t.eligible.getOrDefault(e.signal(), Map.of()),
                          t.sizes.getOrDefault(e.signal(), Map.of()),
                          t.degree.getOrDefault(e.signal(), 0L),
                          options)) {
                        stand.add(e);
                      }
                    }
                    return stand.iterator();
                  })
              .collect();
      setTotals.destroy();

      Map<Signal, List<PairEdge>> edges = new EnumMap<>(Signal.class);
      Map<Signal, Long> tested = new EnumMap<>(Signal.class);
      for (Signal s : options.signals()) {
        if (left.contains(s)) {
          continue;
        }
        Map<AccountPair, PairPartial> sp = new HashMap<>();
        pairs.forEach(
            (k, v) -> {
              if (k.signal() == s) {
                sp.put(k, v);
              }
            });
        Map<String, AccountPartial> sa = new HashMap<>();
        accounts.forEach(
            (k, v) -> {
              if (k.signal() == s) {
                sa.put(k.account(), v);
              }
            });
        List<ItemChance> si = new ArrayList<>();
        for (Tuple2<Signal, ItemChance> c : chances) {
          if (c._1() == s) {
            si.add(c._2());
          }
        }
        List<SetEvidence> se = new ArrayList<>();
        for (SetEvidence e : evidence) {
          if (e.signal() == s) {
            se.add(e);
          }
        }
        Map<Integer, Long> sizes = new HashMap<>();
        ofSize.forEach(
            (k, n) -> {
              if (k._1() == s) {
                sizes.put(k._2(), n);
              }
            });
        long a = active.getOrDefault(s, 0L);
        edges.put(
            s,
            DistributedSteps.edges(
                s, sp, sa, si, a, new DistributedSteps.SetParts(se, sizes), options));
        active.putIfAbsent(s, 0L);
        tested.put(s, (long) sp.size());
      }
      Map<Signal, Long> standing = new EnumMap<>(Signal.class);
      for (Signal sig : tested.keySet()) {
        standing.put(sig, evidence.stream().filter(e -> e.signal() == sig).count());
      }
      return new Result(edges, readRows, readPosts, readMalformed, active, tested, standing);
    } catch (RuntimeException e) {
      throw unwrap(e);
    } finally {
      if (parts != null) {
        parts.unpersist(false);
      }
      if (actions != null) {
        actions.unpersist(false);
      }
      if (files != null) {
        files.unpersist(false);
      }
    }
  }

  /**
   * The near-duplicate families as actions: per band, texts grouped by bucket, each joined to its
   * bucket's text of least signature when their signatures agree; the connected components of those
   * joins, computed on the driver with the root the family's first text, name the item each text is
   * an action on. The joins are at most one per text and band; a text in no join is a family of its
   * own.
   */
  static JavaRDD<Action> nearDuplicateActions(
      JavaSparkContext sc, JavaRDD<NearDuplicateText> texts, DetectionOptions options) {
    int bands = DistributedSteps.nearDuplicateBands();
    List<Tuple2<Long, Long>> joins =
        texts
            .flatMapToPair(
                t -> {
                  List<Tuple2<Tuple2<Integer, Long>, NearDuplicateText>> out =
                      new ArrayList<>(bands);
                  for (int b = 0; b < bands; b++) {
                    out.add(
                        new Tuple2<>(
                            new Tuple2<>(b, DistributedSteps.nearDuplicateBucket(t.signature(), b)),
                            t));
                  }
                  return out.iterator();
                })
            .groupByKey()
            .flatMap(
                bucket -> {
                  // the bucket's representative: its text of least signature (the first of
                  // those in input order, which changes nothing: equal signatures agree alike)
                  NearDuplicateText first = null;
                  for (NearDuplicateText t : bucket._2()) {
                    int c =
                        first == null
                            ? -1
                            : DistributedSteps.nearDuplicateOrder(t.signature(), first.signature());
                    if (c < 0 || (c == 0 && t.order() < first.order())) {
                      first = t;
                    }
                  }
                  List<Tuple2<Long, Long>> out = new ArrayList<>();
                  for (NearDuplicateText t : bucket._2()) {
                    if (t != first
                        && DistributedSteps.nearDuplicates(
                            t.signature(), first.signature(), options)) {
                      out.add(new Tuple2<>(t.order(), first.order()));
                    }
                  }
                  return out.iterator();
                })
            .collect();
    Map<Long, Long> parent = new HashMap<>(joins.size() * 2);
    for (Tuple2<Long, Long> j : joins) {
      long ra = root(parent, j._1());
      long rb = root(parent, j._2());
      if (ra != rb) {
        parent.put(Math.max(ra, rb), Math.min(ra, rb));
      }
    }
    List<Tuple2<Long, Long>> roots = new ArrayList<>(parent.size());
    for (Long text : new ArrayList<>(parent.keySet())) {
      roots.add(new Tuple2<>(text, root(parent, text)));
    }
    JavaPairRDD<Long, Long> rootOf = sc.parallelizePairs(roots);
    return texts
        .mapToPair(t -> new Tuple2<>(t.order(), t))
        .leftOuterJoin(rootOf)
        .map(
            x ->
                new Action(
                    Signal.NEAR_DUPLICATE,
                    x._2()._2().orElse(x._1()),
                    x._2()._1().account(),
                    x._2()._1().time()));
  }

  /** Union-find over text numbers: a text not in the map is its own root. */
  private static long root(Map<Long, Long> parent, long text) {
    long r = text;
    Long up;
    while ((up = parent.get(r)) != null) {
      r = up;
    }
    Long next;
    long x = text;
    while ((next = parent.get(x)) != null && next != r) {
      parent.put(x, r);
      x = next;
    }
    return r;
  }

  /** The rejection of the first input, in the order given, that was rejected. */
  private static InputRejected firstOf(List<InputRejected> rejections, List<String> inputs) {
    InputRejected first = rejections.get(0);
    int at = Integer.MAX_VALUE;
    for (InputRejected r : rejections) {
      for (int i = 0; i < inputs.size() && i < at; i++) {
        if (inputs.get(i).endsWith(r.source())) {
          at = i;
          first = r;
        }
      }
    }
    return first;
  }

  /**
   * Opens one input in its task: a local path or {@code file:} URI with java.nio, any other scheme
   * ({@code hdfs://}, {@code s3a://}) through Hadoop's FileSystem. Local files skip Hadoop because
   * its user lookup calls Subject.getSubject, which JDK 24 and later refuse (HADOOP-19212); on the
   * Java 17 or 21 clusters run today Hadoop reads local files as well.
   */
  private static DistributedSteps.Read read(
      String input,
      PostFormat format,
      DetectionOptions options,
      List<Action> out,
      java.util.function.Consumer<NearDuplicateText> texts)
      throws IOException {
    if (!isRemote(input)) {
      java.nio.file.Path local = localPath(input);
      try (InputStream in = Files.newInputStream(local)) {
        return DistributedSteps.actions(
            in, String.valueOf(local.getFileName()), format, options, out::add, texts);
      }
    }
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(new Configuration());
    try (InputStream in = fs.open(path)) {
      return DistributedSteps.actions(in, path.getName(), format, options, out::add, texts);
    }
  }

  /** Whether another file system holds the input (hdfs://, s3a://, ...; not file:). */
  static boolean isRemote(String input) {
    return REMOTE.matcher(input).lookingAt();
  }

  /** A local input's path: a plain path or a file: URI. */
  static java.nio.file.Path localPath(String input) {
    return input.startsWith("file:")
        ? java.nio.file.Path.of(URI.create(input))
        : java.nio.file.Path.of(input);
  }

  /** A task's InputRejected (or a file it could not open) comes back wrapped by Spark. */
  static RuntimeException unwrap(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InputRejected r) {
        return r;
      }
      if (t instanceof IOException io) {
        return new UncheckedIOException(io.getMessage(), io);
      }
    }
    return e;
  }
}
