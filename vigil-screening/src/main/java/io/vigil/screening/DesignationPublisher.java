package io.vigil.screening;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/*
 * Design note: publishes Vigil's own designations in the two formats screening tools read:
 * OFAC's legacy sdn.csv/alt.csv (12 and 5 columns, no header, "-0- " for empty, windows-1252,
 * trailing Ctrl-Z; names outside Latin-1 are romanized for the CSV, the FollowTheMoney output keeps
 * them) and FollowTheMoney JSON lines. Designations get ent_num from their order (start given), so
 * a re-published list keeps numbers stable when the caller keeps the order stable.
 */
/** Publishes designations as OFAC-style CSV and FollowTheMoney, program ELECTION-EO13848. */
public final class DesignationPublisher {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private DesignationPublisher() {}

  /** The designations as a list (for screening against them). */
  public static SanctionsList asList(List<Designation> designations, String version, Clock clock) {
    List<ListEntity> e = new ArrayList<>();
    for (Designation d : designations) {
      e.add(d.toEntity());
    }
    return new SanctionsList("vigil_eo13848", version, clock.instant(), e);
  }

  /** Writes sdn.csv rows; ent_num starts at {@code firstEntNum}. */
  public static void writeSdnCsv(List<Designation> ds, int firstEntNum, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, CP1252);
    int n = firstEntNum;
    for (Designation d : ds) {
      StringBuilder remarks = new StringBuilder();
      if (!d.birthDate().isEmpty()) {
        remarks.append("DOB ").append(ofacDate(d.birthDate())).append("; ");
      }
      if (!d.nationality().isEmpty()) {
        remarks.append("nationality ").append(d.nationality()).append("; ");
      }
      for (Identifier i : d.identifiers()) {
        remarks.append(i.type()).append(' ').append(i.value());
        if (!i.country().isEmpty()) {
          remarks.append(" (").append(i.country()).append(')');
        }
        remarks.append("; ");
      }
      remarks.append("Listed ").append(d.listedOn()).append('.');
      String type = d.schema() == EntitySchema.PERSON ? quote("individual") : "-0- ";
      String programs = quote(String.join("] [", d.programs()));
      w.write(
          n++
              + ","
              + quote(latin(d.name()))
              + ","
              + type
              + ","
              + programs
              + ",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
              + quote(latin(remarks.toString()))
              + "\r\n");
    }
    w.write('\u001a');
    w.flush();
  }

  /** Writes alt.csv rows for the aliases, ent_num as in {@link #writeSdnCsv}. */
  public static void writeAltCsv(List<Designation> ds, int firstEntNum, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, CP1252);
    int n = firstEntNum;
    int alt = 1;
    for (Designation d : ds) {
      for (String a : d.aliases()) {
        w.write(n + "," + alt++ + "," + quote("aka") + "," + quote(latin(a)) + ",-0- \r\n");
      }
      n++;
    }
    w.write('\u001a');
    w.flush();
  }

  /** Writes FollowTheMoney JSON lines. */
  public static void writeFollowTheMoney(List<Designation> ds, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    List<ListEntity> es = new ArrayList<>();
    for (Designation d : ds) {
      es.add(d.toEntity());
    }
    FollowTheMoney.write(es, w);
    w.flush();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "'") + "\"";
  }

  private static String latin(String s) {
    boolean ok = CP1252.newEncoder().canEncode(s);
    return ok ? s : NameNormalizer.translit("Any-Latin; Latin-ASCII", s);
  }

  private static String ofacDate(String iso) {
    String[] m = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    String[] p = iso.split("-");
    if (p.length == 3) {
      return p[2] + " " + m[Integer.parseInt(p[1]) - 1] + " " + p[0];
    }
    if (p.length == 2) {
      return m[Integer.parseInt(p[1]) - 1] + " " + p[0];
    }
    return iso.toUpperCase(Locale.ROOT);
  }
}
