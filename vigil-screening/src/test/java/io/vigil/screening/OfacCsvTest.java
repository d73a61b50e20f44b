package io.vigil.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacCsvTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
  static final Charset CP1252 = Charset.forName("windows-1252");

  static Path shared() {
    String p = System.getProperty("vigil.shared.data");
    assumeTrue(p != null && Files.isDirectory(Path.of(p)), "shared data folder absent");
    return Path.of(p);
  }

  static void write(Path file, String text) throws IOException {
    Files.write(file, (text + "\u001a").getBytes(CP1252));
  }

  @Test
  void readsLatin1WithEmptyMarkersProgramsWeakAliasesDatesAndIdentifiers(@TempDir Path dir)
      throws IOException {
    write(
        dir.resolve("sdn.csv"),
        "35096,\"PUTIN, Vladimir Vladimirovich\",\"individual\",\"RUSSIA-EO14024] [ELECTION-EO13848\","
            + "\"President\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 07 Oct 1952; POB Leningrad, Russia;"
            + " nationality Russia; Passport 123456789 (Russia); a.k.a. 'VOVA'.\"\r\n"
            + "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
            + "\"a.k.a. 'BNC'.\"\r\n"
            + "99,\"MÜLLER, José\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
            + "\"DOB circa 1960.\"\r\n");
    write(dir.resolve("alt.csv"), "306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \r\n");
    write(
        dir.resolve("add.csv"), "306,199,\"Zweierstrasse 35\",\"Zurich\",\"Switzerland\",-0- \r\n");

    SanctionsList list = OfacCsv.readFolder(dir, "us_ofac", CLOCK);

    assertThat(list.entities()).hasSize(3);
    ListEntity putin = list.index().get("ofac-35096");
    assertThat(putin.schema()).isEqualTo(EntitySchema.PERSON);
    assertThat(putin.programs()).containsExactly("RUSSIA-EO14024", "ELECTION-EO13848");
    assertThat(putin.birthDates()).containsExactly("1952-10-07");
    assertThat(putin.countries()).containsExactly("ru");
    assertThat(putin.weakAliases()).containsExactly("VOVA");
    assertThat(putin.identifiers())
        .extracting(Identifier::type, Identifier::value, Identifier::country)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Passport", "123456789", "Russia"));
    ListEntity bank = list.index().get("ofac-306");
    assertThat(bank.schema()).isEqualTo(EntitySchema.ORGANIZATION);
    assertThat(bank.names()).containsExactly("BANCO NACIONAL DE CUBA", "NATIONAL BANK OF CUBA");
    assertThat(bank.weakAliases()).containsExactly("BNC");
    assertThat(bank.countries()).containsExactly("ch");
    assertThat(list.index().get("ofac-99").caption()).isEqualTo("MÜLLER, José");
    assertThat(list.index().get("ofac-99").birthDates()).containsExactly("1960");
  }

  @Test
  void rejectsAFileWithAShortRowNamingFileAndLine(@TempDir Path dir) throws IOException {
    write(
        dir.resolve("sdn.csv"),
        "1,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,\"B\",-0- \r\n");
    assertThatThrownBy(() -> OfacCsv.readFolder(dir, "us_ofac", CLOCK))
        .isInstanceOfSatisfying(
            ListFileRejected.class,
            e -> {
              assertThat(e.file()).endsWith("sdn.csv");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.reason()).contains("expected 12 columns, found 3");
            });
  }

  @Test
  void rejectsANonNumericEntNum(@TempDir Path dir) throws IOException {
    write(dir.resolve("alt.csv"), "x1,2,\"aka\",\"NAME\",-0- \r\n");
    assertThatThrownBy(() -> OfacCsv.readFolder(dir, "us_ofac", CLOCK))
        .isInstanceOf(ListFileRejected.class)
        .hasMessageContaining("alt.csv:1")
        .hasMessageContaining("ent_num");
  }

  @Test
  void readsTheRealSdnFileOf2024() {
    SanctionsList list =
        OfacCsv.readFolder(shared().resolve("sanctions/ofac-2024-05-03"), "us_ofac", CLOCK);
    assertThat(list.entities()).hasSize(14965);
    assertThat(list.entities().stream().filter(e -> e.programs().contains("ELECTION-EO13848")))
        .hasSize(101);
    assertThat(list.entities().stream().filter(e -> e.schema() == EntitySchema.PERSON))
        .hasSize(6854);
  }

  @Test
  void computesTheDeltaBetweenThe2022And2024Releases() {
    Path s = shared().resolve("sanctions");
    SanctionsList old = OfacCsv.readFolder(s.resolve("ofac-2022-01-31"), "us_ofac", CLOCK);
    SanctionsList now = OfacCsv.readFolder(s.resolve("ofac-2024-05-03"), "us_ofac", CLOCK);
    ListDelta delta = now.changesSince(old);
    assertThat(old.entities()).hasSize(9044);
    assertThat(delta.added().size() - delta.removed().size()).isEqualTo(14965 - 9044);
    assertThat(delta.added()).extracting(ListEntity::id).contains("ofac-35096"); // Putin, 2022-02
    assertThat(delta.changed()).isNotEmpty();
    assertThat(delta.changed().get(0).fields()).isNotEmpty();
  }
}
