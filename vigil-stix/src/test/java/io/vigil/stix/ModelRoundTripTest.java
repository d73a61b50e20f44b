package io.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.stix.model.AttackPattern;
import io.vigil.stix.model.Bundle;
import io.vigil.stix.model.Campaign;
import io.vigil.stix.model.GenericObject;
import io.vigil.stix.model.Identity;
import io.vigil.stix.model.Indicator;
import io.vigil.stix.model.MarkingDefinition;
import io.vigil.stix.model.StixObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ModelRoundTripTest {

  private static JsonNode tree(Path p) throws Exception {
    return StixJson.mapper().readTree(Files.readAllBytes(p));
  }

  @Test
  void everyOasisExampleBundleSurvivesReadAndWriteUnchanged() throws Exception {
    int bundles = 0;
    for (Path p : SharedData.examples()) {
      JsonNode original = tree(p);
      if (!"bundle".equals(original.path("type").asString())) {
        // interop-objectmarking-test.json is a bare campaign, not a bundle
        StixObject o = StixJson.mapper().treeToValue(original, StixObject.class);
        assertThat(o).as(p.toString()).isInstanceOf(Campaign.class);
        assertThat((JsonNode) StixJson.mapper().valueToTree(o))
            .as(p.toString())
            .isEqualTo(original);
        continue;
      }
      Bundle b = StixJson.read(original);
      assertThat(StixJson.tree(b)).as(p.toString()).isEqualTo(original);
      assertThat(StixJson.mapper().readTree(StixJson.write(b)))
          .as(p.toString())
          .isEqualTo(original);
      bundles++;
    }
    assertThat(bundles).isEqualTo(7);
  }

  @Test
  void disarmObjectsKeepTheirMitreCustomProperties() throws Exception {
    Path disarm = SharedData.frameworks().resolve("disarm-stix21.json");
    JsonNode original = tree(disarm);
    Bundle b = StixJson.read(original);

    assertThat(StixJson.tree(b)).isEqualTo(original);
    assertThat(b.objects()).hasSize(698);
    assertThat(b.all(AttackPattern.class)).hasSize(391);
    AttackPattern p = b.all(AttackPattern.class).getFirst();
    assertThat(p.other()).containsKey("x_mitre_is_subtechnique");
    assertThat(b.all(GenericObject.class))
        .extracting(StixObject::type)
        .containsOnly("x-mitre-tactic", "x-mitre-matrix")
        .hasSize(17);
    assertThat(b.all(MarkingDefinition.class).getFirst().definitionType()).isEqualTo("statement");
  }

  @Test
  void customPropertiesAndExtensionsSurviveARoundTrip() {
    String json =
        """
        {"type":"bundle","id":"bundle--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b7e","x_feed":"acme",
         "objects":[
          {"type":"identity","spec_version":"2.1","id":"identity--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b70",
           "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"ACME",
           "identity_class":"organization","x_opencti_reliability":"B - Usually reliable",
           "x_acme_scores":[1,2.50,{"deep":[true,null]}],
           "external_references":[{"source_name":"acme","external_id":"A-1","x_acme_rank":3}],
           "extensions":{"extension-definition--2a4d0c1e-4b6a-4d7e-9f1a-0c6f1b2e3d4a":
             {"extension_type":"property-extension","rating":9.75}}},
          {"type":"indicator","spec_version":"2.1","id":"indicator--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b71",
           "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z",
           "pattern":"[domain-name:value = 'my-iri.org']","pattern_type":"stix",
           "valid_from":"2018-08-21T00:00:00Z",
           "kill_chain_phases":[{"kill_chain_name":"mitre-attack","phase_name":"resource-development","x_note":"n"}]},
          {"type":"x-acme-widget","id":"x-acme-widget--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b72",
           "spec_version":"2.1","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z",
           "size":12345678901234567890}
         ]}
        """;
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonNode original = StixJson.mapper().readTree(bytes);

    Bundle b = StixJson.read(bytes);

    assertThat(StixJson.tree(b)).isEqualTo(original);
    Identity acme = b.all(Identity.class).getFirst();
    assertThat(acme.identityClass()).isEqualTo("organization");
    assertThat(acme.other()).containsKeys("x_opencti_reliability", "x_acme_scores");
    assertThat(acme.externalReferences().getFirst().other()).containsKey("x_acme_rank");
    assertThat(b.all(Indicator.class).getFirst().pattern()).contains("my-iri.org");
    assertThat(b.all(GenericObject.class).getFirst().type()).isEqualTo("x-acme-widget");
    assertThat(b.other()).containsKey("x_feed");
  }
}
