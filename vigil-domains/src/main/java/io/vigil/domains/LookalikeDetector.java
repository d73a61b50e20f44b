package io.vigil.domains;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/*
 * Design note: finding the domains that imitate a protected organisation, at feed speed.
 *
 * Generators such as dnstwist enumerate the permutations of one protected domain and look each up;
 * they miss what attackers actually register in election phishing (Microsoft's August 2018
 * seizures: adfs-senate.services, hudsonorg-my-sharepoint.com; dnstwist catches 1 of those 6)
 * because brand + lure word + new gTLD is not a permutation. This engine goes the other way
 * ("untwist", dnstwist issue #141): it reads each candidate host once and asks which protected name
 * is in it, so its cost does not depend on how many permutations exist.
 *
 * Per host (see Host for parsing and the Public Suffix List):
 * 1. Allowlist: the registry's own domains and their subdomains, the owners' other domains and
 *    CDN names (allowlist.tsv) score 0.
 * 2. Every label left of the public suffix is examined, not only the registrable one, and each is
 *    split on '-' into tokens. Per token: exact name (a TLD swap when it is the whole registrable
 *    label), skeleton-equal name (homoglyph, repetition; see Skeletons), name + TLD run together
 *    (hudsonorg), and one edit away from a distinctive name of 6+ letters (two for 10+; for 5-letter
 *    names only a transposition, gamil, since one substitution turns gmail into "email"; see Typos and
 *    DeleteIndex). The label with its hyphens removed is also compared (hyphenation: one-drive), and
 *    with hyphens read as dots (senate-gov, sos-ga-gov). A short name run together with a lure or
 *    another name (myiri, dncvotebuilder) counts as a word of its own.
 * 3. An Aho-Corasick automaton over the label skeleton finds distinctive names and lure words run
 *    together with other words (microsofthelpcenter, accountsgooglemail).
 * 4. A copy of a protected domain followed by more labels is a subdomain trick
 *    (senate.gov.example.net, adfs.senate.qov.info).
 * 5. Score: the strongest evidence per organisation, plus 0.1 per lure word (at most 0.2) and 0.05
 *    for a TLD often abused. Short or common-word names (iri, dnc, house, windows) count only
 *    beside a lure, since alone they are everyday words (reference note section 5: delimited short
 *    tokens gave 9 false positives on 20k benign domains, raw substrings about 500). Evidence found
 *    only in a subdomain label counts 0.2 less. A provider's product names (sharepoint, office365)
 *    are lures for the other organisations, so hudsonorg-my-sharepoint.com imitates Hudson, not
 *    Microsoft. An alert is a score of 0.6 or more.
 *
 * The hot path (ASCII names) touches ICU never and allocates only a few short strings per label;
 * instances are immutable and safe to share between threads.
 * Sources: reference/lookalike-domains-and-stix.md; https://github.com/elceef/dnstwist ;
 * https://github.com/x0rz/phishing_catcher ; https://github.com/atenreiro/opensquat ;
 * Kintis et al., "Hiding in Plain Sight: A Longitudinal Study of Combosquatting Abuse", CCS 2017.
 */
/**
 * Checks host names against a registry of protected organisations.
 *
 * <p>{@code LookalikeDetector.withDefaults().check("adfs-senate.services")} alerts with score 0.9,
 * imitating the United States Senate (senate.gov), with the reasons. Instances are immutable and
 * thread-safe.
 */
public final class LookalikeDetector {
  /** Scores at or above this value are alerts. */
  public static final double ALERT_THRESHOLD = 0.6;

  private static final double LURE_BONUS = 0.1;
  private static final double MAX_LURE_BONUS = 0.2;
  private static final double TLD_BONUS = 0.05;
  private static final double SUBDOMAIN_PENALTY = 0.2;
  private static final int MIN_TYPO_NAME = 6;
  private static final int MIN_TRANSPOSITION_NAME = 5;
  private static final int MIN_SUBSTRING_NAME = 5;
  private static final int MIN_WEAK_SUBSTRING_NAME = 6;
  private static final Name[] NONE = new Name[0];

  /**
   * Kinds of evidence with their base scores: distinctive name, common-word name with a lure,
   * without.
   */
  enum Kind {
    SUBDOMAIN_TRICK(0.9, 0.9, 0.9),
    HOMOGLYPH(0.85, 0.85, 0.85),
    TLD_SWAP(0.8, 0.6, 0.35),
    HYPHENS_FOR_DOTS(0.85, 0.85, 0.85),
    TLD_FOLD(0.75, 0.7, 0.7),
    TOKEN(0.75, 0.6, 0.3),
    HYPHENATION(0.75, 0.6, 0.3),
    TYPO(0.7, 0.7, 0.7),
    SUBSTRING(0.65, 0.5, 0.2);

    final double strong;
    final double weakWithLure;
    final double weakAlone;

    Kind(double strong, double weakWithLure, double weakAlone) {
      this.strong = strong;
      this.weakWithLure = weakWithLure;
      this.weakAlone = weakAlone;
    }
  }

  record Name(int org, String text, String skeleton, boolean strong, String domain) {}

  record OwnedDomain(int org, String domain, String[] skeletons) {}

  /** A short or common-word name run together with one other known word (myiri, dncvotebuilder). */
  record Segment(Name name) {}

  private final List<Organization> organizations;
  private final Map<String, String> owners = new HashMap<>();
  private final Map<String, String> ownedUnderAnySuffix = new HashMap<>();
  private final Map<String, Name[]> byText = new HashMap<>();
  private final Map<String, Name[]> bySkeleton = new HashMap<>();
  private final Map<String, List<Name>> deleteForms = new HashMap<>();
  private final DeleteIndex<Name> deletes;
  private final Map<String, OwnedDomain[]> byFirstLabel = new HashMap<>();
  private final Set<String> shortLures = new HashSet<>();
  private final Set<String> allNames = new HashSet<>();
  private final Map<String, String> words = new HashMap<>();
  private final Automaton automaton;
  private final List<Object> patterns = new ArrayList<>();

  private LookalikeDetector(Registry registry, List<String[]> allowlist) {
    this.organizations = registry.organizations();
    for (int o = 0; o < organizations.size(); o++) {
      Organization org = organizations.get(o);
      for (String domain : org.domains()) {
        owners.put(domain, org.name());
        String[] labels = domain.split("\\.");
        String[] skeletons = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
          skeletons[i] = Skeletons.of(labels[i]);
        }
        add(byFirstLabel, skeletons[0], new OwnedDomain(o, domain, skeletons), OwnedDomain[]::new);
      }
      for (String brand : org.brands()) {
        addName(new Name(o, brand, Skeletons.of(brand), true, domainOf(org, brand)));
      }
      for (String token : org.tokens()) {
        addName(new Name(o, token, Skeletons.of(token), false, domainOf(org, token)));
      }
    }
    for (String[] row : allowlist) {
      if (row[0].endsWith(".*")) {
        ownedUnderAnySuffix.put(row[0].substring(0, row[0].length() - 2), row[1]);
      } else {
        owners.putIfAbsent(row[0], row[1]);
      }
    }
    for (String lure : Lexicon.SHORT_LURES) {
      shortLures.add(lure);
      shortLures.add(Skeletons.of(lure));
    }
    List<String> texts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Name[] names : byText.values()) {
      for (Name name : names) {
        int min = name.strong() ? MIN_SUBSTRING_NAME : MIN_WEAK_SUBSTRING_NAME;
        if (name.text().length() >= min && seen.add(name.org() + ":" + name.skeleton())) {
          texts.add(name.skeleton());
          patterns.add(name);
        }
      }
    }
    for (Name[] names : byText.values()) {
      for (Name name : names) {
        words.putIfAbsent(name.skeleton(), name.text());
        if (!name.strong() && seen.add("segment:" + name.org() + ":" + name.skeleton())) {
          texts.add(name.skeleton());
          patterns.add(new Segment(name));
        }
      }
    }
    for (String lure : Lexicon.SHORT_LURES) {
      words.putIfAbsent(Skeletons.of(lure), lure);
    }
    for (String lure : Lexicon.LURES) {
      words.putIfAbsent(Skeletons.of(lure), lure);
      if (seen.add("lure:" + Skeletons.of(lure))) {
        texts.add(Skeletons.of(lure));
        patterns.add(lure);
      }
    }
    automaton = new Automaton(texts);
    deletes = new DeleteIndex<>(deleteForms);
  }

  /** A detector over the default registry and allowlist. */
  public static LookalikeDetector withDefaults() {
    return of(Registry.defaults());
  }

  /** A detector over {@code registry} and the default allowlist. */
  public static LookalikeDetector of(Registry registry) {
    return new LookalikeDetector(registry, defaultAllowlist());
  }

  /** The organisations protected by this detector. */
  public List<Organization> organizations() {
    return organizations;
  }

  /**
   * Checks one host name.
   *
   * @throws InvalidDomain when {@code domain} is not a usable host name
   */
  public Verdict check(String domain) {
    return evaluate(Host.parse(domain));
  }

  Verdict evaluate(Host host) {
    String owner = ownerOf(host);
    if (owner != null) {
      return new Verdict(
          host.ascii(), 0, false, null, List.of("allowlisted: a domain of " + owner));
    }
    if (host.registrable() < 0) {
      return new Verdict(
          host.ascii(), 0, false, null, List.of("a public suffix, not a registrable name"));
    }
    Scan scan = new Scan(host);
    for (int i = 0; i <= host.registrable(); i++) {
      scan.label(i);
    }
    scan.subdomainTricks();
    return scan.verdict();
  }

  private @Nullable String ownerOf(Host host) {
    String[] suffixes = host.suffixes();
    for (int i = 0; i < suffixes.length - 1; i++) {
      String owner = owners.get(suffixes[i]);
      if (owner != null) {
        return owner;
      }
    }
    String[] labels = host.labels();
    if (host.registrable() >= 0) {
      String owner = ownedUnderAnySuffix.get(labels[host.registrable()]);
      if (owner != null && !host.privateSuffix()) {
        return owner;
      }
    }
    return null;
  }

  /** The evidence collected for one host. */
  private final class Scan {
    private final Host host;
    private final Map<Integer, Evidence> best = new HashMap<>();
    private final List<Evidence> all = new ArrayList<>();
    private long[] hashes = new long[0];
    private final Set<String> lures = new LinkedHashSet<>();
    private final List<int[]> nameSpans = new ArrayList<>();
    private final List<int[]> tokenSpans = new ArrayList<>();
    private final List<Object[]> lureHits = new ArrayList<>();

    Scan(Host host) {
      this.host = host;
    }

    void label(int i) {
      boolean registrable = i == host.registrable();
      String label = host.idn() ? host.unicodeLabel(i) : host.labels()[i];
      String[] tokens = label.indexOf('-') < 0 ? new String[] {label} : label.split("-");
      StringBuilder joined = new StringBuilder(label.length());
      nameSpans.clear();
      tokenSpans.clear();
      lureHits.clear();
      String raw = host.labels()[i];
      for (String token : tokens) {
        if (token.isEmpty()) {
          continue;
        }
        String skeleton = Skeletons.of(token);
        int start = joined.length();
        joined.append(skeleton);
        int end = joined.length();
        tokenSpans.add(new int[] {start, end});
        if (shortLures.contains(token) || shortLures.contains(skeleton)) {
          lures.add(token);
        }
        boolean whole = registrable && tokens.length == 1;
        if (token(i, token, skeleton, whole, raw)) {
          nameSpans.add(new int[] {start, end});
          continue;
        }
        if (folded(i, token)) {
          nameSpans.add(new int[] {start, end});
          continue;
        }
        if (token.length() >= MIN_TRANSPOSITION_NAME && typo(i, token)) {
          nameSpans.add(new int[] {start, end});
        }
      }
      if (tokens.length > 1) {
        hyphensForDots(i, label, raw, tokens);
        String together = String.join("", tokens);
        Name[] names = byText.getOrDefault(together, NONE);
        for (Name name : names) {
          add(
              i,
              name,
              Kind.HYPHENATION,
              "hyphenation: '" + raw + "' is '" + name.text() + "' with hyphens");
        }
        if (names.length == 0 && together.length() >= MIN_TRANSPOSITION_NAME) {
          typo(i, together);
        }
      }
      automaton.scan(
          joined,
          (p, end) -> {
            Object pattern = patterns.get(p);
            int start = end - automaton.length(p);
            if (pattern instanceof Name name) {
              for (int[] span : nameSpans) {
                if (span[0] <= start && end <= span[1]) {
                  return;
                }
              }
              nameSpans.add(new int[] {start, end});
              add(
                  i,
                  name,
                  Kind.SUBSTRING,
                  "combosquat: '" + name.text() + "' inside '" + raw + "'");
            } else if (pattern instanceof Segment segment) {
              segment(i, segment.name(), joined, start, end, raw);
            } else {
              lureHits.add(new Object[] {pattern, start, end});
            }
          });
      for (Object[] hit : lureHits) {
        int start = (int) hit[1];
        int end = (int) hit[2];
        boolean inName = false;
        for (int[] span : nameSpans) {
          if (start < span[1] && span[0] < end) {
            inName = true;
            break;
          }
        }
        if (!inName) {
          lures.add((String) hit[0]);
        }
      }
    }

    /** A short name at the start or end of a token whose rest is a lure or another name. */
    private void segment(int i, Name name, CharSequence joined, int start, int end, String raw) {
      for (int[] token : tokenSpans) {
        if (token[0] <= start && end <= token[1]) {
          String rest;
          if (start == token[0] && end < token[1]) {
            rest = joined.subSequence(end, token[1]).toString();
          } else if (end == token[1] && start > token[0]) {
            rest = joined.subSequence(token[0], start).toString();
          } else {
            return;
          }
          String word = words.get(rest);
          if (word != null) {
            rest = word;
            nameSpans.add(new int[] {start, end});
            lures.add(rest);
            add(
                i,
                name,
                Kind.TOKEN,
                "combosquat: '"
                    + name.text()
                    + "' run together with '"
                    + rest
                    + "' in '"
                    + raw
                    + "'");
          }
          return;
        }
      }
    }

    /** Exact or skeleton-equal name; true when something matched. */
    private boolean token(int i, String token, String skeleton, boolean whole, String raw) {
      Name[] exact = byText.get(token);
      if (exact != null) {
        for (Name name : exact) {
          if (whole) {
            add(
                i,
                name,
                Kind.TLD_SWAP,
                "tld-swap: '" + name.text() + "' (" + name.domain() + ") under ." + host.suffix());
          } else {
            add(
                i,
                name,
                Kind.TOKEN,
                raw.equals(token)
                    ? "combosquat: '" + name.text() + "' as a subdomain label"
                    : "combosquat: '" + name.text() + "' as a word of '" + raw + "'");
          }
        }
        return true;
      }
      if (skeleton.length() < 4) {
        return false;
      }
      Name[] similar = bySkeleton.get(skeleton);
      if (similar == null) {
        return false;
      }
      for (Name name : similar) {
        String how =
            Skeletons.sameWithoutRepeats(token, name.text())
                ? "repetition"
                : host.idn() ? "homoglyph (IDN " + host.unicode() + ")" : "homoglyph";
        if (whole && (name.strong() || name.text().length() >= 5)) {
          add(i, name, Kind.HOMOGLYPH, how + ": '" + token + "' looks like '" + name.text() + "'");
        } else {
          add(
              i,
              name,
              Kind.TOKEN,
              how + ": '" + token + "' looks like '" + name.text() + "' in '" + raw + "'");
        }
      }
      return true;
    }

    /**
     * A protected domain with its dots written as hyphens (senate-gov, sos-ga-gov), or a name
     * followed by a TLD word (iri-org, fec-gov).
     */
    private void hyphensForDots(int i, String label, String raw, String[] tokens) {
      String dotted = label.replace('-', '.');
      for (int from = 0; from >= 0 && from < dotted.length(); ) {
        String owner = owners.get(dotted.substring(from));
        if (owner != null) {
          for (int o = 0; o < organizations.size(); o++) {
            Organization org = organizations.get(o);
            String domain = dotted.substring(from);
            if (org.domains().contains(domain)) {
              add(
                  i,
                  new Name(o, domain, "", true, domain),
                  Kind.HYPHENS_FOR_DOTS,
                  "hyphens for dots: '" + raw + "' spells " + domain);
              return;
            }
          }
        }
        int dot = dotted.indexOf('.', from);
        from = dot < 0 ? -1 : dot + 1;
      }
      for (int k = 1; k < tokens.length; k++) {
        if (Lexicon.FOLDED_TLDS.contains(tokens[k])) {
          Name[] names = byText.get(tokens[k - 1]);
          if (names != null) {
            for (Name name : names) {
              add(
                  i,
                  name,
                  Kind.TLD_FOLD,
                  "tld in label: '" + raw + "' has '" + name.text() + "-" + tokens[k] + "'");
            }
          }
        }
      }
    }

    /** A name run together with a TLD, as in hudsonorg or senategov. */
    private boolean folded(int i, String token) {
      for (String tld : Lexicon.FOLDED_TLDS) {
        if (token.length() > tld.length() + 1 && token.endsWith(tld)) {
          String stem = token.substring(0, token.length() - tld.length());
          Name[] names = byText.get(stem);
          if (names == null && stem.length() >= 4) {
            names = bySkeleton.get(Skeletons.of(stem));
          }
          if (names != null) {
            for (Name name : names) {
              add(
                  i,
                  name,
                  Kind.TLD_FOLD,
                  "tld in label: '" + token + "' is '" + name.text() + "' + '" + tld + "'");
            }
            return true;
          }
        }
      }
      return false;
    }

    /** One edit away from a distinctive name (two for names of 10+ letters). */
    private boolean typo(int i, String candidate) {
      if (allNames.contains(candidate)) {
        return false;
      }
      int before = all.size();
      if (hashes.length <= candidate.length()) {
        hashes = new long[Math.max(32, candidate.length() + 1)];
      }
      deletes.lookup(candidate, hashes, name -> typoCandidate(i, candidate, name));
      return all.size() > before;
    }

    private void typoCandidate(int i, String candidate, Name name) {
      int limit = name.text().length() >= 10 ? 2 : 1;
      int distance = Typos.distance(candidate, name.text(), limit);
      if (distance >= 1 && distance <= limit && !best.containsKey(name.org())) {
        String kind = distance == 1 ? Typos.kind(candidate, name.text()) : "two edits";
        if (name.text().length() < MIN_TYPO_NAME && !kind.equals("transposition")) {
          return;
        }
        add(
            i,
            name,
            Kind.TYPO,
            "typo (" + kind + "): '" + candidate + "' for '" + name.text() + "'");
      }
    }

    void subdomainTricks() {
      String[] labels = host.labels();
      for (int i = 0; i < labels.length - 1; i++) {
        OwnedDomain[] owned =
            byFirstLabel.get(Skeletons.of(host.idn() ? host.unicodeLabel(i) : labels[i]));
        if (owned == null) {
          continue;
        }
        for (OwnedDomain domain : owned) {
          int k = domain.skeletons().length;
          if (i + k >= labels.length) {
            continue;
          }
          boolean match = true;
          boolean hyphen = false;
          for (int j = 1; j < k && match; j++) {
            String label = Skeletons.of(host.idn() ? host.unicodeLabel(i + j) : labels[i + j]);
            match = domain.skeletons()[j].equals(label);
            if (!match && j == k - 1 && label.startsWith(domain.skeletons()[j] + "-")) {
              match = hyphen = true;
            }
          }
          if (match) {
            Organization org = organizations.get(domain.org());
            add(
                i,
                new Name(domain.org(), domain.domain(), "", true, domain.domain()),
                Kind.SUBDOMAIN_TRICK,
                "subdomain trick: '"
                    + domain.domain()
                    + "' ("
                    + org.name()
                    + (hyphen ? ") run into a hyphenated label of " : ") placed in front of ")
                    + host.registrableDomain());
          }
        }
      }
    }

    private void add(int label, Name name, Kind kind, String reason) {
      Evidence evidence = new Evidence(name, kind, label, reason);
      all.add(evidence);
      Evidence current = best.get(name.org());
      if (current == null || rank(evidence) > rank(current)) {
        best.put(name.org(), evidence);
      }
    }

    private double rank(Evidence e) {
      double base = e.name().strong() ? e.kind().strong : e.kind().weakWithLure;
      return e.label() < host.registrable() && e.kind() != Kind.SUBDOMAIN_TRICK
          ? base - SUBDOMAIN_PENALTY
          : base;
    }

    Verdict verdict() {
      if (best.isEmpty()) {
        return new Verdict(host.ascii(), 0, false, null, List.of());
      }
      String tld = host.labels()[host.labels().length - 1];
      boolean suspiciousTld = Lexicon.SUSPICIOUS_TLDS.contains(tld);
      Set<String> providerWords = new LinkedHashSet<>();
      for (Evidence e : all) {
        if (organizations.get(e.name().org()).isProvider() && e.kind() != Kind.SUBDOMAIN_TRICK) {
          providerWords.add(e.name().text());
        }
      }
      int bestOrg = -1;
      double bestScore = -1;
      List<String> bestLures = List.of();
      for (Evidence e : best.values()) {
        int o = e.name().org();
        Organization org = organizations.get(o);
        List<String> orgLures = new ArrayList<>();
        for (String lure : lures) {
          if (!isOwnName(o, lure)) {
            orgLures.add(lure);
          }
        }
        boolean copy = e.kind() == Kind.SUBDOMAIN_TRICK || e.kind() == Kind.HYPHENS_FOR_DOTS;
        for (Evidence other : all) {
          String text = other.name().text();
          if (other.name().org() == o
              && !copy
              && !text.equals(e.name().text())
              && !orgLures.contains(text)
              && other.kind() != Kind.SUBDOMAIN_TRICK
              && other.kind() != Kind.HYPHENS_FOR_DOTS) {
            orgLures.add(text);
          }
        }
        if (!org.isProvider()) {
          for (String word : providerWords) {
            if (!orgLures.contains(word)) {
              orgLures.add(word);
            }
          }
        }
        double base;
        if (e.name().strong()) {
          base = e.kind().strong;
        } else {
          base = orgLures.isEmpty() ? e.kind().weakAlone : e.kind().weakWithLure;
        }
        if (e.label() < host.registrable() && e.kind() != Kind.SUBDOMAIN_TRICK) {
          base -= SUBDOMAIN_PENALTY;
        }
        double score =
            base
                + Math.min(MAX_LURE_BONUS, LURE_BONUS * orgLures.size())
                + (suspiciousTld ? TLD_BONUS : 0);
        score = Math.max(0, Math.min(1.0, Math.round(score * 100) / 100.0));
        boolean better =
            bestOrg < 0 || outranks(org, o, score, organizations.get(bestOrg), bestOrg, bestScore);
        if (better) {
          bestOrg = o;
          bestScore = score;
          bestLures = orgLures;
        }
      }
      Organization org = organizations.get(bestOrg);
      Evidence main = best.get(bestOrg);
      List<String> reasons = new ArrayList<>();
      reasons.add(main.reason());
      for (Evidence e : all) {
        if (e.name().org() == bestOrg && !reasons.contains(e.reason())) {
          reasons.add(e.reason());
        }
      }
      if (!bestLures.isEmpty()) {
        reasons.add("lure words: " + String.join(", ", bestLures));
      } else if (!main.name().strong() && main.kind().weakAlone < main.kind().weakWithLure) {
        reasons.add(
            "'" + main.name().text() + "' is a common word: it counts only beside a lure word");
      }
      if (suspiciousTld) {
        reasons.add("often-abused TLD ." + tld);
      }
      for (Map.Entry<Integer, Evidence> other : best.entrySet()) {
        if (other.getKey() != bestOrg) {
          reasons.add(
              "also resembles "
                  + organizations.get(other.getKey()).name()
                  + ": "
                  + other.getValue().reason());
        }
      }
      boolean alert = bestScore >= ALERT_THRESHOLD;
      return new Verdict(
          host.ascii(), bestScore, alert, new Imitation(org.name(), main.name().domain()), reasons);
    }

    /**
     * Whether a candidate outranks the current best: an alerting organisation that is not a
     * provider wins over a provider whose product names are only the lure, then the higher score,
     * then the non-provider, then registry order.
     */
    private boolean outranks(
        Organization org, int o, double score, Organization best, int b, double bestScore) {
      boolean target = !org.isProvider() && score >= ALERT_THRESHOLD;
      boolean bestTarget = !best.isProvider() && bestScore >= ALERT_THRESHOLD;
      if (target != bestTarget) {
        return target;
      }
      if (score != bestScore) {
        return score > bestScore;
      }
      if (org.isProvider() != best.isProvider()) {
        return !org.isProvider();
      }
      return o < b;
    }

    private boolean isOwnName(int org, String word) {
      Organization o = organizations.get(org);
      String skeleton = Skeletons.of(word);
      for (Name[] names :
          new Name[][] {byText.getOrDefault(word, NONE), bySkeleton.getOrDefault(skeleton, NONE)}) {
        for (Name name : names) {
          if (name.org() == org) {
            return true;
          }
        }
      }
      return o.domains().contains(word);
    }
  }

  record Evidence(Name name, Kind kind, int label, String reason) {}

  private void addName(Name name) {
    allNames.add(name.text());
    add(byText, name.text(), name, Name[]::new);
    add(bySkeleton, name.skeleton(), name, Name[]::new);
    if (name.strong() && name.text().length() >= MIN_TRANSPOSITION_NAME) {
      Set<String> forms = new HashSet<>();
      forms.add(name.text());
      for (int j = 0; j < name.text().length(); j++) {
        forms.add(name.text().substring(0, j) + name.text().substring(j + 1));
      }
      for (String form : forms) {
        deleteForms.computeIfAbsent(form, f -> new ArrayList<>()).add(name);
      }
    }
  }

  private static <T> void add(
      Map<String, T[]> map, String key, T value, java.util.function.IntFunction<T[]> array) {
    T[] current = map.get(key);
    if (current == null) {
      T[] one = array.apply(1);
      one[0] = value;
      map.put(key, one);
    } else {
      T[] more = java.util.Arrays.copyOf(current, current.length + 1);
      more[current.length] = value;
      map.put(key, more);
    }
  }

  private static String domainOf(Organization org, String name) {
    for (String domain : org.domains()) {
      Host host = Host.parse(domain);
      if (host.registrable() >= 0 && host.labels()[host.registrable()].equals(name)) {
        return domain;
      }
    }
    return org.mainDomain();
  }

  static List<String[]> defaultAllowlist() {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = LookalikeDetector.class.getResourceAsStream("allowlist.tsv")) {
      if (in == null) {
        throw new IllegalStateException("allowlist.tsv is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] fields = line.split("\t");
        rows.add(new String[] {fields[0].strip(), fields[1].strip()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
