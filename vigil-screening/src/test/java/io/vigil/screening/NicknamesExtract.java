package io.vigil.screening;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the resource {@code io/vigil/screening/nicknames.csv} from the English given-name nickname
 * list of carltonnorthern/nicknames (Old Dominion University, Apache License 2.0) (not a test). The
 * list comes as {@code nickname/names.csv} inside HAPI FHIR's {@code
 * ca.uhn.hapi.fhir:hapi-fhir-jpa} jar on Maven Central (8.8.0 here), with its {@code License.txt}.
 * One line per name: the name, then its nicknames, comma separated.
 *
 * <p>Kept as it is, except: entries with other characters than letters ({@code k.c.}) and the
 * relations in {@link #DROPPED}, which are not nicknames of a given name: translations (Ian, Ivan
 * for John), names of the other sex (Andrea/Andrew, Paula's Polly for Paul), surnames or words
 * (Smith/Smitty, Mac/Mc, Westley/Farmboy), names of other people (Robert for Bill, Peter for
 * Patrick, Rupert and Robin for Roger), typos (billiewilhelm, menaalmena), and nicknames that are a
 * frequent given name of their own in other languages and stand for a name of the other sex or of
 * another origin (Ali for Alison, Angel for Angela, Jan for Janice, Ana for Anastasia): screening
 * lists are full of men named Ali, Angel and Jan.
 *
 * <pre>
 * ./mvnw -q -B dependency:copy -Dartifact=ca.uhn.hapi.fhir:hapi-fhir-jpa:8.8.0 -DoutputDirectory=/tmp/hapi
 * unzip -o /tmp/hapi/hapi-fhir-jpa-8.8.0.jar 'nickname/*' -d /tmp/hapi
 * java -cp vigil-screening/target/test-classes io.vigil.screening.NicknamesExtract \
 *   /tmp/hapi/nickname/names.csv vigil-screening/src/main/resources/io/vigil/screening/nicknames.csv
 * </pre>
 */
public final class NicknamesExtract {
  private NicknamesExtract() {}

  /** Relations removed, as name:nickname. */
  static final Set<String> DROPPED =
      Set.of(
          "bill:robert",
          "bill:fred",
          "billy:robert",
          "billy:fred",
          "will:fred",
          "willie:fred",
          "ian:john",
          "john:ian",
          "ivan:john",
          "johannes:jonathan",
          "patrick:peter",
          "paul:polly",
          "andrea:andrew",
          "stephanie:stephen",
          "emil:emily",
          "felicia:felix",
          "justin:justina",
          "edwina:edwin",
          "frederica:frederick",
          "alexandria:alexander",
          "laurinda:lawrence",
          "wilma:william",
          "wilma:billiewilhelm",
          "philomena:menaalmena",
          "leonard:lineau",
          "kendra:kenj",
          "kendra:kenji",
          "roger:rupert",
          "roger:robin",
          "roger:bobby",
          "roger:robby",
          "rodger:rupert",
          "rodger:robin",
          "rodger:bobby",
          "rodger:robby",
          "gilbert:wilber",
          "westley:farmboy",
          "smith:smitty",
          "mac:mc",
          "mack:mc",
          // a frequent given name of its own in other languages, for a name of the other sex or
          // of another origin: Ali (Arabic), Angel (Spanish), Jan (Dutch, Slavic, Pashto), Ana
          "alison:ali",
          "allison:ali",
          "alazama:ali",
          "angela:angel",
          "angelica:angel",
          "angelina:angel",
          "janice:jan",
          "janet:jan",
          "anastasia:ana",
          "jacob:jay");

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: NicknamesExtract names.csv out.csv");
      System.exit(2);
    }
    List<String> rows = new ArrayList<>();
    int dropped = 0;
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String[] f = line.strip().toLowerCase(Locale.ROOT).split(",");
      if (f.length < 2 || !f[0].matches("[a-z]{2,}")) {
        continue;
      }
      Set<String> nicks = new LinkedHashSet<>();
      for (int i = 1; i < f.length; i++) {
        String n = f[i].strip();
        if (!n.matches("[a-z]{2,}") || n.equals(f[0])) {
          continue;
        }
        if (DROPPED.contains(f[0] + ":" + n)) {
          dropped++;
          continue;
        }
        nicks.add(n);
      }
      if (!nicks.isEmpty()) {
        rows.add(f[0] + "," + String.join(",", nicks));
      }
    }
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      w.write("# English given names and their nicknames: a name, then its nicknames.\n");
      w.write(
          "# From carltonnorthern/nicknames (names.csv, Old Dominion University, Web Science and\n");
      w.write(
          "# Digital Libraries Research Group), as HAPI FHIR ships it in hapi-fhir-jpa 8.8.0\n");
      w.write(
          "# (nickname/names.csv). Licensed under the Apache License 2.0: nicknames-LICENSE.txt.\n");
      w.write(
          "# Modified: lower-cased, entries with other characters than letters removed, and "
              + dropped
              + "\n");
      w.write("# relations that are not nicknames removed (see NicknamesExtract.DROPPED in the\n");
      w.write("# test sources, which regenerates this file).\n");
      for (String r : rows) {
        w.write(r);
        w.write('\n');
      }
    }
    System.out.printf(Locale.ROOT, "%d names, %d relations dropped%n", rows.size(), dropped);
  }
}
