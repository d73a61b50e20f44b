package io.vigil.domains;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The protected organisations: a tab-separated file with the header {@code id org category domains
 * brands tokens source verify}, lists inside a field separated by {@code ;}, {@code #} comments and
 * blank lines ignored. The default registry ({@code registry.tsv} beside this class) lists US
 * election stakeholders, each row with its public source.
 *
 * <p>A file is used whole or not at all: a malformed row, a duplicate id, or a domain, brand or
 * token claimed twice rejects the file with {@link RegistryRejected} naming the line.
 */
public final class Registry {
  static final String HEADER = "id\torg\tcategory\tdomains\tbrands\ttokens\tsource\tverify";
  private static final int COLUMNS = 8;

  private final List<Organization> organizations;

  private Registry(List<Organization> organizations) {
    this.organizations = List.copyOf(organizations);
  }

  /** The registry shipped with Vigil. */
  public static Registry defaults() {
    try (InputStream in = Registry.class.getResourceAsStream("registry.tsv")) {
      if (in == null) {
        throw new IllegalStateException("registry.tsv is missing from the classpath");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "registry.tsv (default)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a registry file given by the user. */
  public static Registry load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    }
  }

  /**
   * Parses registry text.
   *
   * @param sourceName the name used in error messages
   * @throws RegistryRejected for the first malformed or duplicate row
   */
  public static Registry parse(Reader text, String sourceName) throws IOException {
    BufferedReader reader = new BufferedReader(text);
    List<Organization> organizations = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        if (!line.strip().equals(HEADER)) {
          throw new RegistryRejected(
              sourceName, lineNumber, "the header must be '" + HEADER.replace('\t', ' ') + "'");
        }
        headerSeen = true;
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != COLUMNS) {
        throw new RegistryRejected(
            sourceName,
            lineNumber,
            "expected " + COLUMNS + " tab-separated fields, found " + fields.length);
      }
      Organization org;
      try {
        org =
            new Organization(
                fields[0].strip(),
                fields[1].strip(),
                fields[2].strip(),
                list(fields[3]),
                list(fields[4]),
                list(fields[5]),
                fields[6].strip(),
                fields[7].strip());
      } catch (IllegalArgumentException e) {
        throw new RegistryRejected(sourceName, lineNumber, e.getMessage());
      }
      Integer previous = ids.putIfAbsent(org.id(), lineNumber);
      if (previous != null) {
        throw new RegistryRejected(
            sourceName,
            lineNumber,
            "duplicate id '" + org.id() + "' (first on line " + previous + ")");
      }
      List<String> claimed = new ArrayList<>(org.domains());
      claimed.addAll(org.brands());
      claimed.addAll(org.tokens());
      for (String name : claimed) {
        previous = names.putIfAbsent(name, lineNumber);
        if (previous != null) {
          throw new RegistryRejected(
              sourceName,
              lineNumber,
              previous == lineNumber
                  ? "'" + name + "' is listed twice in this row"
                  : "'" + name + "' is already claimed by the row on line " + previous);
        }
      }
      organizations.add(org);
    }
    if (!headerSeen) {
      throw new RegistryRejected(sourceName, lineNumber, "no header and no rows");
    }
    if (organizations.isEmpty()) {
      throw new RegistryRejected(sourceName, lineNumber, "no organisations");
    }
    return new Registry(organizations);
  }

  /** The organisations in file order. */
  public List<Organization> organizations() {
    return organizations;
  }

  private static List<String> list(String field) {
    String stripped = field.strip();
    if (stripped.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(stripped.split(";")).map(String::strip).toList();
  }
}
