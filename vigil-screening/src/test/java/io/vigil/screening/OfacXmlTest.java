package io.vigil.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacXmlTest {
  static final String SDN =
      """
      <?xml version="1.0" standalone="yes"?>
      <sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">
        <publshInformation><Publish_Date>05/03/2024</Publish_Date><Record_Count>1</Record_Count></publshInformation>
        <sdnEntry>
          <uid>35096</uid><firstName>Vladimir Vladimirovich</firstName><lastName>PUTIN</lastName>
          <title>President of the Russian Federation</title><sdnType>Individual</sdnType>
          <programList><program>RUSSIA-EO14024</program></programList>
          <idList><id><uid>1</uid><idType>Passport</idType><idNumber>123456789</idNumber><idCountry>Russia</idCountry></id></idList>
          <akaList>
            <aka><uid>2</uid><type>a.k.a.</type><category>strong</category><lastName>PUTIN</lastName><firstName>Vladimir</firstName></aka>
            <aka><uid>3</uid><type>a.k.a.</type><category>weak</category><lastName>VOVA</lastName></aka>
          </akaList>
          <nationalityList><nationality><uid>4</uid><country>Russia</country><mainEntry>true</mainEntry></nationality></nationalityList>
          <dateOfBirthList><dateOfBirthItem><uid>5</uid><dateOfBirth>07 Oct 1952</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem></dateOfBirthList>
        </sdnEntry>
      </sdnList>
      """;

  @Test
  void readsSdnXml(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("SDN.XML");
    Files.writeString(f, SDN, StandardCharsets.UTF_8);
    SanctionsList l = Lists.load(f, OfacCsvTest.CLOCK);
    ListEntity p = l.entities().get(0);
    assertThat(p.id()).isEqualTo("ofac-35096");
    assertThat(p.caption()).isEqualTo("PUTIN, Vladimir Vladimirovich");
    assertThat(p.names()).contains("PUTIN, Vladimir");
    assertThat(p.weakAliases()).containsExactly("VOVA");
    assertThat(p.birthDates()).containsExactly("1952-10-07");
    assertThat(p.countries()).containsExactly("ru");
    assertThat(p.identifiers()).extracting(Identifier::value).containsExactly("123456789");
  }

  @Test
  void rejectsMalformedXmlWithTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("SDN.XML");
    Files.writeString(f, "<sdnList>\n<sdnEntry>\n</sdnList>\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Lists.load(f, OfacCsvTest.CLOCK))
        .isInstanceOfSatisfying(ListFileRejected.class, e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void refusesDoctypes(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("SDN.XML");
    Files.writeString(
        f,
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><sdnList>&e;</sdnList>",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Lists.load(f, OfacCsvTest.CLOCK)).isInstanceOf(ListFileRejected.class);
  }
}
