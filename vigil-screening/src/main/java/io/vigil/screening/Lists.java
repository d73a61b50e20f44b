package io.vigil.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** Reads lists from files: OFAC CSV folders, OFAC XML, FollowTheMoney JSON lines. */
public final class Lists {
  private Lists() {}

  /**
   * Reads a list, choosing the format from the path: a folder of OFAC CSV files, an {@code .xml}
   * file (SDN.XML or SDN_ADVANCED.XML), or a FollowTheMoney JSON-lines file.
   *
   * @throws ListFileRejected when the file is unreadable or malformed anywhere
   */
  public static SanctionsList load(Path path, Clock clock) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (Files.isDirectory(path)) {
      return OfacCsv.readFolder(path, "us_ofac", clock);
    }
    if (!Files.isRegularFile(path)) {
      throw new ListFileRejected(path.toString(), 0, "no such file or folder");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xml")) {
      return OfacXml.read(path, "us_ofac", clock);
    }
    return FollowTheMoney.read(path, stem(name), clock);
  }

  /** Reads a folder of OFAC legacy CSV files (sdn/alt/add/comments or cons_*). */
  public static SanctionsList ofacCsv(Path folder, String listName, Clock clock) {
    return OfacCsv.readFolder(folder, listName, clock);
  }

  /** Reads a FollowTheMoney JSON-lines file of entities or delta operations. */
  public static SanctionsList followTheMoney(Path file, String listName, Clock clock) {
    return FollowTheMoney.read(file, listName, clock);
  }

  /** Applies a FollowTheMoney delta file (ADD/MOD/DEL lines) to a list, giving a new version. */
  public static SanctionsList applyDelta(SanctionsList base, Path delta, Clock clock) {
    java.util.Map<String, ListEntity> map = new java.util.LinkedHashMap<>(base.index());
    FollowTheMoney.apply(delta, map);
    return new SanctionsList(
        base.name(),
        base.version() + "+" + delta.getFileName(),
        clock.instant(),
        java.util.List.copyOf(map.values()));
  }

  private static String stem(String name) {
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
