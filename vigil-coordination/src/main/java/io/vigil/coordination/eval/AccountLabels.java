package io.vigil.coordination.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/*
 * Reads reference labels: a CSV with an account column (author, author_id, account or userid) and
 * a label column (account_category, category or label), e.g. ira-authors.csv (Linvill & Warren).
 * Only evaluation code calls this; the detector never sees labels.
 */
public final class AccountLabels {
  private AccountLabels() {}

  /**
   * @throws IllegalArgumentException naming the file and the missing column
   */
  public static Map<String, String> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
      Map<String, Integer> header = new HashMap<>();
      parser.getHeaderMap().forEach((k, v) -> header.put(k.trim().toLowerCase(Locale.ROOT), v));
      String account = first(header, List.of("author", "author_id", "account", "userid"));
      String label = first(header, List.of("account_category", "category", "label"));
      if (account == null || label == null) {
        throw new IllegalArgumentException(
            file
                + ": needs an account column (author, author_id, account, userid) and a label"
                + " column (account_category, category, label); header is "
                + parser.getHeaderNames());
      }
      int ai = header.get(account);
      int li = header.get(label);
      Map<String, String> out = new HashMap<>();
      for (CSVRecord rec : parser) {
        if (rec.size() > Math.max(ai, li)) {
          String a = rec.get(ai).trim();
          String l = rec.get(li).trim();
          if (!a.isEmpty() && !l.isEmpty()) {
            out.put(a, l);
          }
        }
      }
      return out;
    }
  }

  private static @Nullable String first(Map<String, Integer> header, List<String> names) {
    for (String n : names) {
      if (header.containsKey(n)) {
        return n;
      }
    }
    return null;
  }
}
