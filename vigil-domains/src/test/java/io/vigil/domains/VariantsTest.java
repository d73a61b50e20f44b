package io.vigil.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VariantsTest {
  @Test
  void generatesEveryDnstwistFuzzerOnce() {
    List<Variant> variants = Variants.generate("senate.gov");
    Map<String, String> byDomain =
        variants.stream().collect(Collectors.toMap(Variant::domain, Variant::fuzzer));
    assertThat(byDomain)
        .containsEntry("senaet.gov", "transposition")
        .containsEntry("snate.gov", "omission")
        .containsEntry("seenate.gov", "repetition")
        .containsEntry("sen-ate.gov", "hyphenation")
        .containsEntry("sen.ate.gov", "subdomain")
        .containsEntry("senate.group", "tld-swap")
        .containsEntry("adfs-senate.gov", "dictionary")
        .containsEntry("senategov.gov", "various")
        .containsEntry("senates.gov", "plural")
        .doesNotContainKey("senate.gov");
    assertThat(variants.stream().map(Variant::fuzzer).distinct())
        .contains(
            "addition", "bitsquatting", "homoglyph", "insertion", "replacement", "vowel-swap");
    assertThat(byDomain.keySet()).anySatisfy(d -> assertThat(d).startsWith("xn--"));
    assertThat(byDomain.keySet()).allSatisfy(d -> Host.parse(d));
  }

  @Test
  void theDetectorAlertsOnTheSingleEditTyposOfAProtectedName() {
    LookalikeDetector detector = LookalikeDetector.withDefaults();
    List<Variant> typos =
        Variants.generate("actblue.com").stream()
            .filter(
                v ->
                    List.of("omission", "transposition", "repetition", "vowel-swap", "insertion")
                        .contains(v.fuzzer()))
            .toList();
    assertThat(typos).hasSizeGreaterThan(20);
    assertThat(typos)
        .allSatisfy(
            v -> {
              Verdict verdict = detector.check(v.domain());
              assertThat(verdict.alert()).as(v.domain()).isTrue();
              assertThat(verdict.imitates().org()).isEqualTo("ActBlue");
            });
  }

  @Test
  void refusesAPublicSuffix() {
    assertThatThrownBy(() -> Variants.generate("co.uk")).isInstanceOf(InvalidDomain.class);
  }
}
