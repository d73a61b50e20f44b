package io.vigil.coordination;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/*
 * The detector's first pass opened for a distributed job (module vigil-coordination-spark): the
 * functions the single-machine pipeline runs, cut where a cluster shuffles.
 *   map        actions(): one input (a file, read by one executor) to (signal, item, account,
 *              time) actions, through PostInput and PostFeatures as on one machine, and the
 *              MinHash signatures of the texts long enough to compare.
 *   families   near-duplicate texts (NearDuplicates): a group by LSH bucket, per band, joins each
 *              text to the bucket's text of least signature (nearDuplicateOrder()) when their
 *              signatures agree (nearDuplicates()); the families are the connected components of
 *              those pairs, each named by its first text, and become near-duplicate actions.
 *   by signal  the active accounts of each signal (a distinct count), which every idf needs.
 *   by item    item(): one item's actions (a group by item) to its degree, idf, window chance,
 *              actors and co-acting pairs: ItemGroups and SignalEdges.pairs over that one item.
 *   by pair    PairPartial.plus and AccountPartial.plus: the reduce by pair and by account.
 *   by set     each item's part carries the actor sets it proposes for the exact-set test (its
 *              own actors, and each burst's inside it: ExactSets.Proposals over the one item);
 *              exactSet() turns the proposals of one set (a group by actor set) into its
 *              evidence: how many items proposed it, whether it acted at separate moments, and
 *              its pairs' co-actions (ExactSets.Acts).
 *   driver     edges(): the popularity null model and the Benjamini-Hochberg filter
 *              (SignalEdges.keep), on the pairs with enough co-actions to be tested, then the
 *              exact sets' test against the same model (ExactSets.addEvidence).
 * firstPass() runs the single-machine pipeline to the same point (SignalEdges.compute and
 * ExactSets.add), so the two can be compared. Not distributed here: similar content (account term
 * profiles); clustering, the interest model and the explanations run on the edges, which are far
 * fewer than the posts.
 * Only values cross the cut: every record here is Serializable and holds account names, not the
 * dense ids one machine assigns.
 */
/** The first pass of coordination detection as map, group-by-item and reduce-by-pair steps. */
public final class DistributedSteps {
  private DistributedSteps() {}

  /** The signals whose edges these steps compute: those whose shared items are keys. */
  public static final Set<Signal> SIGNALS =
      Collections.unmodifiableSet(
          EnumSet.of(
              Signal.CO_RETWEET,
              Signal.CO_LINK,
              Signal.CO_HASHTAG,
              Signal.HASHTAG_SEQUENCE,
              Signal.CO_REPLY,
              Signal.SYNCHRONIZED,
              Signal.NEAR_DUPLICATE));

  /**
   * One action: an account acted on a signal's item at a time.
   *
   * @param item the item's 64-bit key (a hash of the retweeted post, link, hashtag, ...; for {@link
   *     Signal#SYNCHRONIZED} the number of the time bin)
   * @param time seconds since 2000-01-01 UTC, as the engine keeps them
   */
  public record Action(Signal signal, long item, String account, int time) implements Serializable {
    public Action {
      Objects.requireNonNull(signal, "signal");
      Objects.requireNonNull(account, "account");
    }
  }

  /**
   * A text long enough to compare for near-duplicates: its place in the input ({@code order}, the
   * count of such texts before it), author, time and MinHash signature.
   */
  public record NearDuplicateText(long order, String account, int time, int[] signature)
      implements Serializable {
    public NearDuplicateText {
      Objects.requireNonNull(account, "account");
      if (signature.length == 0) {
        throw new IllegalArgumentException("a signature has positions");
      }
    }

    /** The same text at another place (a job numbers texts across its inputs). */
    public NearDuplicateText at(long newOrder) {
      return new NearDuplicateText(newOrder, account, time, signature);
    }
  }

  /** The number of LSH bands, each a group-by-bucket pass over the texts. */
  public static int nearDuplicateBands() {
    return NearDuplicates.bands();
  }

  /** A text's bucket in one band (texts of different bands never share a bucket's pass). */
  public static long nearDuplicateBucket(int[] signature, int band) {
    return NearDuplicates.bandKey(signature, 0, band);
  }

  /**
   * The order of two texts' signatures that picks a bucket's representative (the least one): every
   * text of a bucket is compared with it, whatever order the texts came in.
   */
  public static int nearDuplicateOrder(int[] a, int[] b) {
    return NearDuplicates.compare(a, 0, b, 0);
  }

  /** Whether two texts' signatures agree enough to call them copies (the options' Jaccard). */
  public static boolean nearDuplicates(int[] a, int[] b, DetectionOptions options) {
    return NearDuplicates.agreement(a, 0, b, 0)
        >= NearDuplicates.need(options.nearDuplicateJaccard());
  }

  /** What reading one input gave: its data rows, the posts in range, the malformed rows. */
  public record Read(long rows, long posts, long malformed) implements Serializable {}

  /** Two accounts of a signal, in name order. */
  public record AccountPair(Signal signal, String first, String second) implements Serializable {
    public AccountPair {
      Objects.requireNonNull(signal, "signal");
      if (first.compareTo(second) >= 0) {
        throw new IllegalArgumentException(
            "a pair names two accounts in order, was " + first + ", " + second);
      }
    }

    /** The pair of two distinct accounts, whichever order they come in. */
    public static AccountPair of(Signal signal, String x, String y) {
      return x.compareTo(y) < 0 ? new AccountPair(signal, x, y) : new AccountPair(signal, y, x);
    }
  }

  /**
   * One item's part: how many accounts acted on it ({@code degree}), its weight ({@code idf}, 0
   * when the item is not eligible: one account, more than the cap, every active account, or
   * trending, see SignalEdges.eligible), the share of its actor pairs that acted within the window
   * ({@code together}), and, when the null model counts it ({@link #counted()}), its actors and the
   * pairs that co-acted on it; and the actor sets it proposes for the exact-set test (ExactSets:
   * the item's, if it has 3 or more actors, and each burst's of 3 or more, fewer than the item's).
   */
  public record ItemPart(
      Signal signal,
      int degree,
      double idf,
      double together,
      List<String> actors,
      List<AccountPair> pairs,
      List<SetProposal> proposals)
      implements Serializable {
    public ItemPart {
      actors = List.copyOf(actors);
      pairs = List.copyOf(pairs);
      proposals = List.copyOf(proposals);
    }

    /** Whether the item can be shared (it weighs in the pairs' sums). */
    public boolean eligible() {
      return idf > 0;
    }

    /**
     * Whether the null model counts the item: eligible, or acted on by one account only (never
     * shared, but one of that account's chances to share).
     */
    public boolean counted() {
      return idf > 0 || (degree == 1 && actors.size() == 1);
    }
  }

  /** A pair's partial sum: shared items and their summed idf. */
  public record PairPartial(int shared, double idfSum) implements Serializable {
    public PairPartial plus(PairPartial o) {
      return new PairPartial(shared + o.shared, idfSum + o.idfSum);
    }
  }

  /** An account's partial sum: eligible items it acted on and their summed idf. */
  public record AccountPartial(int eligibleItems, double idfSum) implements Serializable {
    public AccountPartial plus(AccountPartial o) {
      return new AccountPartial(eligibleItems + o.eligibleItems, idfSum + o.idfSum);
    }
  }

  /** A counted item as the null model sees it: its degree and window chance. */
  public record ItemChance(int degree, double together) implements Serializable {}

  /**
   * A kept edge of one signal.
   *
   * @param weight summed idf of the shared items over sqrt(S_a S_b) (weighted Ochiai, in [0, 1])
   * @param pValue the pair's p-value under the popularity null model
   */
  public record PairEdge(
      Signal signal, String first, String second, int coActions, double weight, double pValue)
      implements Serializable {}

  /**
   * The map step over one input: every action of every post in the options' time range, for the
   * options' signals among {@link #SIGNALS}; for near-duplicates, the texts to compare instead
   * (their actions come from their families).
   *
   * @throws InputRejected when the input is empty, not in the format, or malformed with stop set
   */
  public static Read actions(
      InputStream in,
      String source,
      PostFormat format,
      DetectionOptions options,
      Consumer<Action> out,
      Consumer<NearDuplicateText> texts) {
    DetectionOptions mapped = distributed(options);
    long since = options.since() == null ? Long.MIN_VALUE : options.since().getEpochSecond();
    long until = options.until() == null ? Long.MAX_VALUE : options.until().getEpochSecond();
    long binSeconds = options.windowSeconds(Signal.SYNCHRONIZED);
    Set<Signal> on = mapped.signals();
    long[] counts = new long[3];
    long rows =
        PostInput.read(
            in,
            source,
            format,
            options.stopOnMalformed(),
            new PostSink() {
              @Override
              public void post(Post p) {
                if (p.time() < since || p.time() >= until) {
                  return;
                }
                counts[0]++;
                PostFeatures f = PostFeatures.of(p, mapped);
                String account = p.account();
                int time = Features.toInt(p.time());
                f.forEachKeyedItem(
                    on,
                    binSeconds,
                    (signal, key, label) -> out.accept(new Action(signal, key, account, time)));
                if (f.signature() != null && on.contains(Signal.NEAR_DUPLICATE)) {
                  texts.accept(
                      new NearDuplicateText(
                          counts[2]++, p.account(), Features.toInt(p.time()), f.signature()));
                }
              }

              @Override
              public void malformed(MalformedRow row) {
                counts[1]++;
              }
            });
    return new Read(rows, counts[0], counts[1]);
  }

  /**
   * The group-by-item step: one item's actions (all of one signal and one item key) to its part.
   *
   * @param activeAccounts the signal's active accounts (distinct accounts with any of its actions)
   */
  public static ItemPart item(
      Signal signal, Iterable<Action> actions, long activeAccounts, DetectionOptions options) {
    SignalActions one = new SignalActions(signal);
    int id = one.binItem(0);
    Map<String, Integer> local = new HashMap<>();
    List<String> names = new ArrayList<>();
    long key = 0;
    boolean first = true;
    for (Action a : actions) {
      if (a.signal() != signal || (!first && a.item() != key)) {
        throw new IllegalArgumentException(
            "one item's actions were expected, got " + a.signal() + " item " + a.item());
      }
      key = a.item();
      first = false;
      Integer acc = local.get(a.account());
      if (acc == null) {
        acc = names.size();
        local.put(a.account(), acc);
        names.add(a.account());
      }
      one.add(id, acc, a.time());
    }
    if (first) {
      throw new IllegalArgumentException("an item has at least one action");
    }
    ItemGroups groups = ItemGroups.of(one, names.size());
    int k = groups.distinctAccounts[0];
    if (k == 1 && activeAccounts > 1) {
      // never shared, but one of its account's chances to share (SignalEdges.compute)
      return new ItemPart(signal, 1, 0, 0, names, List.of(), List.of());
    }
    if (!SignalEdges.eligible(k, activeAccounts, options.maxItemAccounts())) {
      return new ItemPart(signal, k, 0, 0, List.of(), List.of(), List.of());
    }
    double idf = Math.log((double) activeAccounts / k);
    int @Nullable [] together = signal.itemsRepeatByNature() ? null : new int[1];
    SignalEdges.PairTable table =
        SignalEdges.pairs(
            groups,
            new double[] {idf},
            0,
            1,
            options.coActionWindowSeconds(signal),
            k,
            16,
            together);
    List<AccountPair> pairs = new ArrayList<>(table.size());
    for (int s = 0; s < table.size(); s++) {
      pairs.add(AccountPair.of(signal, names.get(table.first(s)), names.get(table.second(s))));
    }
    double q = SignalEdges.chanceTogether(k, together == null ? -1 : together[0]);
    return new ItemPart(
        signal, k, idf, q, names, pairs, proposals(signal, key, groups, names, idf));
  }

  /**
   * The item's proposals for the exact-set test and their cores, with names for ids
   * (ExactSets.Proposals, ExactSets.Cores).
   */
  private static List<SetProposal> proposals(
      Signal signal, long key, ItemGroups groups, List<String> names, double idf) {
    if (!signal.hasCoActionWindow()) {
      return List.of();
    }
    ExactSets.Proposals proposed =
        ExactSets.Proposals.of(groups, new int[] {groups.distinctAccounts[0]}, new double[] {idf});
    ExactSets.Cores cores = ExactSets.Cores.of(proposed.actors, proposed.loose);
    List<SetProposal> out = new ArrayList<>(cores.size());
    for (int c = 0; c < cores.size(); c++) {
      int q = cores.proposal(c);
      List<String> set = new ArrayList<>();
      for (int acc : cores.actors(c)) {
        set.add(names.get(acc));
      }
      Collections.sort(set);
      IntArray members = new IntArray(16);
      IntArray times = new IntArray(16);
      for (int e = proposed.from[q]; e < proposed.to[q]; e++) {
        long entry = groups.entries[e];
        int x = Collections.binarySearch(set, names.get(ItemGroups.account(entry)));
        if (x >= 0) {
          members.add(x);
          times.add(ItemGroups.time(entry));
        }
      }
      List<String> left = new ArrayList<>(2);
      for (int acc : cores.left(c)) {
        left.add(names.get(acc));
      }
      out.add(
          new SetProposal(
              signal,
              set,
              key,
              idf,
              proposed.loose.get(q),
              left,
              members.toArray(),
              times.toArray()));
    }
    return out;
  }

  /** A signal's actor set: the key proposals of one set are grouped by. */
  public record ActorSet(Signal signal, List<String> accounts) implements Serializable {
    public ActorSet {
      Objects.requireNonNull(signal, "signal");
      accounts = List.copyOf(accounts);
    }
  }

  /**
   * An item's (or a burst's inside it) proposal of its actors, or of one of their cores, for the
   * exact-set test: the actors in name order, the item and its idf, whether its actions are more
   * than one burst, the actors a core leaves out of the proposal (ExactSets.Cores: none, or one or
   * two), and the set's actions in time order as indices into the actors with their times.
   */
  public record SetProposal(
      Signal signal,
      List<String> accounts,
      long item,
      double idf,
      boolean loose,
      List<String> left,
      int[] members,
      int[] times)
      implements Serializable {
    public SetProposal {
      Objects.requireNonNull(signal, "signal");
      accounts = List.copyOf(accounts);
      left = List.copyOf(left);
      if (accounts.size() < ExactSets.MIN_ACCOUNTS
          || members.length != times.length
          || members.length < accounts.size()) {
        throw new IllegalArgumentException(
            "a proposal has 3 or more actors and an action of each, was "
                + accounts.size()
                + " actors and "
                + members.length
                + " actions");
      }
    }

    /** Whether it proposes a core of its actors, not all of them. */
    public boolean core() {
      return !left.isEmpty();
    }

    /** The key its set's proposals are grouped by. */
    public ActorSet key() {
      return new ActorSet(signal, accounts);
    }
  }

  /**
   * What the group-by-set step sends to the driver for one actor set: the accounts (name order),
   * how many items or bursts proposed it, whether each was a single burst, whether it is the set's
   * evidence as a core (ExactSets.Evidence.cores), and, per pair of accounts x < y at {@code x *
   * size + y}, the items on which the two acted within the window and their summed idf.
   */
  public record SetEvidence(
      Signal signal,
      List<String> accounts,
      int proposals,
      boolean timed,
      boolean cores,
      int[] coActions,
      double[] idfSums)
      implements Serializable {
    public SetEvidence {
      Objects.requireNonNull(signal, "signal");
      accounts = List.copyOf(accounts);
      int pairs = accounts.size() * accounts.size();
      if (coActions.length != pairs || idfSums.length != pairs) {
        throw new IllegalArgumentException(
            "a set of " + accounts.size() + " accounts has " + pairs + " pair slots");
      }
    }
  }

  /**
   * The group-by-set step: the proposals of one actor set (one key) to the set's evidence, as
   * itself (its proposals of exactly those actors) and as a core (ExactSets.Cores: the single
   * bursts that hold it, where one holds others too), each left out where it cannot stand whatever
   * the driver finds: proposed once, or acting at one moment only (ExactSets; the driver's test
   * needs the signal's account and item totals).
   */
  public static List<SetEvidence> exactSet(
      Iterable<SetProposal> proposals, DetectionOptions options) {
    List<SetProposal> all = new ArrayList<>();
    for (SetProposal p : proposals) {
      if (!all.isEmpty() && !p.key().equals(all.get(0).key())) {
        throw new IllegalArgumentException(
            "one set's proposals were expected, got " + p.key() + " with " + all.get(0).key());
      }
      all.add(p);
    }
    // in item order, then time order within an item, as the engine takes them
    all.sort(Comparator.comparingLong(SetProposal::item).thenComparingInt(p -> p.times()[0]));
    List<SetProposal> exact = new ArrayList<>();
    List<SetProposal> held = new ArrayList<>();
    boolean core = false;
    java.util.Set<String> leftByAll = null; // ExactSets.Cores.closed
    for (SetProposal p : all) {
      core |= p.core();
      if (!p.core()) {
        exact.add(p);
      }
      if (!p.loose()) {
        held.add(p);
        if (leftByAll == null) {
          leftByAll = new java.util.HashSet<>(p.left());
        } else {
          leftByAll.retainAll(p.left());
        }
      }
    }
    core &= leftByAll != null && leftByAll.isEmpty();
    List<SetEvidence> out = new ArrayList<>(2);
    SetEvidence itself = exact.size() >= 2 ? evidence(exact, false, options) : null;
    if (itself != null) {
      out.add(itself);
    }
    SetEvidence asCore = core && held.size() >= 2 ? evidence(held, true, options) : null;
    if (asCore != null) {
      out.add(asCore);
    }
    return out;
  }

  private static @Nullable SetEvidence evidence(
      List<SetProposal> same, boolean cores, DetectionOptions options) {
    int m = same.size();
    int[] item = new int[m];
    int[] start = new int[m + 1];
    double[] idf = new double[m];
    boolean timed = true;
    for (int q = 0; q < m; q++) {
      SetProposal p = same.get(q);
      item[q] = q > 0 && p.item() == same.get(q - 1).item() ? item[q - 1] : q;
      start[q + 1] = start[q] + p.members().length;
      idf[q] = p.idf();
      timed &= !p.loose();
    }
    int[] member = new int[start[m]];
    int[] time = new int[start[m]];
    for (int q = 0; q < m; q++) {
      System.arraycopy(same.get(q).members(), 0, member, start[q], same.get(q).members().length);
      System.arraycopy(same.get(q).times(), 0, time, start[q], same.get(q).times().length);
    }
    SetProposal first = same.get(0);
    ExactSets.Acts acts =
        new ExactSets.Acts(first.accounts().size(), item, start, member, time, idf);
    long window = options.coActionWindowSeconds(first.signal());
    if (acts.moments(window) < 2) {
      return null;
    }
    ExactSets.CoActing co = acts.coActing(window);
    return new SetEvidence(
        first.signal(), first.accounts(), m, timed, cores, co.count(), co.idfSum());
  }

  /**
   * Whether a set's evidence passes the exact-set test, run where the evidence is (an executor)
   * once the signal's totals are known: the same p-value and level the driver's test uses ({@link
   * #edges}), so only the sets that stand need to reach the driver.
   *
   * @param eligibleItems each account's counted items of the evidence's signal (its account
   *     partial's {@code eligibleItems})
   * @param proposalsOfSize the signal's proposals per set size
   * @param totalDegree the summed degree of the signal's counted items
   */
  public static boolean setStands(
      SetEvidence evidence,
      Map<String, Integer> eligibleItems,
      Map<Integer, Long> proposalsOfSize,
      long totalDegree,
      DetectionOptions options) {
    long[] ofSize = ofSize(proposalsOfSize);
    double level =
        ExactSets.level(
            evidence.signal(),
            evidence.cores() ? ExactSets.coreCandidates(ofSize) : proposals(proposalsOfSize),
            options);
    if (level < 0) {
      return false;
    }
    int k = evidence.accounts().size();
    int[] set = new int[k];
    int[] eligible = new int[k];
    for (int i = 0; i < k; i++) {
      Integer n = eligibleItems.get(evidence.accounts().get(i));
      if (n == null) {
        throw new IllegalArgumentException(
            "set account " + evidence.accounts().get(i) + " has no account partial");
      }
      set[i] = i;
      eligible[i] = n;
    }
    double p =
        ExactSets.pValue(
            set, evidence.proposals(), ofSize, evidence.cores(), x -> eligible[x], totalDegree);
    return p <= level;
  }

  /** The proposals per set size as an array indexed by size. */
  private static long[] ofSize(Map<Integer, Long> proposalsOfSize) {
    long[] ofSize =
        new long[1 + proposalsOfSize.keySet().stream().mapToInt(k -> k).max().orElse(0)];
    proposalsOfSize.forEach((k, n) -> ofSize[k] = n);
    return ofSize;
  }

  /** The number of proposals over every set size (the exact-set test's Bonferroni count). */
  private static long proposals(Map<Integer, Long> proposalsOfSize) {
    long n = 0;
    for (long k : proposalsOfSize.values()) {
      n += k;
    }
    return n;
  }

  /**
   * A signal's exact-set parts for the driver: the sets' evidence, and how many proposals each set
   * size had over the whole signal (the test's counts of items of a degree, and its Bonferroni
   * count).
   */
  public record SetParts(List<SetEvidence> sets, Map<Integer, Long> proposalsOfSize)
      implements Serializable {
    public SetParts {
      sets = List.copyOf(sets);
      proposalsOfSize = Map.copyOf(proposalsOfSize);
    }

    /** No exact sets: the first pass as it was before exact sets. */
    public static SetParts none() {
      return new SetParts(List.of(), Map.of());
    }
  }

  /**
   * The driver's step: the kept edges of one signal from its reduced pairs (at least those with the
   * signal's minimum of co-actions; fewer are never tested), its accounts' partials, its eligible
   * items and its number of active accounts.
   */
  public static List<PairEdge> edges(
      Signal signal,
      Map<AccountPair, PairPartial> pairs,
      Map<String, AccountPartial> accounts,
      List<ItemChance> items,
      long activeAccounts,
      SetParts exactSets,
      DetectionOptions options) {
    List<String> names = new ArrayList<>(accounts.keySet());
    Collections.sort(names);
    Map<String, Integer> ids = new HashMap<>(names.size() * 2);
    int[] eligible = new int[names.size()];
    double[] idfSum = new double[names.size()];
    for (int i = 0; i < names.size(); i++) {
      ids.put(names.get(i), i);
      AccountPartial p = accounts.get(names.get(i));
      eligible[i] = p.eligibleItems();
      idfSum[i] = p.idfSum();
    }
    SignalEdges.PairTable table = new SignalEdges.PairTable(Math.max(1024, pairs.size()));
    for (Map.Entry<AccountPair, PairPartial> e : pairs.entrySet()) {
      AccountPair pair = e.getKey();
      if (pair.signal() != signal) {
        throw new IllegalArgumentException("a pair of " + pair.signal() + " among " + signal);
      }
      table.addPartial(
          account(ids, pair.first()),
          account(ids, pair.second()),
          e.getValue().shared(),
          e.getValue().idfSum());
    }
    int[] degree = new int[items.size()];
    double[] together = new double[items.size()];
    for (int i = 0; i < degree.length; i++) {
      degree[i] = items.get(i).degree();
      together[i] = items.get(i).together();
    }
    SignalEdges kept =
        SignalEdges.keep(
            signal,
            table,
            degree,
            together,
            eligible,
            idfSum,
            Math.toIntExact(activeAccounts),
            new double[0],
            null,
            options);
    return named(withExactSets(kept, exactSets, ids, eligible, idfSum, degree, options), names);
  }

  /** The driver's exact-set test over a signal's kept edges (ExactSets.addEvidence). */
  private static SignalEdges withExactSets(
      SignalEdges kept,
      SetParts parts,
      Map<String, Integer> ids,
      int[] eligible,
      double[] idfSum,
      int[] degree,
      DetectionOptions options) {
    if (parts.sets().isEmpty()) {
      return kept;
    }
    long[] ofSize = ofSize(parts.proposalsOfSize());
    List<ExactSets.Evidence> sets = new ArrayList<>(parts.sets().size());
    for (SetEvidence e : parts.sets()) {
      if (e.signal() != kept.signal) {
        throw new IllegalArgumentException("a set of " + e.signal() + " among " + kept.signal);
      }
      int[] set = new int[e.accounts().size()];
      for (int i = 0; i < set.length; i++) {
        set[i] = account(ids, e.accounts().get(i));
      }
      sets.add(
          new ExactSets.Evidence(
              set,
              e.proposals(),
              e.timed(),
              new ExactSets.CoActing(e.coActions(), e.idfSums()),
              e.cores()));
    }
    long total = 0;
    for (int k : degree) {
      total += k;
    }
    return ExactSets.addEvidence(
        kept,
        sets,
        ofSize,
        proposals(parts.proposalsOfSize()),
        eligible,
        idfSum,
        total,
        null,
        options);
  }

  private static int account(Map<String, Integer> ids, String name) {
    Integer id = ids.get(name);
    if (id == null) {
      throw new IllegalArgumentException("pair account " + name + " has no account partial");
    }
    return id;
  }

  /**
   * The single-machine first pass over the same inputs, read in turn: each signal's kept edges as
   * {@link CoordinationDetector} computes them before clustering.
   *
   * @throws InputRejected when an input is empty, not in the format, or malformed with stop set
   */
  public static Map<Signal, List<PairEdge>> firstPass(
      List<Path> inputs, PostFormat format, DetectionOptions options) {
    DetectionOptions mapped = distributed(options);
    Features features = new Features(mapped);
    for (Path input : inputs) {
      try (InputStream in = Files.newInputStream(input)) {
        PostInput.read(
            in, input.getFileName().toString(), format, options.stopOnMalformed(), features);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + input, e);
      }
    }
    features.finish();
    int accounts = features.accountCount();
    Map<Signal, List<PairEdge>> out = new EnumMap<>(Signal.class);
    for (Signal s : mapped.signals()) {
      ItemGroups groups = ItemGroups.of(features.actions.get(s), accounts);
      SignalEdges first = SignalEdges.compute(groups, accounts, mapped);
      out.put(s, named(ExactSets.add(first, groups, mapped), features.accountNames));
    }
    return out;
  }

  private static List<PairEdge> named(SignalEdges e, List<String> names) {
    List<PairEdge> out = new ArrayList<>(e.size());
    for (int i = 0; i < e.size(); i++) {
      String x = names.get(e.a[i]);
      String y = names.get(e.b[i]);
      boolean ordered = x.compareTo(y) < 0;
      out.add(
          new PairEdge(
              e.signal,
              ordered ? x : y,
              ordered ? y : x,
              e.coActions[i],
              e.weight[i],
              e.pValue[i]));
    }
    out.sort(Comparator.comparing(PairEdge::first).thenComparing(PairEdge::second));
    return out;
  }

  /** The options restricted to the signals computed here (at least one must be asked for). */
  static DetectionOptions distributed(DetectionOptions options) {
    Set<Signal> on = EnumSet.noneOf(Signal.class);
    for (Signal s : options.signals()) {
      if (SIGNALS.contains(s)) {
        on.add(s);
      }
    }
    if (on.isEmpty()) {
      throw new IllegalArgumentException(
          "none of the signals " + options.signals() + " is computed by the distributed steps");
    }
    return options.withSignals(on).withInterestShare(0);
  }

  /**
   * A cluster of the first pass's combined network: its accounts (in name order), the share of its
   * inner link weight each signal gives, as the clustering weighed it (so an evidence-only signal,
   * weight 0, has none; the detector's reasons count those too), and its inner edges.
   */
  public record EdgeCluster(List<String> accounts, Map<Signal, Double> signalShare, int edges)
      implements Serializable {
    public EdgeCluster {
      accounts = List.copyOf(accounts);
      signalShare = Map.copyOf(signalShare);
    }
  }

  /**
   * The clusters of kept edges, as the detector clusters its first pass: the signals' edges summed
   * per pair with the signals' weights (CombinedNetwork) and Leiden at the options' resolution and
   * seed; clusters smaller than the options' minimum are dropped. Accounts are numbered in name
   * order and edges taken in pair order, so the same edges give the same clusters wherever they
   * were computed. Largest first.
   */
  public static List<EdgeCluster> clusters(
      Map<Signal, List<PairEdge>> edges, DetectionOptions options) {
    java.util.TreeSet<String> sorted = new java.util.TreeSet<>();
    for (List<PairEdge> list : edges.values()) {
      for (PairEdge e : list) {
        sorted.add(e.first());
        sorted.add(e.second());
      }
    }
    List<String> names = new ArrayList<>(sorted);
    Map<String, Integer> ids = new HashMap<>(names.size() * 2);
    for (int i = 0; i < names.size(); i++) {
      ids.put(names.get(i), i);
    }
    List<SignalEdges> signals = new ArrayList<>();
    for (Signal s : Signal.values()) {
      List<PairEdge> list = edges.get(s);
      if (list == null) {
        continue;
      }
      List<PairEdge> ordered = new ArrayList<>(list);
      ordered.sort(Comparator.comparing(PairEdge::first).thenComparing(PairEdge::second));
      SignalEdges.Kept kept = new SignalEdges.Kept(ordered.size());
      for (PairEdge e : ordered) {
        kept.add(ids.get(e.first()), ids.get(e.second()), e.coActions(), e.weight(), e.pValue(), 0);
      }
      signals.add(kept.build(s, new double[0], null));
    }
    CombinedNetwork network = CombinedNetwork.combine(signals, names.size(), options);
    int[] byName = new int[names.size()]; // accounts are numbered in name order already
    for (int i = 0; i < byName.length; i++) {
      byName[i] = i;
    }
    int[] cluster = network.cluster(options.resolution(), options.seed(), byName);
    int[] size = CombinedNetwork.clusterSizes(cluster);
    List<List<String>> members = new ArrayList<>();
    for (int c = 0; c < size.length; c++) {
      members.add(new ArrayList<>());
    }
    for (int acc = 0; acc < names.size(); acc++) {
      if (cluster[acc] >= 0) {
        members.get(cluster[acc]).add(names.get(acc));
      }
    }
    double[][] share = new double[size.length][CombinedNetwork.S];
    int[] inner = new int[size.length];
    for (int e = 0; e < network.size(); e++) {
      int c = cluster[network.a[e]];
      if (c < 0 || c != cluster[network.b[e]]) {
        continue;
      }
      inner[c]++;
      for (Signal s : Signal.values()) {
        share[c][s.ordinal()] +=
            network.signalWeight[e * CombinedNetwork.S + s.ordinal()]
                * options.settings().get(s).weight();
      }
    }
    List<EdgeCluster> out = new ArrayList<>();
    for (int c = 0; c < size.length; c++) {
      if (size[c] < options.minClusterSize()) {
        continue;
      }
      double total = 0;
      for (double w : share[c]) {
        total += w;
      }
      Map<Signal, Double> shares = new EnumMap<>(Signal.class);
      for (Signal s : Signal.values()) {
        if (share[c][s.ordinal()] > 0 && total > 0) {
          shares.put(s, share[c][s.ordinal()] / total);
        }
      }
      out.add(new EdgeCluster(members.get(c), shares, inner[c]));
    }
    out.sort(
        Comparator.comparingInt((EdgeCluster c) -> -c.accounts().size())
            .thenComparing(c -> c.accounts().get(0)));
    return out;
  }

  /** For messages: the signals asked for that these steps leave out. */
  public static Set<Signal> leftOut(DetectionOptions options) {
    Set<Signal> out = EnumSet.noneOf(Signal.class);
    for (Signal s : options.signals()) {
      if (!SIGNALS.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
