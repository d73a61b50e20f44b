package io.vigil.screening;

import io.vigil.screening.NameNormalizer.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Design note: a two-level inverted index. Level 1 maps lookup keys to vocabulary tokens: the
 * token itself, its Double Metaphone code, its consonant skeleton, and its one-letter deletions
 * (the SymSpell idea, Garbe 2012: a query token and an index token within two edits share a
 * deletion key, so typos are found without a scan). Level 2 maps each vocabulary token to the names
 * that contain it (int postings). A query token is compared with the few vocabulary tokens its keys
 * reach, using the same token similarity as the scorer; every name reached accumulates an upper
 * bound of its score, and only names whose bound can still reach the threshold are scored in full.
 * Names are stored as vocabulary ids, so a name is rebuilt for scoring without normalizing it again
 * and two million names fit in little memory. Watchman falls back to a full scan when the index
 * misses; this index never scans.
 */
final class NameIndex {
  /** A lookup reaching more postings than this is credited optimistically instead of walked. */
  static final int FREQUENT = 3000;

  // vocabulary
  private final Map<String, Integer> vocabIds = new HashMap<>();
  private final List<String> vocab = new ArrayList<>();
  private final List<Kind> vocabKinds = new ArrayList<>();
  private final List<String> vocabPhonetic = new ArrayList<>();
  private final List<String> vocabSkeleton = new ArrayList<>();
  private final List<Integer> vocabScript = new ArrayList<>();
  private int[][] postings = new int[1024][];
  private int[] postingSizes = new int[1024];
  // lookup keys -> vocab ids
  private final Map<String, int[]> keys = new HashMap<>();

  // names
  private int[][] nameTokens = new int[1024][];
  private int[] nameEntity = new int[1024];
  private byte[] nameFlags = new byte[1024]; // 1 weak, 2 abjad, 4 translit
  private String[] nameOriginal = new String[1024];
  private String[] nameHow = new String[1024];
  private int names;

  int size() {
    return names;
  }

  /** Adds every Latin form of a name of an entity. */
  void add(String name, EntitySchema schema, int entity, boolean weak) {
    for (NameNormalizer.Form f : NameNormalizer.forms(name, schema)) {
      int[] ids = new int[f.tokens().length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = vocabId(f.tokens()[i], f.kinds()[i], PreparedName.scriptOf(f.abjad(), f.how()));
      }
      if (names == nameTokens.length) {
        int n = names * 2;
        nameTokens = Arrays.copyOf(nameTokens, n);
        nameEntity = Arrays.copyOf(nameEntity, n);
        nameFlags = Arrays.copyOf(nameFlags, n);
        nameOriginal = Arrays.copyOf(nameOriginal, n);
        nameHow = Arrays.copyOf(nameHow, n);
      }
      int id = names++;
      nameTokens[id] = ids;
      nameEntity[id] = entity;
      nameFlags[id] =
          (byte) ((weak ? 1 : 0) | (f.abjad() ? 2 : 0) | (f.how().equals("latin") ? 0 : 4));
      nameOriginal[id] = name;
      nameHow[id] = f.how().equals("latin") ? "latin" : f.how().intern();
      for (int v : ids) {
        addPosting(v, id);
      }
    }
  }

  private int vocabId(String token, Kind kind, int script) {
    Integer id = vocabIds.get(token);
    if (id != null) {
      return id;
    }
    int v = vocab.size();
    vocabIds.put(token, v);
    vocab.add(token);
    vocabKinds.add(kind);
    vocabScript.add(script);
    String ph = PreparedName.phonetic(token);
    String sk = PreparedName.skeleton(token);
    vocabPhonetic.add(ph);
    vocabSkeleton.add(sk);
    if (!ph.isEmpty()) {
      addKey("p" + ph, v);
    }
    if (!sk.isEmpty()) {
      addKey("s" + sk, v);
    }
    if (token.length() >= 5 && !Character.isDigit(token.charAt(0))) {
      addKey("x" + token.substring(0, 4), v); // inflected endings: putinas, putins, putyin
    }
    if (token.length() == 1) {
      addKey("i" + token, v); // initials: "V." in a list name
    } else if (!Character.isDigit(token.charAt(0))) {
      addKey("f" + token.charAt(0), v); // a query initial reaches every token with that letter
    }
    if (token.length() >= 2) {
      addKey("d" + token, v);
      for (String d : deletions(token)) {
        addKey("d" + d, v);
        if (token.length() >= 6) {
          for (String d2 : deletions(d)) {
            addKey("d" + d2, v); // two substitutions ("magham"/"mazhar") need two deletions
          }
        }
      }
    }
    if (v == postings.length) {
      postings = Arrays.copyOf(postings, v * 2);
      postingSizes = Arrays.copyOf(postingSizes, v * 2);
    }
    return v;
  }

  private void addKey(String key, int v) {
    int[] cur = keys.get(key);
    if (cur == null) {
      keys.put(key, new int[] {v});
    } else if (cur[cur.length - 1] != v) {
      int[] n = Arrays.copyOf(cur, cur.length + 1);
      n[cur.length] = v;
      keys.put(key, n);
    }
  }

  private void addPosting(int v, int name) {
    int[] p = postings[v];
    int s = postingSizes[v];
    if (p == null) {
      p = new int[2];
      postings[v] = p;
    } else if (s > 0 && p[s - 1] == name) {
      return;
    } else if (s == p.length) {
      p = Arrays.copyOf(p, s * 2);
      postings[v] = p;
    }
    p[s] = name;
    postingSizes[v] = s + 1;
  }

  static List<String> deletions(String t) {
    List<String> out = new ArrayList<>(t.length());
    for (int i = 0; i < t.length(); i++) {
      String d = t.substring(0, i) + t.substring(i + 1);
      if (out.isEmpty() || !out.get(out.size() - 1).equals(d)) {
        out.add(d);
      }
    }
    return out;
  }

  int entityOf(int name) {
    return nameEntity[name];
  }

  boolean isWeak(int name) {
    return (nameFlags[name] & 1) != 0;
  }

  String original(int name) {
    return nameOriginal[name];
  }

  /** The stored name rebuilt for scoring. */
  PreparedName prepared(int name) {
    int[] ids = nameTokens[name];
    int n = ids.length;
    String[] t = new String[n];
    Kind[] k = new Kind[n];
    String[] p = new String[n];
    String[] s = new String[n];
    for (int i = 0; i < n; i++) {
      t[i] = vocab.get(ids[i]);
      k[i] = vocabKinds.get(ids[i]);
      p[i] = vocabPhonetic.get(ids[i]);
      s[i] = vocabSkeleton.get(ids[i]);
    }
    return new PreparedName(
        nameOriginal[name], t, k, p, s, (nameFlags[name] & 2) != 0, nameHow[name]);
  }

  /** Per-thread scratch space sized to the index. */
  static final class Scratch {
    double[] bound = new double[0];
    double[] single = new double[0];
    int[] glueStamp = new int[0];
    int[] stamp = new int[0];
    int[] tokenStamp = new int[0];
    double[] tokenBest = new double[0];
    int[] touched = new int[0];
    int generation;
  }

  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  /**
   * Names that may score at least {@code minScore} against the query form, best bound first, at
   * most {@code limit}.
   */
  int[] candidates(PreparedName q, double minScore, int limit) {
    Scratch sc = scratch.get();
    if (sc.bound.length < names) {
      sc.bound = new double[names];
      sc.single = new double[names];
      sc.glueStamp = new int[names];
      sc.stamp = new int[names];
      sc.tokenStamp = new int[names];
      sc.tokenBest = new double[names];
      sc.touched = new int[Math.max(1024, names / 4)];
    }
    int gen = ++sc.generation;
    int touchedCount = 0;
    int n = q.tokens.length;
    List<String> lookups = new ArrayList<>(n + 4);
    List<Double> lookupWeights = new ArrayList<>(n + 4);
    List<Kind> lookupKinds = new ArrayList<>(n + 4);
    for (int i = 0; i < n; i++) {
      lookups.add(q.tokens[i]);
      lookupWeights.add(q.weights[i]);
      lookupKinds.add(q.kinds[i]);
    }
    // adjacent query tokens glued ("Patr ushev" -> "patrushev")
    for (int i = 0; i + 1 < n; i++) {
      lookups.add(q.tokens[i] + q.tokens[i + 1]);
      lookupWeights.add(q.weights[i] + q.weights[i + 1]);
      lookupKinds.add(Kind.NAME);
    }
    int tokenGen = gen * 64;
    // phase 1: which vocabulary tokens each lookup reaches, and how many postings that is
    int lookupCount = lookups.size();
    int[][] reachedVocab = new int[lookupCount][];
    double[][] reachedGain = new double[lookupCount][];
    long[] postingsOf = new long[lookupCount];
    double[] maxGain = new double[lookupCount];
    Reached[] reachedOf = new Reached[lookupCount];
    for (int li = 0; li < lookupCount; li++) {
      Reached reached = reach(lookups.get(li), lookupKinds.get(li), q.script, li >= n);
      reachedOf[li] = reached;
      double w = lookupWeights.get(li);
      reachedVocab[li] = reached.vocab;
      double[] rg = new double[reached.sims.length];
      for (int k = 0; k < rg.length; k++) {
        rg[k] = reached.sims[k] * w;
        maxGain[li] = Math.max(maxGain[li], rg[k]);
      }
      reachedGain[li] = rg;
      postingsOf[li] = reached.postings;
    }
    // phase 2: walk the postings of selective lookups; frequent ones ("llc", "al", "mohammad")
    // are credited optimistically to every name reached, as Lucene's common-terms query does
    boolean anySelective = false;
    for (int li = 0; li < lookupCount; li++) {
      anySelective |= postingsOf[li] > 0 && postingsOf[li] <= FREQUENT;
    }
    double optimistic = 0;
    boolean[] walked = new boolean[lookupCount];
    for (int pass = 0; pass < 2; pass++) {
      for (int li = 0; li < lookupCount; li++) {
        boolean frequent = anySelective && postingsOf[li] > FREQUENT;
        if (pass == 0 && frequent) {
          optimistic += maxGain[li];
          continue;
        }
        if (pass == 1 && !(frequent && touchedCount == 0)) {
          continue;
        }
        if (pass == 1) {
          optimistic -= maxGain[li]; // nothing selective matched: walk it after all
        }
        walked[li] = true;
        int tg = tokenGen + li;
        for (int r = 0; r < reachedVocab[li].length; r++) {
          int v = reachedVocab[li][r];
          double gain = reachedGain[li][r];
          int[] post = postings[v];
          int size = postingSizes[v];
          for (int k = 0; k < size; k++) {
            int name = post[k];
            if (sc.stamp[name] != gen) {
              sc.stamp[name] = gen;
              sc.bound[name] = 0;
              sc.single[name] = 0;
              sc.tokenStamp[name] = -1;
              if (touchedCount == sc.touched.length) {
                sc.touched = Arrays.copyOf(sc.touched, touchedCount * 2);
              }
              sc.touched[touchedCount++] = name;
            }
            double add;
            if (sc.tokenStamp[name] != tg) {
              sc.tokenStamp[name] = tg;
              sc.tokenBest[name] = gain;
              add = gain;
            } else if (gain > sc.tokenBest[name]) {
              add = gain - sc.tokenBest[name];
              sc.tokenBest[name] = gain;
            } else {
              add = 0;
            }
            sc.bound[name] += add;
            if (li < n) {
              sc.single[name] += add;
            } else {
              sc.glueStamp[name] = gen; // a glued pair of query tokens is (nearly) this token
            }
          }
        }
      }
    }
    // frequent lookups: credit exactly, but only to the names the selective ones reached
    for (int li = 0; li < lookupCount; li++) {
      if (walked[li] || reachedOf[li].byVocab().isEmpty()) {
        continue;
      }
      Map<Integer, Double> gains = reachedOf[li].byVocab();
      double w = lookupWeights.get(li);
      for (int k = 0; k < touchedCount; k++) {
        int name = sc.touched[k];
        double best = 0;
        for (int v : nameTokens[name]) {
          Double g = gains.get(v);
          if (g != null && g > best) {
            best = g;
          }
        }
        if (best > 0) {
          sc.bound[name] += best * w;
          if (li < n) {
            sc.single[name] += best * w;
          }
        }
      }
      optimistic -= maxGain[li];
    }
    optimistic = Math.max(0, optimistic);
    // long query tokens split in two ("vladimirputin" -> names with "vladimir" and "putin")
    for (int i = 0; i < n; i++) {
      String t = q.tokens[i];
      if (t.length() < 8 || vocabIds.containsKey(t)) {
        continue;
      }
      for (int cut = 3; cut <= t.length() - 3; cut++) {
        Integer a = vocabIds.get(t.substring(0, cut));
        Integer b = a == null ? null : vocabIds.get(t.substring(cut));
        if (b == null) {
          continue;
        }
        int[] post = postings[a];
        for (int k = 0; k < postingSizes[a]; k++) {
          int name = post[k];
          if (sc.stamp[name] != gen) {
            sc.stamp[name] = gen;
            sc.bound[name] = 0;
            sc.single[name] = 0;
            sc.tokenStamp[name] = -1;
            if (touchedCount == sc.touched.length) {
              sc.touched = Arrays.copyOf(sc.touched, touchedCount * 2);
            }
            sc.touched[touchedCount++] = name;
          }
          sc.bound[name] += q.weights[i];
          sc.glueStamp[name] = gen;
        }
      }
    }
    // keep names whose upper bound can reach minScore; rank them by the bound of single-token
    // matches (glued lookups overlap their parts), and always keep names a glued pair reached
    double tq = q.totalWeight;
    int kept = 0;
    double[] rank = new double[touchedCount];
    int[] keptIds = new int[touchedCount];
    int glued = 0;
    for (int k = 0; k < touchedCount; k++) {
      int name = sc.touched[k];
      double tc = nameWeight(name);
      if (ub(Math.min(sc.bound[name] + optimistic, tq), tq, tc) >= minScore) {
        rank[kept] = ub(Math.min(sc.single[name] + optimistic, tq), tq, tc);
        keptIds[kept++] = name;
        glued += sc.glueStamp[name] == gen ? 1 : 0;
      }
    }
    if (kept <= limit) {
      return Arrays.copyOf(keptIds, kept);
    }
    Integer[] order = new Integer[kept];
    for (int k = 0; k < kept; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (x, y) -> Double.compare(rank[y], rank[x]));
    int[] out = new int[limit + Math.min(glued, limit)];
    int o = 0;
    for (int k = 0; k < limit; k++) {
      out[o++] = keptIds[order[k]];
    }
    for (int k = limit; k < kept && o < out.length; k++) {
      int name = keptIds[order[k]];
      if (sc.glueStamp[name] == gen) {
        out[o++] = name;
      }
    }
    return Arrays.copyOf(out, o);
  }

  private static double ub(double mq, double tq, double tc) {
    return (mq + NameScorer.LAMBDA_V * tc)
        / (mq + NameScorer.QX * (tq - mq) + NameScorer.LAMBDA_V * tc);
  }

  private double nameWeight(int name) {
    double t = 0;
    for (int v : nameTokens[name]) {
      t += PreparedName.weight(vocab.get(v), vocabKinds.get(v));
    }
    return t;
  }

  /** Vocabulary tokens a query token reaches, with their similarity. Cached: names repeat. */
  private record Reached(int[] vocab, double[] sims, long postings, Map<Integer, Double> byVocab) {}

  private final java.util.concurrent.ConcurrentHashMap<String, Reached> reachCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Reached reach(String token, Kind kind, int script, boolean glued) {
    boolean abjad = script == 1;
    String key = (glued ? "g" : "t") + script + kind.ordinal() + token;
    Reached r = reachCache.get(key);
    if (r != null) {
      return r;
    }
    int[] vs = vocabFor(token, abjad);
    String ph = PreparedName.phonetic(token);
    String sk = PreparedName.skeleton(token);
    int[] rv = new int[vs.length];
    double[] rs = new double[vs.length];
    long postingCount = 0;
    int k = 0;
    for (int v : vs) {
      NameScorer.Sim sim =
          NameScorer.tokenSim(
              token,
              kind,
              ph,
              sk,
              vocab.get(v),
              vocabKinds.get(v),
              vocabPhonetic.get(v),
              vocabSkeleton.get(v),
              script,
              vocabScript.get(v),
              false);
      if (sim.value() <= 0 || glued && sim.value() < 0.85) {
        continue; // a glued pair counts only when it is (nearly) the index token
      }
      rv[k] = v;
      // an initial in the list earns only what an initial weighs (see NameScorer.align)
      rs[k] = sim.value() * (token.length() > 1 && vocab.get(v).length() == 1 ? 0.4 : 1.0);
      postingCount += postingSizes[v];
      k++;
    }
    Map<Integer, Double> byVocab = new HashMap<>();
    if (postingCount > FREQUENT) {
      for (int i = 0; i < k; i++) {
        byVocab.put(rv[i], rs[i]);
      }
    }
    r = new Reached(Arrays.copyOf(rv, k), Arrays.copyOf(rs, k), postingCount, byVocab);
    if (reachCache.size() > 200_000) {
      reachCache.clear();
    }
    reachCache.put(key, r);
    return r;
  }

  private int[] vocabFor(String token, boolean abjad) {
    int[] acc = new int[16];
    int n = 0;
    Integer exact = vocabIds.get(token);
    if (exact != null) {
      acc[n++] = exact;
    }
    List<int[]> hits = new ArrayList<>();
    String ph = PreparedName.phonetic(token);
    if (!ph.isEmpty()) {
      hits.add(keys.get("p" + ph));
    }
    String sk = abjad ? PreparedName.skeleton(token) : "";
    if (abjad && !sk.isEmpty()) {
      hits.add(keys.get("s" + sk));
    }
    if (token.length() >= 5 && !Character.isDigit(token.charAt(0))) {
      hits.add(keys.get("x" + token.substring(0, 4)));
    }
    if (token.length() == 1) {
      hits.add(keys.get("f" + token));
    } else {
      hits.add(keys.get("i" + token.charAt(0)));
    }
    if (token.length() >= 2) {
      hits.add(keys.get("d" + token));
      for (String d : deletions(token)) {
        hits.add(keys.get("d" + d));
        if (token.length() >= 6) {
          for (String d2 : deletions(d)) {
            hits.add(keys.get("d" + d2));
          }
        }
      }
    }
    for (int[] h : hits) {
      if (h == null) {
        continue;
      }
      for (int v : h) {
        if (n == acc.length) {
          acc = Arrays.copyOf(acc, n * 2);
        }
        acc[n++] = v;
      }
    }
    int[] out = Arrays.copyOf(acc, n);
    Arrays.sort(out);
    int u = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[u++] = out[i];
      }
    }
    return Arrays.copyOf(out, u);
  }

  /** All names: for measuring the index against an exhaustive scan. */
  int[] allNames() {
    int[] all = new int[names];
    for (int i = 0; i < names; i++) {
      all[i] = i;
    }
    return all;
  }
}
