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

  static final String ADVANCED =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <Sanctions xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML">
        <ReferenceValueSets>
          <PartySubTypeValues><PartySubType ID="4" PartyTypeID="1">Unknown</PartySubType></PartySubTypeValues>
          <PartyTypeValues><PartyType ID="1">Individual</PartyType><PartyType ID="2">Entity</PartyType></PartyTypeValues>
          <FeatureTypeValues><FeatureType ID="8">Birthdate</FeatureType><FeatureType ID="10">Nationality Country</FeatureType></FeatureTypeValues>
          <IDRegDocTypeValues><IDRegDocType ID="1571">Passport</IDRegDocType><IDRegDocType ID="1596">Tax ID No.</IDRegDocType></IDRegDocTypeValues>
          <AreaCodeValues><AreaCode ID="1" CountryID="11208" Description="Russia">RU</AreaCode></AreaCodeValues>
          <CountryValues><Country ID="11208" ISO2="RU">Russia</Country></CountryValues>
        </ReferenceValueSets>
        <IDRegDocuments>
          <IDRegDocument ID="901" IDRegDocTypeID="1571" IdentityID="1" IssuedBy-CountryID="11208" ValidityID="1">
            <IDRegistrationNo>1234 56789</IDRegistrationNo>
            <DocumentDate IDRegDocDateTypeID="1480"><DatePeriod CalendarTypeID="1" YearFixed="false" MonthFixed="false" DayFixed="false"><Start Approximate="false" YearFixed="false" MonthFixed="false" DayFixed="false"><From><Year>2015</Year><Month>3</Month><Day>1</Day></From><To><Year>2015</Year><Month>3</Month><Day>1</Day></To></Start></DatePeriod></DocumentDate>
          </IDRegDocument>
        </IDRegDocuments>
        <DistinctParties>
          <DistinctParty FixedRef="35096">
            <Profile ID="35096" PartySubTypeID="4">
              <Identity ID="1" FixedRef="35096" Primary="true" False="false">
                <Alias FixedRef="35096" AliasTypeID="1403" Primary="true" LowQuality="false">
                  <DocumentedName ID="1" FixedRef="35096" DocNameStatusID="1">
                    <DocumentedNamePart><NamePartValue NamePartGroupID="1" ScriptID="215">Vladimir Vladimirovich</NamePartValue></DocumentedNamePart>
                    <DocumentedNamePart><NamePartValue NamePartGroupID="2" ScriptID="215">PUTIN</NamePartValue></DocumentedNamePart>
                  </DocumentedName>
                  <DocumentedName ID="2" FixedRef="35096" DocNameStatusID="2">
                    <DocumentedNamePart><NamePartValue NamePartGroupID="3" ScriptID="220">Владимир Владимирович Путин</NamePartValue></DocumentedNamePart>
                  </DocumentedName>
                </Alias>
                <Alias FixedRef="35096" AliasTypeID="1400" Primary="false" LowQuality="true">
                  <DocumentedName ID="3" FixedRef="35096" DocNameStatusID="1">
                    <DocumentedNamePart><NamePartValue NamePartGroupID="4" ScriptID="215">VOVA</NamePartValue></DocumentedNamePart>
                  </DocumentedName>
                </Alias>
              </Identity>
              <Feature ID="9" FeatureTypeID="8"><FeatureVersion ID="9" ReliabilityID="1"><DatePeriod CalendarTypeID="1" YearFixed="false" MonthFixed="false" DayFixed="false"><Start Approximate="false" YearFixed="false" MonthFixed="false" DayFixed="false"><From><Year>1952</Year><Month>10</Month><Day>7</Day></From><To><Year>1952</Year><Month>10</Month><Day>7</Day></To></Start></DatePeriod></FeatureVersion></Feature>
              <Feature ID="10" FeatureTypeID="10"><FeatureVersion ID="10" ReliabilityID="1"><VersionDetail DetailTypeID="1431">Russia</VersionDetail></FeatureVersion></Feature>
            </Profile>
          </DistinctParty>
        </DistinctParties>
        <SanctionsEntries>
          <SanctionsEntry ID="1" ProfileID="35096" ListID="1550"><EntryEvent ID="1" EntryEventTypeID="1" LegalBasisID="1"><Date><Year>2022</Year><Month>2</Month><Day>25</Day></Date></EntryEvent>
            <SanctionsMeasure ID="1" SanctionsTypeID="1"><Comment>RUSSIA-EO14024</Comment></SanctionsMeasure>
          </SanctionsEntry>
        </SanctionsEntries>
        <IDRegDocuments>
          <IDRegDocument ID="902" IDRegDocTypeID="1596" IdentityID="1"><IDRegistrationNo>772000000001</IDRegistrationNo></IDRegDocument>
        </IDRegDocuments>
      </Sanctions>
      """;

  @Test
  void readsSdnAdvancedXmlWithOriginalScriptNames(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("SDN_ADVANCED.XML");
    Files.writeString(f, ADVANCED, StandardCharsets.UTF_8);
    ListEntity p = Lists.load(f, OfacCsvTest.CLOCK).entities().get(0);
    assertThat(p.id()).isEqualTo("ofac-35096");
    assertThat(p.schema()).isEqualTo(EntitySchema.PERSON);
    assertThat(p.names()).contains("Владимир Владимирович Путин");
    assertThat(p.weakAliases()).containsExactly("VOVA");
    assertThat(p.birthDates()).containsExactly("1952-10-07");
    assertThat(p.countries()).containsExactly("ru");
    assertThat(p.programs()).containsExactly("RUSSIA-EO14024");
  }

  @Test
  void readsNationalityThroughALocationWhereverTheLocationsStand(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("SDN_ADVANCED.XML");
    String viaLocation =
        ADVANCED
            .replace(
                "<VersionDetail DetailTypeID=\"1431\">Russia</VersionDetail>",
                "<VersionLocation LocationID=\"25154\"/>")
            .replace(
                "<CountryValues><Country ID=\"11208\" ISO2=\"RU\">Russia</Country></CountryValues>",
                "<CountryValues><Country ID=\"11208\" ISO2=\"RU\">Russia</Country>"
                    + "<Country ID=\"11209\" ISO2=\"BY\">Belarus</Country></CountryValues>")
            .replace(
                "</Sanctions>",
                "<Locations><Location ID=\"25154\"><LocationCountry CountryID=\"11209\""
                    + " CountryRelevanceID=\"1\"/></Location>"
                    + "<Location ID=\"25155\"><LocationCountry CountryID=\"11208\"/></Location>"
                    + "</Locations></Sanctions>");
    assertThat(viaLocation).contains("VersionLocation").doesNotContain("1431\">Russia");
    Files.writeString(f, viaLocation, StandardCharsets.UTF_8);
    ListEntity p = Lists.load(f, OfacCsvTest.CLOCK).entities().get(0);
    // the Locations section comes after the parties: resolved at the end, only the one referred to
    assertThat(p.countries()).containsExactly("by");
    // and before them, as well
    String before =
        viaLocation
            .replaceAll("<Locations>.*</Locations>", "")
            .replace(
                "<DistinctParties>",
                "<Locations><Location ID=\"25154\"><LocationCountry CountryID=\"11209\"/>"
                    + "</Location></Locations><DistinctParties>");
    assertThat(before.indexOf("<Locations>")).isLessThan(before.indexOf("<DistinctParties>"));
    Files.writeString(f, before, StandardCharsets.UTF_8);
    assertThat(Lists.load(f, OfacCsvTest.CLOCK).entities().get(0).countries())
        .containsExactly("by");
  }

  @Test
  void readsIdentityDocumentsLinkedThroughTheIdentityWhereverTheyStand(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("SDN_ADVANCED.XML");
    Files.writeString(f, ADVANCED, StandardCharsets.UTF_8);
    ListEntity p = Lists.load(f, OfacCsvTest.CLOCK).entities().get(0);
    // one document before the parties (where OFAC writes them), one after the last section
    assertThat(p.identifiers())
        .containsExactly(
            new Identifier("Passport", "1234 56789", "Russia"),
            new Identifier("Tax ID No.", "772000000001", ""));
  }

  @Test
  void anIdentifierFromTheAdvancedFileMatchesAsACsvIdentifierDoes(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("SDN_ADVANCED.XML");
    Files.writeString(f, ADVANCED, StandardCharsets.UTF_8);
    Screener s = Screener.of(java.util.List.of(Lists.load(f, OfacCsvTest.CLOCK)));
    ScreeningQuery q =
        new ScreeningQuery(
            "Ivan Sidorov", EntitySchema.PERSON, "", "", java.util.List.of("123456789"));
    java.util.List<ScreeningResult> r = s.screen(q, 0.9, 5);
    assertThat(r).hasSize(1);
    assertThat(r.get(0).score()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.get(0).explanation().adjustments())
        .anySatisfy(a -> assertThat(a.detail()).isEqualTo("Passport 1234 56789"));
  }

  @Test
  void skipsAndCountsADocumentOfAnUnknownIdentityAsOtherDanglingReferences(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("SDN_ADVANCED.XML");
    Files.writeString(
        f,
        ADVANCED.replace("IdentityID=\"1\" IssuedBy", "IdentityID=\"999\" IssuedBy"),
        StandardCharsets.UTF_8);
    OfacAdvancedXml.Read read = OfacAdvancedXml.read(f, "us_ofac", OfacCsvTest.CLOCK);
    assertThat(read.danglingDocuments()).isEqualTo(1);
    assertThat(read.list().entities().get(0).identifiers())
        .extracting(Identifier::value)
        .containsExactly("772000000001");
  }

  @Test
  void rejectsAMalformedAdvancedFileWithTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("SDN_ADVANCED.XML");
    Files.writeString(
        f,
        "<Sanctions>\n<DistinctParties>\n<DistinctParty FixedRef=\"1\">\n</DistinctParties>\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Lists.load(f, OfacCsvTest.CLOCK))
        .isInstanceOfSatisfying(ListFileRejected.class, e -> assertThat(e.line()).isEqualTo(4));
    Files.writeString(
        f,
        "<Sanctions>\n<DistinctParties>\n<DistinctParty FixedRef=\"1\">\n<Profile>\n"
            + "</Profile></DistinctParty></DistinctParties></Sanctions>\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Lists.load(f, OfacCsvTest.CLOCK))
        .isInstanceOfSatisfying(
            ListFileRejected.class,
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.reason()).isEqualTo("Profile without ID");
            });
  }

  @Test
  void refusesDoctypesInTheAdvancedFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("SDN_ADVANCED.XML");
    Files.writeString(
        f,
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<Sanctions>&e;</Sanctions>",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> OfacAdvancedXml.read(f, "us_ofac", OfacCsvTest.CLOCK))
        .isInstanceOfSatisfying(
            ListFileRejected.class, e -> assertThat(e.reason()).isEqualTo("DTDs are refused"));
  }
}
