package io.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.stix.catalog.TechniqueCatalog;
import io.vigil.stix.validation.StixValidator;
import io.vigil.stix.validation.StixViolation;
import io.vigil.stix.validation.ValidationReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StixValidatorTest {
  private static final StixValidator VALIDATOR = StixValidator.offline(SharedData.schemas());

  private static ValidationReport validate(String json) {
    return VALIDATOR.validate(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyOasisExampleBundleIsValid() throws Exception {
    for (Path p : SharedData.examples()) {
      if (p.getFileName().toString().equals("interop-objectmarking-test.json")) {
        continue;
      }
      ValidationReport r = VALIDATOR.validate(Files.readAllBytes(p));
      assertThat(r.violations()).as(p.toString()).isEmpty();
      assertThat(r.objects()).as(p.toString()).isPositive();
    }
  }

  @Test
  void theInteropExampleIsABareCampaignNotABundle() throws Exception {
    Path p =
        SharedData.frameworks()
            .resolve("stix21-json-schemas/examples/interop-objectmarking-test.json");
    JsonNode campaign = StixJson.mapper().readTree(Files.readAllBytes(p));

    ValidationReport asBundle = VALIDATOR.validate(campaign);

    assertThat(asBundle.violations())
        .extracting(StixViolation::path)
        .containsExactly("$.type", "$.id");
    assertThat(asBundle.violations().getFirst().toString())
        .isEqualTo("bundle $.type: must be \"bundle\"");
    // the object itself is a valid campaign
    assertThat(VALIDATOR.validateObject(0, campaign)).isEmpty();
  }

  @Test
  void theDisarmBundleIsValid() throws Exception {
    ValidationReport r =
        VALIDATOR.validate(
            Files.readAllBytes(SharedData.frameworks().resolve("disarm-stix21.json")));

    assertThat(r.violations()).isEmpty();
    assertThat(r.objects()).isEqualTo(698);
  }

  @Test
  void attackEnterpriseIsInvalidAsStix20AndValidOnceConverted() throws Exception {
    JsonNode attack20;
    try (InputStream in =
        new GZIPInputStream(
            Files.newInputStream(SharedData.frameworks().resolve(TechniqueCatalog.ATTACK_FILE)))) {
      attack20 = StixJson.mapper().readTree(in);
    }
    ValidationReport before = VALIDATOR.validate(attack20);
    assertThat(before.violations()).isNotEmpty();
    assertThat(before.violations().getFirst().message()).contains("spec_version");

    ValidationReport after = VALIDATOR.validate(TechniqueCatalog.convert20to21(attack20));

    assertThat(after.violations()).isEmpty();
    assertThat(after.objects()).isEqualTo(9014);
  }

  @Test
  void errorsNameTheObjectAndTheProperty() {
    ValidationReport r =
        validate(
            """
            {"type":"bundle","id":"bundle--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b7e","objects":[
              {"type":"identity","spec_version":"2.1","id":"identity--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b70",
               "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"ok"},
              {"type":"indicator","spec_version":"2.1","id":"indicator--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b71",
               "created":"2024-01-01T00:00:00Z","modified":"2024-01-01T00:00:00.000Z",
               "pattern_type":"stix","valid_from":"2024-01-01T00:00:00Z","confidence":300}
            ]}
            """);

    assertThat(r.valid()).isFalse();
    assertThat(r.violations())
        .allSatisfy(
            v -> {
              assertThat(v.index()).isEqualTo(1);
              assertThat(v.type()).isEqualTo("indicator");
              assertThat(v.id()).isEqualTo("indicator--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b71");
            });
    assertThat(r.violations())
        .extracting(StixViolation::path)
        .contains("/created", "/confidence", "$");
    assertThat(r.violations().stream().map(StixViolation::toString))
        .anyMatch(
            s ->
                s.startsWith("objects[1] (indicator indicator--6f7c0a8e")
                    && s.contains("'pattern'"));
  }

  @Test
  void aCustomObjectIsCheckedAgainstTheCoreProperties() {
    ValidationReport r =
        validate(
            """
            {"type":"bundle","id":"bundle--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b7e","objects":[
              {"type":"x-acme-widget","id":"x-acme-widget--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b72",
               "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z"}
            ]}
            """);

    assertThat(r.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.type()).isEqualTo("x-acme-widget");
              assertThat(v.message()).contains("spec_version");
            });
  }

  @Test
  void badJsonIsReportedWithItsLine() {
    ValidationReport r = validate("{\"type\":\"bundle\",\n\"id\": oops}");

    assertThat(r.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.index()).isEqualTo(-1);
              assertThat(v.message()).startsWith("is not JSON").contains("line 2");
            });
  }

  @Test
  void anEmptyBundleIsRefused() {
    ValidationReport r =
        validate(
            "{\"type\":\"bundle\",\"id\":\"bundle--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b7e\",\"objects\":[]}");

    assertThat(r.violations()).extracting(StixViolation::path).containsExactly("$.objects");
  }

  @Test
  void aFolderWithoutTheSchemasIsRefusedClearly(@org.junit.jupiter.api.io.TempDir Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StixValidator.offline(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no STIX 2.1 schemas in " + dir);
  }
}
