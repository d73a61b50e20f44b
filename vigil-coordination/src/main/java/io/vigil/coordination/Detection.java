package io.vigil.coordination;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result of one detection run: clusters with their reasons, every account's assignment, the
 * combined network, and on demand the concrete co-actions behind any edge.
 */
public final class Detection {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final String source;
  private final PostFormat format;
  private final DetectionOptions options;
  private final Instant finishedAt;
  private final Features features;
  private final Map<Signal, SignalEdges> signalEdges;
  private final CombinedNetwork network;
  private final Explainer explainer;
  private final List<Cluster> clusters;
  private final int[] clusterOf;
  private final double[] score;
  private final DetectionStats stats;

  Detection(
      String source,
      PostFormat format,
      DetectionOptions options,
      Instant finishedAt,
      Features features,
      Map<Signal, SignalEdges> signalEdges,
      CombinedNetwork network,
      Explainer explainer,
      List<Cluster> clusters,
      int[] clusterOf,
      double[] score,
      DetectionStats stats) {
    this.source = source;
    this.format = format;
    this.options = options;
    this.finishedAt = finishedAt;
    this.features = features;
    this.signalEdges = signalEdges;
    this.network = network;
    this.explainer = explainer;
    this.clusters = List.copyOf(clusters);
    this.clusterOf = clusterOf;
    this.score = score;
    this.stats = stats;
  }

  public String source() {
    return source;
  }

  public PostFormat format() {
    return format;
  }

  public DetectionOptions options() {
    return options;
  }

  /** When the run finished, per the detector's clock. */
  public Instant finishedAt() {
    return finishedAt;
  }

  /** The reported clusters, largest first. */
  public List<Cluster> clusters() {
    return clusters;
  }

  public DetectionStats stats() {
    return stats;
  }

  /**
   * The first malformed rows (at most 1,000; {@link DetectionStats#malformedRows()} counts all).
   */
  public List<MalformedRow> malformedRows() {
    return List.copyOf(features.malformed);
  }

  /** Every account that has at least one edge, strongest first within each cluster order. */
  public List<AccountAssignment> accounts() {
    double[] strength = network.strengths();
    List<AccountAssignment> out = new ArrayList<>();
    for (Cluster c : clusters) {
      for (String name : c.accounts()) {
        int acc = features.accountIds.get(name);
        out.add(new AccountAssignment(name, c.id(), score[acc], strength[acc]));
      }
    }
    for (int acc = 0; acc < features.accountCount(); acc++) {
      if (clusterOf[acc] == 0 && strength[acc] > 0) {
        out.add(
            new AccountAssignment(features.accountNames.get(acc), 0, score[acc], strength[acc]));
      }
    }
    return out;
  }

  /** The cluster id of an account, or 0 when it is in no reported cluster or unknown. */
  public int clusterOf(String account) {
    Integer acc = features.accountIds.get(account);
    return acc == null ? 0 : clusterOf[acc];
  }

  /** Every account in the analysed posts, whether linked or not. */
  public List<String> allAccounts() {
    return List.copyOf(features.accountNames);
  }

  /** The language most of an account's posts carry in the data (not a label), if given. */
  public Optional<String> language(String account) {
    Integer acc = features.accountIds.get(account);
    return acc == null ? Optional.empty() : Optional.ofNullable(features.majorityLanguage(acc));
  }

  /** The edges of the combined network. */
  public List<Edge> edges() {
    List<Edge> out = new ArrayList<>(network.size());
    for (int e = 0; e < network.size(); e++) {
      out.add(edge(e));
    }
    return out;
  }

  private Edge edge(int e) {
    Map<Signal, Double> w = new EnumMap<>(Signal.class);
    Map<Signal, Integer> c = new EnumMap<>(Signal.class);
    for (Signal s : Signal.values()) {
      double v = network.signalWeight[e * CombinedNetwork.S + s.ordinal()];
      if (v > 0) {
        w.put(s, v);
        c.put(s, network.signalCount[e * CombinedNetwork.S + s.ordinal()]);
      }
    }
    return new Edge(
        features.accountNames.get(network.a[e]),
        features.accountNames.get(network.b[e]),
        network.weight[e],
        w,
        c);
  }

  /**
   * The concrete co-actions between two accounts, per signal that links them (rarest items first,
   * at most {@code limitPerSignal} each). Empty when the accounts are not linked.
   */
  public List<CoAction> explain(String account, String otherAccount, int limitPerSignal) {
    Integer x = features.accountIds.get(account);
    Integer y = features.accountIds.get(otherAccount);
    if (x == null || y == null || x.equals(y)) {
      return List.of();
    }
    List<CoAction> out = new ArrayList<>();
    for (Signal s : options.signals()) {
      SignalEdges se = signalEdges.get(s);
      if (se != null && linked(se, x, y)) {
        out.addAll(explainer.explain(x, y, s, limitPerSignal));
      }
    }
    return out;
  }

  private static boolean linked(SignalEdges se, int x, int y) {
    int lo = Math.min(x, y);
    int hi = Math.max(x, y);
    for (int i = 0; i < se.size(); i++) {
      if (se.a[i] == lo && se.b[i] == hi) {
        return true;
      }
    }
    return false;
  }

  /** The result file: {@code clusters}, {@code accounts}, plus the run's inputs and counts. */
  public void writeJson(OutputStream out) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source);
    root.put("format", format.cliName());
    root.put("finishedAt", finishedAt.toString());
    root.put("options", options.describe());
    Map<String, Object> st = new LinkedHashMap<>();
    st.put("rows", stats.rows());
    st.put("posts", stats.posts());
    st.put("outsideRange", stats.outsideRange());
    st.put("malformedRows", stats.malformedRows());
    st.put("accounts", stats.accounts());
    st.put("linkedAccounts", stats.linkedAccounts());
    st.put("clusteredAccounts", stats.clusteredAccounts());
    st.put("edges", stats.edges());
    st.put("signalEdges", byName(stats.signalEdges()));
    st.put("signalActions", byName(stats.signalActions()));
    st.put("millis", stats.millis());
    st.put("interestCommunities", stats.interestCommunities());
    st.put("interestAccounts", stats.interestAccounts());
    st.put("explainedByInterest", byName(stats.explainedByInterest()));
    st.put("coordinatedSets", stats.coordinatedSets());
    st.put("keptByCoordinatedSet", byName(stats.keptByCoordinatedSet()));
    root.put("stats", st);
    List<Map<String, Object>> cl = new ArrayList<>();
    for (Cluster c : clusters) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("accounts", c.accounts());
      m.put("score", c.score());
      m.put("size", c.accounts().size());
      m.put("from", c.from().toString());
      m.put("to", c.to().toString());
      m.put("signals", c.signals().stream().map(Signal::cliName).toList());
      m.put("techniques", c.techniques());
      m.put("reasons", c.reasons().stream().map(Detection::reason).toList());
      cl.add(m);
    }
    root.put("clusters", cl);
    root.put("accounts", accounts());
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("count", stats.malformedRows());
    bad.put("rows", features.malformed);
    root.put("malformed", bad);
    JSON.writeValue(out, root);
  }

  private static Map<String, Object> reason(Reason r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("signal", r.signal().cliName());
    m.put("text", r.summary());
    m.put("edges", r.edges());
    m.put("weightShare", r.weightShare());
    m.put("topItems", r.topItems().stream().map(Detection::item).toList());
    m.put("examples", r.examples().stream().map(Detection::coAction).toList());
    return m;
  }

  private static Map<String, Object> item(SharedItem i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item", i.item());
    m.put("members", i.accounts());
    m.put("allAccounts", i.allAccounts());
    return m;
  }

  private static Map<String, Object> coAction(CoAction c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item", c.item());
    m.put("account", c.account());
    m.put("time", c.time().toString());
    m.put("otherAccount", c.otherAccount());
    m.put("otherTime", c.otherTime().toString());
    return m;
  }

  private static <V> Map<String, V> byName(Map<Signal, V> m) {
    Map<String, V> out = new LinkedHashMap<>();
    for (Signal s : Signal.values()) {
      if (m.containsKey(s)) {
        out.put(s.cliName(), m.get(s));
      }
    }
    return out;
  }

  /** GraphML for Gephi: nodes carry cluster and score, edges the weight per signal. */
  public void writeGraphMl(Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    w.write("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
    w.write("  <key id=\"cluster\" for=\"node\" attr.name=\"cluster\" attr.type=\"int\"/>\n");
    w.write("  <key id=\"score\" for=\"node\" attr.name=\"score\" attr.type=\"double\"/>\n");
    w.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
    for (Signal s : Signal.values()) {
      String k = s.cliName();
      w.write(
          "  <key id=\"" + k + "\" for=\"edge\" attr.name=\"" + k + "\" attr.type=\"double\"/>\n");
    }
    w.write("  <graph id=\"coordination\" edgedefault=\"undirected\">\n");
    boolean[] inGraph = new boolean[features.accountCount()];
    for (int e = 0; e < network.size(); e++) {
      inGraph[network.a[e]] = true;
      inGraph[network.b[e]] = true;
    }
    for (int acc = 0; acc < features.accountCount(); acc++) {
      if (!inGraph[acc]) {
        continue;
      }
      String name = xml(features.accountNames.get(acc));
      w.write("    <node id=\"" + name + "\">");
      w.write("<data key=\"label\">" + name + "</data>");
      w.write("<data key=\"cluster\">" + clusterOf[acc] + "</data>");
      w.write("<data key=\"score\">" + score[acc] + "</data></node>\n");
    }
    for (int e = 0; e < network.size(); e++) {
      w.write(
          "    <edge source=\""
              + xml(features.accountNames.get(network.a[e]))
              + "\" target=\""
              + xml(features.accountNames.get(network.b[e]))
              + "\">");
      w.write("<data key=\"weight\">" + network.weight[e] + "</data>");
      for (Signal s : Signal.values()) {
        double v = network.signalWeight[e * CombinedNetwork.S + s.ordinal()];
        if (v > 0) {
          w.write("<data key=\"" + s.cliName() + "\">" + v + "</data>");
        }
      }
      w.write("</edge>\n");
    }
    w.write("  </graph>\n</graphml>\n");
    w.flush();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
