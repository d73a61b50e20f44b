package io.vigil.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.net.InternetDomainName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostTest {
  @Test
  void findsTheRegistrableLabelOnThePublicSuffixList() {
    Host host = Host.parse("Adfs.Senate.gov.example.co.uk.");
    assertThat(host.ascii()).isEqualTo("adfs.senate.gov.example.co.uk");
    assertThat(host.labels()[host.registrable()]).isEqualTo("example");
    assertThat(host.suffix()).isEqualTo("co.uk");
    assertThat(Host.parse("*.senate.group").registrableDomain()).isEqualTo("senate.group");
  }

  @Test
  void treatsHostingPlatformsAsSuffixesSoTheirTenantsAreExamined() {
    Host host = Host.parse("updateservicecenter.blogspot.com");
    assertThat(host.labels()[host.registrable()]).isEqualTo("updateservicecenter");
    assertThat(host.privateSuffix()).isTrue();
    assertThat(Host.parse("blogspot.com").registrable()).isEqualTo(-1);
  }

  @Test
  void agreesWithGuavaInternetDomainNameOnRealDomains() throws IOException {
    Path file =
        Path.of(System.getProperty("vigil.shared.data", "../../shared/data"))
            .resolve("cyber/benign-opendns-random-10k.txt");
    List<String> names = Files.readAllLines(file).subList(0, 3000);
    for (String name : names) {
      InternetDomainName guava = InternetDomainName.from(name);
      Host host = Host.parse(name);
      if (guava.isUnderPublicSuffix()) {
        assertThat(host.registrableDomain())
            .as(name)
            .isEqualTo(guava.topPrivateDomain().toString());
      }
    }
  }

  @Test
  void convertsUnicodeAndPunycodeNames() {
    Host cyrillic = Host.parse("ѕenate.gov");
    assertThat(cyrillic.ascii()).startsWith("xn--");
    assertThat(cyrillic.idn()).isTrue();
    assertThat(cyrillic.unicodeLabel(0)).isEqualTo("ѕenate");
    assertThat(Host.parse(cyrillic.ascii()).unicode()).isEqualTo("ѕenate.gov");
  }

  @Test
  void rejectsNamesThatAreNotHostNamesWithTheReason() {
    assertThatThrownBy(() -> Host.parse("  ")).hasMessageContaining("empty name");
    assertThatThrownBy(() -> Host.parse("senate_gov.com"))
        .isInstanceOf(InvalidDomain.class)
        .hasMessageContaining("illegal character '_'");
    assertThatThrownBy(() -> Host.parse("a..com")).hasMessageContaining("empty label");
    assertThatThrownBy(() -> Host.parse("-senate.com"))
        .hasMessageContaining("starts or ends with '-'");
    assertThatThrownBy(() -> Host.parse("a".repeat(64) + ".com"))
        .hasMessageContaining("longer than 63");
    assertThatThrownBy(() -> Host.parse("localhost")).hasMessageContaining("single label");
    assertThatThrownBy(() -> Host.parse("10.0.0.1")).hasMessageContaining("IP address");
    assertThatThrownBy(() -> Host.parse("xn--zzzz-.com"))
        .isInstanceOf(InvalidDomain.class)
        .hasMessageContaining("illegal internationalised name");
    assertThatThrownBy(() -> Host.parse("a\u200Db.com"))
        .isInstanceOf(InvalidDomain.class)
        .hasMessageContaining("illegal internationalised name");
  }
}
