package io.vigil.stix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths into ../shared/data, from the system property {@code vigil.shared.data}. */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String p = System.getProperty("vigil.shared.data");
    if (p == null || p.isBlank()) {
      throw new IllegalStateException("system property vigil.shared.data is not set");
    }
    return Path.of(p);
  }

  public static Path frameworks() {
    return root().resolve("frameworks");
  }

  public static Path schemas() {
    return frameworks().resolve("stix21-json-schemas/schemas");
  }

  /** Every OASIS example bundle, sorted by path. */
  public static List<Path> examples() {
    try (Stream<Path> s = Files.walk(frameworks().resolve("stix21-json-schemas/examples"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
