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

  // vocabulary
  private final Map<String, Integer> vocabIds = new HashMap<>();
  private final List<String> vocab = new ArrayList<>();
  private final List<Kind> vocabKinds = new ArrayList<>();
  private final List<String> vocabPhonetic = new ArrayList<>();
  private final List<String> vocabSkeleton = new ArrayList<>();

  /** Per vocabulary token, the scripts of the names it occurs in, one bit each (PreparedName). */
  private final List<Integer> vocabScripts = new ArrayList<>();

  private int[][] postings = new int[1024][];
  private int[] postingSizes = new int[1024];
  // lookup keys -> vocab ids
  private final Map<String, int[]> keys = new HashMap<>();

  // names
  private int[][] nameTokens = new int[1024][];
  private int[] nameEntity = new int[1024];
  private byte[] nameFlags = new byte[1024]; // 1 weak, 2 abjad, 4 translit, 8 org, 16 person
  private String[] nameOriginal = new String[1024];
  private String[] nameHow = new String[1024];
  private double[] nameWeights = new double[1024];
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
        nameWeights = Arrays.copyOf(nameWeights, n);
      }
      int id = names++;
      nameTokens[id] = ids;
      nameEntity[id] = entity;
      nameFlags[id] =
          (byte)
              ((weak ? 1 : 0)
                  | (f.abjad() ? 2 : 0)
                  | (f.how().equals("latin") ? 0 : 4)
                  | (PreparedName.isOrg(schema) ? 8 : 0)
                  | (schema == EntitySchema.PERSON ? 16 : 0));
      nameOriginal[id] = name;
      double total = 0;
      for (int i = 0; i < ids.length; i++) {
        total += PreparedName.weight(f.tokens()[i], f.kinds()[i]);
      }
      nameWeights[id] = total;
      nameHow[id] = f.how().equals("latin") ? "latin" : f.how().intern();
      for (int v : ids) {
        addPosting(v, id);
      }
      // a particle glued to the next token ("al din" ~ "aldin", "abd al" ~ "abdal") is reachable
      int script = PreparedName.scriptOf(f.abjad(), f.how());
      for (int i = 0; i + 1 < ids.length; i++) {
        if (f.kinds()[i] == Kind.PARTICLE || f.kinds()[i + 1] == Kind.PARTICLE) {
          addPosting(vocabId(f.tokens()[i] + f.tokens()[i + 1], Kind.NAME, 0), id);
        } else if (script == 5) {
          // two syllables read from Wade-Giles are a given name written in one word in pinyin
          addPosting(vocabId(f.tokens()[i] + f.tokens()[i + 1], Kind.NAME, 5), id);
        }
      }
      // the acronyms its runs of tokens spell ("peoples liberation army" -> pla), see Acronyms
      if (script == 0) {
        final int nameId = id;
        Acronyms.runs(
            f.tokens(),
            f.kinds(),
            PreparedName.isOrg(schema),
            (acr, from, to) -> addPosting(acronymVocab(acr), nameId));
      }
    }
  }

  private int vocabId(String token, Kind kind, int script) {
    Integer id = vocabIds.get(token);
    if (id != null) {
      vocabScripts.set(id, vocabScripts.get(id) | 1 << script);
      return id;
    }
    int v = vocab.size();
    vocabIds.put(token, v);
    vocab.add(token);
    vocabKinds.add(kind);
    vocabScripts.add(1 << script);
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

  /** Prefix of the vocabulary entries that stand for an acronym spelled by a name. */
  private static final String ACRONYM = "#";

  /** The vocabulary entry of an acronym: reached only by an exact lookup, never through keys. */
  private int acronymVocab(String acronym) {
    String token = ACRONYM + acronym;
    Integer id = vocabIds.get(token);
    if (id != null) {
      return id;
    }
    int v = vocab.size();
    vocabIds.put(token, v);
    vocab.add(token);
    vocabKinds.add(Kind.NAME);
    vocabScripts.add(1);
    vocabPhonetic.add("");
    vocabSkeleton.add("");
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

  static List<String> skeletonVariants(String token) {
    List<String> out = new ArrayList<>();
    out.add(PreparedName.skeleton(token));
    int ws = 0;
    for (int i = 0; i < token.length(); i++) {
      ws += token.charAt(i) == 'w' ? 1 : 0;
    }
    if (ws == 0 || ws > 3) {
      return out;
    }
    for (int mask = 1; mask < 1 << ws; mask++) {
      StringBuilder sb = new StringBuilder(token);
      int k = 0;
      for (int i = 0; i < sb.length(); i++) {
        if (sb.charAt(i) == 'w' && (mask >> k++ & 1) == 1) {
          sb.setCharAt(i, 'v');
        }
      }
      out.add(PreparedName.skeleton(sb.toString()));
    }
    return out;
  }

  static List<String> deletions(String t) {
    return deletionsFrom(t, 0);
  }

  /**
   * The strings made by deleting one character at a position >= from (runs of equal letters give
   * one), each built in one allocation: with from = 1 and a one-letter key prefix, the keys
   * themselves ("d" + deletion), without building the deletion first.
   */
  static List<String> deletionsFrom(String t, int from) {
    int n = t.length();
    List<String> out = new ArrayList<>(Math.max(0, n - from));
    if (n - from < 1) {
      return out;
    }
    char[] c = new char[n - 1];
    t.getChars(0, from, c, 0);
    t.getChars(from + 1, n, c, from);
    String prev = new String(c);
    out.add(prev);
    for (int i = from + 1; i < n; i++) {
      c[i - 1] = t.charAt(i - 1);
      if (t.charAt(i) != t.charAt(i - 1)) {
        prev = new String(c);
        out.add(prev);
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
  /** Starts a name's tallies the first time this query reaches it; returns the touched count. */
  private static int touch(Scratch sc, int name, int gen, int touchedCount) {
    if (sc.stamp[name] == gen) {
      return touchedCount;
    }
    sc.stamp[name] = gen;
    sc.bound[name] = 0;
    sc.single[name] = 0;
    sc.tokenStamp[name] = -1;
    if (touchedCount == sc.touched.length) {
      sc.touched = Arrays.copyOf(sc.touched, touchedCount * 2);
    }
    sc.touched[touchedCount] = name;
    return touchedCount + 1;
  }

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
    byte flags = nameFlags[name];
    return new PreparedName(
        nameOriginal[name],
        t,
        k,
        p,
        s,
        (flags & 2) != 0,
        nameHow[name],
        (flags & 8) != 0,
        (flags & 16) != 0);
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
   * most {@code limit} (plus names a glued pair of query tokens reached).
   *
   * <p>Postings are walked from the most selective lookup on, and walking stops as soon as a name
   * reached by none of the walked lookups could no longer reach {@code minScore} (prefix filtering,
   * Chaudhuri et al. 2006; the same argument as Lucene's WAND). The lookups not walked are then
   * credited exactly, but only to the names already reached.
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
      sc.touched = new int[1024];
    }
    int gen = ++sc.generation;
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
    int fuzzyCount = lookups.size();
    // acronyms (see Acronyms): a query token that a list name's run spells ("pla"), and a run of
    // query tokens that spells a list token ("united states" -> "us"); exact lookups, walked first
    List<Reached> exactReached = new ArrayList<>(2);
    if (q.script == 0) {
      for (int i = 0; i < n; i++) {
        // a person's query spells only a person's glued initials (an organization is no match)
        if (Acronyms.candidate(q.tokens[i], q.kinds[i], !q.person)) {
          Integer v = vocabIds.get(ACRONYM + q.tokens[i]);
          if (v != null) {
            exactReached.add(exact(v));
            lookups.add(q.tokens[i]);
            lookupWeights.add(q.weights[i]);
            lookupKinds.add(Kind.NAME);
          }
        }
      }
      Acronyms.runs(
          q.tokens,
          q.kinds,
          q.org,
          (acr, from, to) -> {
            Integer v = vocabIds.get(acr);
            if (v != null && lookups.size() < 60) {
              double w = 0;
              for (int k = from; k <= to; k++) {
                w += q.weights[k];
              }
              exactReached.add(exact(v));
              lookups.add(acr);
              lookupWeights.add(w);
              lookupKinds.add(Kind.NAME);
            }
          });
    }
    int lookupCount = lookups.size();
    Reached[] reached = new Reached[lookupCount];
    double[] maxGain = new double[lookupCount];
    Integer[] order = new Integer[lookupCount];
    double rest = 0;
    for (int li = 0; li < lookupCount; li++) {
      reached[li] =
          li < fuzzyCount
              ? reach(
                  lookups.get(li),
                  lookupKinds.get(li),
                  q.script,
                  li >= n,
                  !q.org && li < n - 1) // nicknames: given names, not the last token
              : exactReached.get(li - fuzzyCount);
      for (double sim : reached[li].sims()) {
        maxGain[li] = Math.max(maxGain[li], sim * lookupWeights.get(li));
      }
      if (li < n) {
        rest += maxGain[li];
      }
      order[li] = li;
    }
    // glued lookups first (few postings, and they never shrink the bound), then by selectivity
    Arrays.sort(
        order,
        (x, y) ->
            x >= n != y >= n
                ? (x >= n ? -1 : 1)
                : Long.compare(reached[x].postings(), reached[y].postings()));
    double tq = q.totalWeight;
    boolean[] walked = new boolean[lookupCount];
    int touchedCount = 0;
    for (int oi = 0; oi < lookupCount; oi++) {
      int li = order[oi];
      if (li < n && touchedCount > 0 && untouchedBound(rest, tq) < minScore) {
        break; // a name none of the walked lookups reached cannot reach minScore
      }
      walked[li] = true;
      double w = lookupWeights.get(li);
      int tg = gen * 64 + li;
      Reached r = reached[li];
      for (int k = 0; k < r.vocab().length; k++) {
        int v = r.vocab()[k];
        double gain = r.sims()[k] * w;
        int[] post = postings[v];
        int size = postingSizes[v];
        for (int p = 0; p < size; p++) {
          int name = post[p];
          touchedCount = touch(sc, name, gen, touchedCount);
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
      if (li < n) {
        rest -= maxGain[li];
      }
    }
    // lookups not walked: exact credit, to the names already reached that can still qualify
    double restMax = 0;
    for (int li = 0; li < n; li++) {
      restMax += walked[li] ? 0 : maxGain[li];
    }
    int survivors = 0;
    for (int k = 0; k < touchedCount; k++) {
      int name = sc.touched[k];
      if (ub(Math.min(sc.bound[name] + restMax, tq), tq, nameWeights[name]) >= minScore) {
        sc.touched[survivors++] = name;
      }
    }
    touchedCount = survivors;
    for (int li = 0; li < n; li++) {
      if (walked[li] || reached[li].vocab().length == 0) {
        continue;
      }
      int[] vocabIdsReached = reached[li].vocab(); // sorted
      double[] sims = reached[li].sims();
      double w = lookupWeights.get(li);
      for (int k = 0; k < touchedCount; k++) {
        int name = sc.touched[k];
        double best = 0;
        for (int v : nameTokens[name]) {
          int at = Arrays.binarySearch(vocabIdsReached, v);
          if (at >= 0 && sims[at] > best) {
            best = sims[at];
          }
        }
        sc.bound[name] += best * w;
        sc.single[name] += best * w;
      }
    }
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
          touchedCount = touch(sc, name, gen, touchedCount);
          sc.bound[name] += q.weights[i];
          sc.glueStamp[name] = gen;
        }
      }
    }
    // keep names whose bound reaches minScore; rank by the bound of single-token matches (glued
    // lookups overlap their parts) and keep the best `limit`, plus names a glued pair reached
    int kept = 0;
    int glued = 0;
    double[] heapRank = new double[limit];
    int[] heapIds = new int[limit];
    int heapSize = 0;
    int[] gluedIds = new int[limit];
    for (int k = 0; k < touchedCount; k++) {
      int name = sc.touched[k];
      double tc = nameWeights[name];
      if (ub(Math.min(sc.bound[name], tq), tq, tc) < minScore) {
        continue;
      }
      kept++;
      double rank = ub(Math.min(sc.single[name], tq), tq, tc);
      if (heapSize < limit) {
        heapRank[heapSize] = rank;
        heapIds[heapSize] = name;
        siftUp(heapRank, heapIds, heapSize++);
      } else if (rank > heapRank[0]) {
        if (sc.glueStamp[name] != gen && sc.glueStamp[heapIds[0]] == gen && glued < limit) {
          gluedIds[glued++] = heapIds[0];
        }
        heapRank[0] = rank;
        heapIds[0] = name;
        siftDown(heapRank, heapIds, heapSize);
      } else if (sc.glueStamp[name] == gen && glued < limit) {
        gluedIds[glued++] = name;
      }
    }
    int[] out = Arrays.copyOf(heapIds, heapSize + glued);
    System.arraycopy(gluedIds, 0, out, heapSize, glued);
    return out;
  }

  /** The best score a name reached by no walked lookup could have (see NameScorer.align). */
  private static double untouchedBound(double rest, double tq) {
    double l = NameScorer.LAMBDA_V;
    return rest <= 0 ? 0 : rest * (1 + 3 * l) / (tq + 3 * l * rest);
  }

  /**
   * Upper bound of a name's score when mq of the query's tq weight found partners: every partner
   * token earns at most its weight, and at most three list tokens join one query token.
   */
  private static double ub(double mq, double tq, double tc) {
    double l = NameScorer.LAMBDA_V;
    return (mq + l * Math.min(tc, 3 * mq)) / (tq + l * tc);
  }

  private static void siftUp(double[] r, int[] ids, int i) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (r[parent] <= r[i]) {
        return;
      }
      swap(r, ids, i, parent);
      i = parent;
    }
  }

  private static void siftDown(double[] r, int[] ids, int size) {
    int i = 0;
    while (true) {
      int left = 2 * i + 1;
      int right = left + 1;
      int smallest = i;
      if (left < size && r[left] < r[smallest]) {
        smallest = left;
      }
      if (right < size && r[right] < r[smallest]) {
        smallest = right;
      }
      if (smallest == i) {
        return;
      }
      swap(r, ids, i, smallest);
      i = smallest;
    }
  }

  private static void swap(double[] r, int[] ids, int a, int b) {
    double t = r[a];
    r[a] = r[b];
    r[b] = t;
    int u = ids[a];
    ids[a] = ids[b];
    ids[b] = u;
  }

  /** Vocabulary tokens a query token reaches, with their similarity. Cached: names repeat. */
  private record Reached(int[] vocab, double[] sims, long postings) {}

  /** One vocabulary entry reached exactly, at the similarity of an acronym (an upper bound). */
  private Reached exact(int v) {
    return new Reached(new int[] {v}, new double[] {Acronyms.ORG}, postingSizes[v]);
  }

  private final java.util.concurrent.ConcurrentHashMap<String, Reached> reachCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Reached reach(String token, Kind kind, int script, boolean glued, boolean given) {
    boolean abjad = script == 1;
    given &= !glued;
    String key = (glued ? "g" : given ? "n" : "t") + script + kind.ordinal() + token;
    Reached r = reachCache.get(key);
    if (r != null) {
      return r;
    }
    int[] vs = vocabFor(token, abjad, given && kind == Kind.NAME);
    String ph = PreparedName.phonetic(token);
    String sk = PreparedName.skeleton(token);
    int[] rv = new int[vs.length];
    double[] rs = new double[vs.length];
    long postingCount = 0;
    int k = 0;
    for (int v : vs) {
      // a token of names in several scripts compares as the most lenient of them
      NameScorer.Sim sim = null;
      for (int bits = vocabScripts.get(v); bits != 0; bits &= bits - 1) {
        NameScorer.Sim one =
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
                Integer.numberOfTrailingZeros(bits),
                false,
                given);
        if (sim == null || one.value() > sim.value()) {
          sim = one;
        }
      }
      if (sim.value() <= 0 || glued && sim.value() < 0.85) {
        continue; // a glued pair counts only when it is (nearly) the index token
      }
      rv[k] = v;
      // an initial in the list earns only what an initial weighs (see NameScorer.align)
      rs[k] = sim.value() * (token.length() > 1 && vocab.get(v).length() == 1 ? 0.4 : 1.0);
      postingCount += postingSizes[v];
      k++;
    }
    r = new Reached(Arrays.copyOf(rv, k), Arrays.copyOf(rs, k), postingCount);
    if (reachCache.size() > 200_000) {
      reachCache.clear();
    }
    reachCache.put(key, r);
    return r;
  }

  private int[] vocabFor(String token, boolean abjad, boolean given) {
    int[] acc = new int[16];
    int n = 0;
    Integer exact = vocabIds.get(token);
    if (exact != null) {
      acc[n++] = exact;
    }
    // the word an abbreviation stands for and the abbreviations of a word (Intl, International),
    // and the nicknames of a given name (Bill, William)
    List<String> related = new ArrayList<>(0);
    String word = NameNormalizer.ABBREVIATIONS.get(token);
    if (word != null) {
      related.add(word);
    }
    related.addAll(NameNormalizer.ABBREVIATED.getOrDefault(token, List.of()));
    if (given) {
      related.addAll(Nicknames.of(token));
    }
    for (String t : related) {
      Integer v = vocabIds.get(t);
      if (v != null) {
        if (n == acc.length) {
          acc = Arrays.copyOf(acc, n * 2);
        }
        acc[n++] = v;
      }
    }
    List<int[]> hits = new ArrayList<>();
    String ph = PreparedName.phonetic(token);
    if (!ph.isEmpty()) {
      hits.add(keys.get("p" + ph));
    }
    if (abjad) {
      // waw is a vowel (u, o) or the consonant v: Musavi is m-w-s-w-y
      for (String sk : skeletonVariants(token)) {
        hits.add(keys.get("s" + sk));
      }
    }
    if (token.length() == 1) {
      hits.add(keys.get("f" + token));
    } else {
      hits.add(keys.get("i" + token.charAt(0)));
    }
    if (token.length() >= 2) {
      String key = "d" + token;
      hits.add(keys.get(key));
      for (String d : deletionsFrom(key, 1)) {
        hits.add(keys.get(d));
        if (token.length() >= 6) {
          for (String d2 : deletionsFrom(d, 1)) {
            hits.add(keys.get(d2));
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
