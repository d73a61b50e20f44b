package io.vigil.coordination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * Explanations, computed from the same item groups the edges came from (nothing is re-read):
 * - explain(a, b): for every signal, each item both accounts acted on within the window, with the
 *   closest pair of times. An account -> items index per signal is built on first use.
 * - Cluster reasons: per signal, the edges inside the cluster it supports, its share of the
 *   internal weight, the items most members shared (one pass over the eligible items), and the
 *   co-actions behind the strongest edge. Signals below 5% of the weight are not listed as reasons.
 */
final class Explainer {
  private static final int TOP_ITEMS = 5;
  private static final int EXAMPLES = 3;
  private static final double MIN_SHARE = 0.05;

  private final Features features;
  private final DetectionOptions options;
  private final Map<Signal, ItemGroups> groups;
  private final Map<Signal, SignalEdges> edges;

  /** Whether edges were also tested against the communities of interest (InterestModel). */
  private final boolean interestApplied;

  private final Map<Signal, int[][]> accountItems = new EnumMap<>(Signal.class);

  Explainer(
      Features features,
      DetectionOptions options,
      Map<Signal, ItemGroups> groups,
      Map<Signal, SignalEdges> edges,
      boolean interestApplied) {
    this.features = features;
    this.options = options;
    this.groups = groups;
    this.edges = edges;
    this.interestApplied = interestApplied;
  }

  private synchronized int[][] index(Signal s) {
    return accountItems.computeIfAbsent(
        s,
        sig -> {
          ItemGroups g = groups.get(sig);
          double[] idf = edges.get(sig).itemIdf;
          int n = features.accountCount();
          int[] counts = new int[n + 1];
          int[] stamp = new int[n];
          Arrays.fill(stamp, -1);
          for (int it = 0; it < g.itemCount(); it++) {
            if (idf[it] <= 0) {
              continue;
            }
            for (int e = g.offsets[it]; e < g.offsets[it + 1]; e++) {
              int acc = ItemGroups.account(g.entries[e]);
              if (stamp[acc] != it) {
                stamp[acc] = it;
                counts[acc + 1]++;
              }
            }
          }
          for (int i = 0; i < n; i++) {
            counts[i + 1] += counts[i];
          }
          int[] items = new int[counts[n]];
          int[] fill = Arrays.copyOf(counts, n);
          Arrays.fill(stamp, -1);
          for (int it = 0; it < g.itemCount(); it++) {
            if (idf[it] <= 0) {
              continue;
            }
            for (int e = g.offsets[it]; e < g.offsets[it + 1]; e++) {
              int acc = ItemGroups.account(g.entries[e]);
              if (stamp[acc] != it) {
                stamp[acc] = it;
                items[fill[acc]++] = it;
              }
            }
          }
          return new int[][] {counts, items};
        });
  }

  /** Co-actions of two accounts in one signal, strongest (rarest item) first. */
  List<CoAction> explain(int x, int y, Signal s, int limit) {
    ItemGroups g = groups.get(s);
    if (g == null) {
      return List.of();
    }
    long window = options.coActionWindowSeconds(s);
    int[][] idx = index(s);
    double[] idf = edges.get(s).itemIdf;
    List<double[]> found = new ArrayList<>();
    for (int k = idx[0][x]; k < idx[0][x + 1]; k++) {
      int it = idx[1][k];
      long best = Long.MAX_VALUE;
      int tx = 0;
      int ty = 0;
      // entries are time-sorted: the closest x-y pair is adjacent in the merged order
      long lastX = Long.MIN_VALUE;
      long lastY = Long.MIN_VALUE;
      for (int e = g.offsets[it]; e < g.offsets[it + 1]; e++) {
        long entry = g.entries[e];
        int acc = ItemGroups.account(entry);
        int t = ItemGroups.time(entry);
        if (acc == x) {
          if (lastY != Long.MIN_VALUE && t - lastY <= window && t - lastY < best) {
            best = t - lastY;
            tx = t;
            ty = (int) lastY;
          }
          lastX = t;
        } else if (acc == y) {
          if (lastX != Long.MIN_VALUE && t - lastX <= window && t - lastX < best) {
            best = t - lastX;
            tx = (int) lastX;
            ty = t;
          }
          lastY = t;
        }
      }
      if (best != Long.MAX_VALUE) {
        found.add(new double[] {it, idf[it], tx, ty});
      }
    }
    found.sort(Comparator.comparingDouble((double[] f) -> -f[1]).thenComparingDouble(f -> f[2]));
    List<CoAction> out = new ArrayList<>();
    SignalActions labels = features.actions.get(s);
    long bin = options.windowSeconds(Signal.SYNCHRONIZED);
    for (double[] f : found) {
      if (out.size() >= limit) {
        break;
      }
      out.add(
          new CoAction(
              s,
              labels.label((int) f[0], bin),
              features.accountNames.get(x),
              Features.toInstant((int) f[2]),
              features.accountNames.get(y),
              Features.toInstant((int) f[3])));
    }
    return out;
  }

  /** Builds the reported clusters (largest first) from a raw clustering. */
  List<Cluster> clusters(CombinedNetwork net, int[] raw, int[] reportedId, double[] accountScore) {
    int n = features.accountCount();
    int[] sizes = CombinedNetwork.clusterSizes(raw);
    int maxRaw = sizes.length - 1;
    Integer[] order = new Integer[maxRaw + 1];
    for (int i = 0; i <= maxRaw; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (p, q) -> sizes[q] != sizes[p] ? sizes[q] - sizes[p] : p - q);
    int[] id = new int[maxRaw + 1];
    int reported = 0;
    for (Integer c : order) {
      id[c] = sizes[c] >= options.minClusterSize() ? ++reported : 0;
    }
    Arrays.fill(reportedId, 0);
    for (int acc = 0; acc < n; acc++) {
      if (raw[acc] >= 0) {
        reportedId[acc] = id[raw[acc]];
      }
    }
    int S = CombinedNetwork.S;
    double[] strength = net.strengths();
    double[] internal = new double[n];
    double[][] signalWeight = new double[reported + 1][S];
    int[][] signalEdgesCount = new int[reported + 1][S];
    int[][] strongest = new int[reported + 1][S];
    for (int[] row : strongest) {
      Arrays.fill(row, -1);
    }
    for (int e = 0; e < net.size(); e++) {
      int c = reportedId[net.a[e]];
      if (c == 0 || c != reportedId[net.b[e]]) {
        continue;
      }
      internal[net.a[e]] += net.weight[e];
      internal[net.b[e]] += net.weight[e];
      for (int k = 0; k < S; k++) {
        double w = net.signalWeight[e * S + k];
        if (w > 0) {
          signalWeight[c][k] += w;
          signalEdgesCount[c][k]++;
          int best = strongest[c][k];
          if (best < 0 || w > net.signalWeight[best * S + k]) {
            strongest[c][k] = e;
          }
        }
      }
    }
    for (int acc = 0; acc < n; acc++) {
      accountScore[acc] = strength[acc] > 0 ? internal[acc] / strength[acc] : 0;
    }
    Map<Signal, String[]> amplified = new EnumMap<>(Signal.class);
    Map<Signal, List<List<SharedItem>>> topItems = topItems(reportedId, reported, amplified);

    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c <= reported; c++) {
      members.add(new ArrayList<>());
    }
    for (int acc = 0; acc < n; acc++) {
      if (reportedId[acc] > 0) {
        members.get(reportedId[acc]).add(acc);
      }
    }
    List<Cluster> out = new ArrayList<>();
    for (int c = 1; c <= reported; c++) {
      List<Integer> m = members.get(c);
      m.sort(Comparator.comparingDouble((Integer acc) -> -internal[acc]).thenComparing(acc -> acc));
      double in = 0;
      double all = 0;
      int from = Integer.MAX_VALUE;
      int to = Integer.MIN_VALUE;
      List<String> names = new ArrayList<>(m.size());
      for (int acc : m) {
        in += internal[acc];
        all += strength[acc];
        from = Math.min(from, features.firstTime.get(acc));
        to = Math.max(to, features.lastTime.get(acc));
        names.add(features.accountNames.get(acc));
      }
      double total = 0;
      for (int k = 0; k < S; k++) {
        total += signalWeight[c][k];
      }
      List<Reason> reasons = new ArrayList<>();
      for (Signal s : Signal.values()) {
        int k = s.ordinal();
        double share = total > 0 ? signalWeight[c][k] / total : 0;
        if (share < MIN_SHARE || strongest[c][k] < 0) {
          continue;
        }
        int e = strongest[c][k];
        List<SharedItem> items =
            topItems.containsKey(s) ? topItems.get(s).get(c) : List.<SharedItem>of();
        reasons.add(
            new Reason(
                s,
                summary(
                    s,
                    signalEdgesCount[c][k],
                    m.size(),
                    share,
                    items,
                    amplified.containsKey(s) ? amplified.get(s)[c] : null),
                signalEdgesCount[c][k],
                share,
                items,
                explain(net.a[e], net.b[e], s, EXAMPLES)));
      }
      reasons.sort(Comparator.comparingDouble((Reason r) -> -r.weightShare()));
      Set<Technique> techniques = new LinkedHashSet<>();
      for (Reason r : reasons) {
        if (r.weightShare() >= 0.1) {
          techniques.addAll(r.signal().techniques());
        }
      }
      out.add(
          new Cluster(
              c,
              names,
              all > 0 ? in / all : 0,
              reasons,
              Features.toInstant(from),
              Features.toInstant(to),
              List.copyOf(techniques)));
    }
    return out;
  }

  private String summary(
      Signal s,
      int edgeCount,
      int size,
      double share,
      List<SharedItem> items,
      @org.jspecify.annotations.Nullable String amplified) {
    String what =
        switch (s) {
          case CO_RETWEET -> "retweeted the same posts";
          case CO_LINK -> "shared the same links";
          case CO_HASHTAG -> "used the same hashtags";
          case HASHTAG_SEQUENCE -> "used the same hashtag sequences";
          case NEAR_DUPLICATE -> "posted near-identical texts";
          case CO_REPLY -> "replied to the same posts";
          case SYNCHRONIZED -> "were active in the same time bins";
          case SIMILAR_CONTENT -> "wrote about the same things";
        };
    String window = options.settings().get(s).window().toString().substring(2).toLowerCase();
    StringBuilder b =
        new StringBuilder()
            .append(edgeCount)
            .append(" pairs among ")
            .append(size)
            .append(" accounts ")
            .append(what);
    if (s == Signal.SIMILAR_CONTENT) {
      b.append(" (TF-IDF cosine of their posts' words, hashtags and mentions, among each one's ")
          .append(ContentSimilarity.NEIGHBOURS)
          .append(" most similar accounts)");
      if (interestApplied) {
        b.append(", more terms than their communities of interest share");
      }
    } else {
      b.append(s == Signal.SYNCHRONIZED ? " (bins of " : " within ")
          .append(window)
          .append(s == Signal.SYNCHRONIZED ? ")" : "")
          .append(
              interestApplied
                  ? " more often than chance or their communities' shared interests explain"
                  : " more often than chance");
    }
    b.append(" (")
        .append(Math.round(share * 100))
        .append("% of the co-action weight inside the cluster)");
    if (!items.isEmpty()) {
      b.append("; e.g. '").append(items.get(0).item()).append("' by ");
      b.append(items.get(0).accounts()).append(" members");
    }
    if (amplified != null) {
      b.append("; ").append(amplified);
    }
    return b.toString();
  }

  /** The least share of a cluster's shared items one source must be behind to be noted. */
  static final double AMPLIFIED_SHARE = 0.8;

  /** The fewest shared items for a note on their source. */
  static final int MIN_AMPLIFIED = 3;

  static @org.jspecify.annotations.Nullable String amplifiedNote(
      Signal s, int shared, Map<String, Integer> sources) {
    String top = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : sources.entrySet()) {
      if (e.getValue() > most
          || (e.getValue() == most && top != null && e.getKey().compareTo(top) < 0)) {
        top = e.getKey();
        most = e.getValue();
      }
    }
    if (top == null || shared < MIN_AMPLIFIED || most < AMPLIFIED_SHARE * shared) {
      return null;
    }
    return s == Signal.CO_RETWEET
        ? most
            + " of the "
            + shared
            + " posts they retweeted together are "
            + top
            + "'s: one account amplified (a fan club, a campaign around one voice or an"
            + " operation's own account; behaviour alone does not tell which)"
        : most
            + " of the "
            + shared
            + " links they shared together are on "
            + top
            + ": one site amplified (a news bot, a site's own accounts or a campaign; behaviour"
            + " alone does not tell which)";
  }

  /**
   * Per signal and cluster, the items most members shared; and, for reposts and links, in {@code
   * amplified}, a note per cluster when one source (a reposted account, a link's site) is behind at
   * least AMPLIFIED_SHARE of the MIN_AMPLIFIED or more items a quarter or more of its members
   * shared: a fan club, a news bot or a campaign around one voice, which the analyst judges
   * (behaviour alone cannot tell them from an operation).
   */
  private Map<Signal, List<List<SharedItem>>> topItems(
      int[] reportedId, int reported, Map<Signal, String[]> amplified) {
    Map<Signal, List<List<SharedItem>>> out = new EnumMap<>(Signal.class);
    int n = features.accountCount();
    int[] size = new int[reported + 1];
    for (int acc = 0; acc < n; acc++) {
      size[reportedId[acc]]++;
    }
    for (Map.Entry<Signal, ItemGroups> en : groups.entrySet()) {
      Signal s = en.getKey();
      ItemGroups g = en.getValue();
      double[] idf = edges.get(s).itemIdf;
      SignalActions labels = features.actions.get(s);
      long bin = options.windowSeconds(Signal.SYNCHRONIZED);
      int[] count = new int[reported + 1];
      int[] touched = new int[reported + 1];
      int[] stamp = new int[n];
      Arrays.fill(stamp, -1);
      // per cluster: top items as (members, item) kept sorted, at most TOP_ITEMS
      int[][] topCount = new int[reported + 1][TOP_ITEMS];
      int[][] topItem = new int[reported + 1][TOP_ITEMS];
      for (int[] row : topItem) {
        Arrays.fill(row, -1);
      }
      boolean bySource = s == Signal.CO_RETWEET || s == Signal.CO_LINK;
      int[] shared = new int[reported + 1];
      List<Map<String, Integer>> sources = new ArrayList<>();
      for (int c = 0; bySource && c <= reported; c++) {
        sources.add(new java.util.HashMap<>());
      }
      for (int it = 0; it < g.itemCount(); it++) {
        if (idf[it] <= 0) {
          continue;
        }
        int nt = 0;
        for (int e = g.offsets[it]; e < g.offsets[it + 1]; e++) {
          int acc = ItemGroups.account(g.entries[e]);
          int c = reportedId[acc];
          if (c == 0 || stamp[acc] == it) {
            continue;
          }
          stamp[acc] = it;
          if (count[c]++ == 0) {
            touched[nt++] = c;
          }
        }
        for (int i = 0; i < nt; i++) {
          int c = touched[i];
          int k = count[c];
          count[c] = 0;
          if (k < 2) {
            continue;
          }
          // an item counts toward a cluster's sources when half of its members shared it: in a
          // fan club of 40 many pairs also share their topics' hits, which say nothing of the club
          if (bySource && 2 * k >= size[c]) {
            shared[c]++;
            String source = PostFeatures.sourceOf(s, labels.label(it, bin));
            if (source != null) {
              sources.get(c).merge(source, 1, Integer::sum);
            }
          }
          int[] tc = topCount[c];
          int[] ti = topItem[c];
          int pos = TOP_ITEMS;
          while (pos > 0 && (ti[pos - 1] < 0 || tc[pos - 1] < k)) {
            pos--;
          }
          if (pos < TOP_ITEMS) {
            System.arraycopy(tc, pos, tc, pos + 1, TOP_ITEMS - pos - 1);
            System.arraycopy(ti, pos, ti, pos + 1, TOP_ITEMS - pos - 1);
            tc[pos] = k;
            ti[pos] = it;
          }
        }
      }
      List<List<SharedItem>> perCluster = new ArrayList<>();
      for (int c = 0; c <= reported; c++) {
        List<SharedItem> items = new ArrayList<>();
        for (int i = 0; i < TOP_ITEMS && topItem[c][i] >= 0; i++) {
          int it = topItem[c][i];
          items.add(
              new SharedItem(s, labels.label(it, bin), topCount[c][i], g.distinctAccounts[it]));
        }
        perCluster.add(items);
      }
      out.put(s, perCluster);
      if (bySource) {
        String[] notes = new String[reported + 1];
        for (int c = 1; c <= reported; c++) {
          notes[c] = amplifiedNote(s, shared[c], sources.get(c));
        }
        amplified.put(s, notes);
      }
    }
    return out;
  }
}
