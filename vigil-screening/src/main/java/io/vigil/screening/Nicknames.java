package io.vigil.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/*
 * Design note: a given name and its nicknames or hypocorisms (Bill/William, Peggy/Margaret,
 * Ted/Theodore, Bibi/Benjamin, Sasha/Aleksandr, Paco/Francisco) share too few letters for the edit
 * distance and the phonetic code. Two tables say which forms belong together:
 * nicknames.csv, the English list of carltonnorthern/nicknames (Apache-2.0, see NicknamesExtract),
 * and hypocorisms.csv, a short table written for Vigil of the usual short forms of Hebrew, East
 * Slavic, Spanish, Italian and German given names. A relation holds in both directions and only as
 * written (one step: Bill is William's and William is Bill's, but Bill is not Wilbur's because Will
 * is both). The scorer uses them for given names of persons only (NameScorer.tokenSim).
 */
final class Nicknames {
  private Nicknames() {}

  private static final Map<String, Set<String>> RELATED = load();

  /** Whether one name is a listed nickname or hypocorism of the other. */
  static boolean related(String a, String b) {
    Set<String> s = RELATED.get(a);
    return s != null && s.contains(b);
  }

  /** The names related to a name (empty when none). */
  static Set<String> of(String name) {
    return RELATED.getOrDefault(name, Set.of());
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> m = new HashMap<>(4096);
    for (String file : new String[] {"nicknames.csv", "hypocorisms.csv"}) {
      try (InputStream in = Nicknames.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + file);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.strip().split(",");
          for (int i = 1; i < f.length; i++) {
            if (!f[i].equals(f[0])) {
              m.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[i]);
              m.computeIfAbsent(f[i], k -> new HashSet<>()).add(f[0]);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>(m.size() * 2);
    m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return frozen;
  }
}
