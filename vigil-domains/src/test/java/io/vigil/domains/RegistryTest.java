package io.vigil.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegistryTest {
  private static final String HEADER = Registry.HEADER + "\n";

  private static Registry parse(String text) throws IOException {
    return Registry.parse(new StringReader(text), "test.tsv");
  }

  @Test
  void defaultRegistryCoversEveryStateAndDcWithASourceOnEveryRow() {
    Registry registry = Registry.defaults();
    List<Organization> states =
        registry.organizations().stream()
            .filter(o -> o.category().equals("state-election"))
            .toList();
    assertThat(states).hasSize(51);
    assertThat(states.stream().map(o -> o.id().substring(0, 2)).collect(Collectors.toSet()))
        .hasSize(51)
        .contains("dc", "ga", "pa", "wi", "az");
    assertThat(registry.organizations())
        .allSatisfy(o -> assertThat(o.source()).startsWith("https://"));
    assertThat(registry.organizations())
        .extracting(Organization::mainDomain)
        .contains(
            "senate.gov",
            "house.gov",
            "fec.gov",
            "eac.gov",
            "cisa.gov",
            "democrats.org",
            "gop.com",
            "actblue.com",
            "winred.com",
            "ngpvan.com",
            "iri.org",
            "ndi.org",
            "hudson.org",
            "microsoft.com",
            "google.com");
    assertThat(registry.organizations())
        .filteredOn(o -> o.id().equals("iri"))
        .singleElement()
        .satisfies(o -> assertThat(o.tokens()).containsExactly("iri"));
  }

  @Test
  void readsRowsWithListsCommentsAndBlankLines() throws IOException {
    Registry registry =
        parse(
            "# comment\n\n"
                + HEADER
                + "acme\tAcme Votes\tplatform\tacme.com;acme-vote.org\tacmevote\tacme\thttps://acme.com/\t\n");
    Organization acme = registry.organizations().getFirst();
    assertThat(acme.domains()).containsExactly("acme.com", "acme-vote.org");
    assertThat(acme.brands()).containsExactly("acmevote");
    assertThat(acme.tokens()).containsExactly("acme");
    assertThat(acme.verify()).isEmpty();
  }

  @Test
  void rejectsDuplicateIdNamingBothLines() {
    String text =
        HEADER
            + "acme\tAcme\tplatform\tacme.com\t\t\thttps://acme.com/\t\n"
            + "acme\tAcme again\tplatform\tacme2.com\t\t\thttps://acme.com/\t\n";
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(RegistryRejected.class)
        .hasMessage("test.tsv:3: duplicate id 'acme' (first on line 2)")
        .satisfies(e -> assertThat(((RegistryRejected) e).line()).isEqualTo(3));
  }

  @Test
  void rejectsADomainClaimedByTwoRows() {
    String text =
        HEADER
            + "acme\tAcme\tplatform\tacme.com\t\t\thttps://acme.com/\t\n"
            + "beta\tBeta\tplatform\tbeta.com;acme.com\t\t\thttps://beta.com/\t\n";
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(RegistryRejected.class)
        .hasMessageContaining("test.tsv:3:")
        .hasMessageContaining("'acme.com' is already claimed by the row on line 2");
  }

  @Test
  void rejectsMalformedRowsWithLineAndReason() {
    assertThatThrownBy(() -> parse(HEADER + "acme\tAcme\tplatform\tacme.com\n"))
        .hasMessage("test.tsv:2: expected 8 tab-separated fields, found 4");
    assertThatThrownBy(() -> parse(HEADER + "acme\tAcme\tplatform\tacme..com\t\t\thttps://a/\t\n"))
        .hasMessageStartingWith("test.tsv:2: domains:")
        .hasMessageContaining("empty label");
    assertThatThrownBy(() -> parse(HEADER + "acme\tAcme\tplatform\tacme.com\t\t\tsomewhere\t\n"))
        .hasMessage("test.tsv:2: source: must be the public http(s) address the row comes from");
    assertThatThrownBy(() -> parse(HEADER + "acme\tAcme\tbank\tacme.com\t\t\thttps://a/\t\n"))
        .hasMessageStartingWith("test.tsv:2: category: must be one of");
    assertThatThrownBy(
            () -> parse(HEADER + "acme\tAcme\tplatform\tacme.com\tAc Me\t\thttps://a/\t\n"))
        .hasMessageStartingWith("test.tsv:2: brands:");
    assertThatThrownBy(() -> parse("id\tname\n"))
        .hasMessageStartingWith("test.tsv:1: the header must be");
    assertThatThrownBy(() -> parse(HEADER)).hasMessage("test.tsv:1: no organisations");
  }

  @Test
  void rejectsANameListedTwiceInOneRow() {
    assertThatThrownBy(
            () -> parse(HEADER + "acme\tAcme\tplatform\tacme.com;acme.com\t\t\thttps://a/\t\n"))
        .hasMessage("test.tsv:2: 'acme.com' is listed twice in this row");
  }
}
