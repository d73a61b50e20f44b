package io.vigil.screening;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/*
 * Design note: OFAC's legacy CSV export (sdn.csv, alt.csv, add.csv, sdn_comments.csv and the
 * consolidated non-SDN cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv) has no header,
 * writes "-0- " for empty, is Latin-1/cp1252, ends with a Ctrl-Z byte and joins several programs as
 * "A] [B". Much of what matters for screening hides in Remarks: weak aliases ("a.k.a. 'X'"), dates
 * of birth ("DOB 07 Oct 1952", "DOB circa 1960", "DOB 1955 to 1958"), nationality and citizenship,
 * identifiers ("Passport 1084010 (Egypt)", "Tax ID No. 7720649916 (Russia)", "IMO 1011551").
 * Files are decoded as strict UTF-8 when that succeeds and as windows-1252 otherwise, so a
 * re-saved file still reads right. A file is read whole before anything is returned: any row with
 * the wrong number of columns or a non-numeric ent_num rejects the file with its line number.
 * Sources: OFAC "SDN List - data formats" (sanctionslistservice.ofac.treas.gov), Watchman
 * pkg/sources/ofac, nomenklatura's and OpenSanctions' us_ofac_sdn crawlers.
 */
final class OfacCsv {
  private static final Pattern WEAK_AKA =
      Pattern.compile("\\b[afn]\\.k\\.a\\.,? '(.+?)'(?=\\s*[;.,)]|\\s*$)");
  private static final Pattern DOB = Pattern.compile("\\bDOB ([^;]+)");
  private static final Pattern NATIONALITY =
      Pattern.compile(
          "\\b(?:nationality|citizen|Nationality of Registration) ([A-Za-z ,.'\\-]+?)(?=;|\\.$|$)");
  private static final Pattern DATE_DMY = Pattern.compile("(\\d{1,2}) ([A-Z][a-z]{2}) (\\d{4})");
  private static final Pattern DATE_MY = Pattern.compile("^([A-Z][a-z]{2}) (\\d{4})$");
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern YEAR_RANGE =
      Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d) to (1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern IDENT =
      Pattern.compile(
          "^(?:alt\\. )?((?:[A-Z][A-Za-z/\\-\\.#]*\\s){0,4}?(?:Passport|ID|No\\.|Number|IMO|MMSI|"
              + "SWIFT/BIC|Cedula|NIT #|RFC|C\\.U\\.R\\.P\\.|CURP|License|Registration|"
              + "Identification|D-U-N-S|LEI|Address - [A-Z]+))\\s+([A-Za-z0-9][A-Za-z0-9\\-/\\.]*)"
              + "(?:\\s+\\(([^)]+)\\))?");
  private static final Map<String, String> MONTHS = new HashMap<>();

  static {
    String[] m = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    for (int i = 0; i < m.length; i++) {
      MONTHS.put(m[i], String.format(Locale.ROOT, "%02d", i + 1));
    }
  }

  private OfacCsv() {}

  /**
   * Reads a folder holding sdn.csv/cons_prim.csv (primary records) and optionally alt, add and
   * comments files. A folder with only alt/add files yields entities built from the aliases.
   */
  static SanctionsList readFolder(Path folder, String listName, Clock clock) {
    if (!Files.isDirectory(folder)) {
      throw new ListFileRejected(folder.toString(), 0, "not a folder of OFAC CSV files");
    }
    Map<String, Builder> entities = new LinkedHashMap<>();
    boolean any = false;
    for (String prefix : new String[] {"sdn", "cons_prim"}) {
      Path p = folder.resolve(prefix + ".csv");
      if (Files.exists(p)) {
        any = true;
        for (Row r : rows(p, 12)) {
          String id = id(r);
          for (int dup = 2; entities.containsKey(id) && !entities.get(id).name.isEmpty(); dup++) {
            id = id(r) + "-" + dup; // the 2022 file lists ent_num 2677 twice: keep both parties
          }
          entities.computeIfAbsent(id, Builder::new).primary(r);
        }
      }
    }
    for (String name : new String[] {"sdn_comments.csv", "cons_comments.csv"}) {
      Path p = folder.resolve(name);
      if (Files.exists(p)) {
        for (Row r : rows(p, 2)) {
          Builder b = entities.get(id(r));
          if (b != null) {
            b.remarks.append(' ').append(r.get(1));
          }
        }
      }
    }
    for (String name : new String[] {"alt.csv", "cons_alt.csv"}) {
      Path p = folder.resolve(name);
      if (Files.exists(p)) {
        any = true;
        for (Row r : rows(p, 5)) {
          String alias = r.get(3);
          if (!alias.isEmpty()) {
            entities.computeIfAbsent(id(r), Builder::new).aliases.add(alias);
          }
        }
      }
    }
    for (String name : new String[] {"add.csv", "cons_add.csv"}) {
      Path p = folder.resolve(name);
      if (Files.exists(p)) {
        any = true;
        for (Row r : rows(p, 6)) {
          Builder b = entities.get(id(r));
          String cc = r.get(4).isEmpty() ? "" : Countries.code(r.get(4));
          if (b != null && !cc.isEmpty()) {
            b.addressCountries.add(cc);
          }
        }
      }
    }
    if (!any) {
      throw new ListFileRejected(
          folder.toString(), 0, "no sdn.csv, cons_prim.csv, alt.csv or add.csv in the folder");
    }
    List<ListEntity> out = new ArrayList<>(entities.size());
    for (Builder b : entities.values()) {
      ListEntity e = b.build();
      if (e != null) {
        out.add(e);
      }
    }
    return new SanctionsList(listName, folder.getFileName().toString(), clock.instant(), out);
  }

  private static String id(Row r) {
    return "ofac-" + r.get(0);
  }

  /** One row of a file with its line number. */
  record Row(String file, long line, List<String> cells) {
    String get(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }
  }

  static List<Row> rows(Path file, int columns) {
    String text = decode(file);
    List<Row> rows = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).setTrim(false).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      long line = 1;
      for (CSVRecord rec : parser) {
        List<String> cells = new ArrayList<>(rec.size());
        for (String c : rec) {
          cells.add(clean(c));
        }
        boolean blank = cells.size() == 1 && cells.get(0).isEmpty();
        if (!blank) {
          if (cells.size() != columns) {
            throw new ListFileRejected(
                file.toString(), line, "expected " + columns + " columns, found " + cells.size());
          }
          if (!cells.get(0).matches("\\d{1,9}")) {
            throw new ListFileRejected(
                file.toString(), line, "ent_num is not a number: '" + cells.get(0) + "'");
          }
          rows.add(new Row(file.toString(), line, cells));
        }
        line = parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new ListFileRejected(file.toString(), 0, "malformed CSV: " + e.getMessage());
    }
    if (rows.isEmpty()) {
      throw new ListFileRejected(file.toString(), 0, "no records");
    }
    return rows;
  }

  static String decode(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ListFileRejected(file.toString(), 0, "cannot read: " + e.getMessage());
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
    int end = text.length();
    while (end > 0
        && (text.charAt(end - 1) == '\u001a' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    text = text.substring(0, end);
    if (text.indexOf('\u0000') >= 0) {
      throw new ListFileRejected(file.toString(), 0, "binary content (NUL bytes): not a CSV file");
    }
    return text;
  }

  private static String clean(String cell) {
    String s = cell.strip();
    return s.equals("-0-") ? "" : s;
  }

  /** Accumulates one entity from its rows. */
  private static final class Builder {
    final String id;
    String name = "";
    EntitySchema schema = EntitySchema.UNKNOWN;
    final List<String> programs = new ArrayList<>();
    final StringBuilder remarks = new StringBuilder();
    final List<String> aliases = new ArrayList<>();
    final List<String> addressCountries = new ArrayList<>();
    final List<String> flags = new ArrayList<>();

    Builder(String id) {
      this.id = id;
    }

    void primary(Row r) {
      name = r.get(1);
      String type = r.get(2).toLowerCase(Locale.ROOT);
      schema =
          switch (type) {
            case "individual" -> EntitySchema.PERSON;
            case "vessel" -> EntitySchema.VESSEL;
            case "aircraft" -> EntitySchema.AIRCRAFT;
            default -> EntitySchema.ORGANIZATION;
          };
      for (String p : r.get(3).split("\\] \\[")) {
        String t = p.replace("[", "").replace("]", "").strip();
        if (!t.isEmpty()) {
          programs.add(t);
        }
      }
      if (!r.get(9).isEmpty()) {
        flags.add(r.get(9));
      }
      remarks.append(r.get(11));
      if (name.isEmpty()) {
        throw new ListFileRejected(r.file(), r.line(), "empty SDN_Name");
      }
    }

    ListEntity build() {
      String caption = name.isEmpty() ? (aliases.isEmpty() ? "" : aliases.get(0)) : name;
      if (caption.isEmpty()) {
        return null;
      }
      String rem = remarks.toString().strip();
      List<String> weak = new ArrayList<>();
      Matcher m = WEAK_AKA.matcher(rem);
      while (m.find()) {
        weak.add(m.group(1).strip());
      }
      List<String> dobs = new ArrayList<>();
      Matcher d = DOB.matcher(rem);
      while (d.find()) {
        dobs.addAll(parseDates(d.group(1)));
      }
      List<String> countries = new ArrayList<>();
      Matcher n = NATIONALITY.matcher(rem);
      while (n.find()) {
        String cc = Countries.code(n.group(1).strip());
        if (!cc.isEmpty()) {
          countries.add(cc);
        }
      }
      for (String f : flags) {
        String cc = Countries.code(f);
        if (!cc.isEmpty()) {
          countries.add(cc);
        }
      }
      countries.addAll(addressCountries);
      List<Identifier> ids = new ArrayList<>();
      for (String part : rem.split(";")) {
        Matcher im = IDENT.matcher(part.strip());
        if (im.find() && im.group(2).chars().anyMatch(Character::isDigit)) {
          String value = im.group(2).replaceAll("\\.$", "");
          ids.add(
              new Identifier(im.group(1).strip(), value, im.group(3) == null ? "" : im.group(3)));
        }
      }
      return new ListEntity(
          id, schema, caption, aliases, weak, dobs, countries, ids, programs, rem);
    }
  }

  /** "07 Oct 1952" -> 1952-10-07; "Oct 1952" -> 1952-10; "circa 1960" -> 1960; ranges -> years. */
  static List<String> parseDates(String text) {
    List<String> out = new ArrayList<>();
    String t = text.strip();
    Matcher dmy = DATE_DMY.matcher(t);
    if (dmy.find() && MONTHS.containsKey(dmy.group(2))) {
      out.add(
          dmy.group(3)
              + "-"
              + MONTHS.get(dmy.group(2))
              + "-"
              + String.format(Locale.ROOT, "%02d", Integer.parseInt(dmy.group(1))));
      return out;
    }
    Matcher my = DATE_MY.matcher(t);
    if (my.find() && MONTHS.containsKey(my.group(1))) {
      out.add(my.group(2) + "-" + MONTHS.get(my.group(1)));
      return out;
    }
    Matcher range = YEAR_RANGE.matcher(t);
    if (range.find()) {
      int a = Integer.parseInt(range.group(1));
      int b = Integer.parseInt(range.group(2));
      for (int y = a; y <= b && y - a < 15; y++) {
        out.add(Integer.toString(y));
      }
      return out;
    }
    Matcher y = YEAR.matcher(t);
    if (y.find()) {
      out.add(y.group(1));
    }
    return out;
  }
}
