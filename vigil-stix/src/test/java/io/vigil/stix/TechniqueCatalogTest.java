package io.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.process.Kind;
import io.vigil.process.activity.Activity;
import io.vigil.process.activity.Framework;
import io.vigil.process.activity.TechniqueRef;
import io.vigil.stix.catalog.AttackGroup;
import io.vigil.stix.catalog.Tactic;
import io.vigil.stix.catalog.Technique;
import io.vigil.stix.catalog.TechniqueCatalog;
import io.vigil.stix.catalog.UnknownTechnique;
import org.junit.jupiter.api.Test;

class TechniqueCatalogTest {
  private final TechniqueCatalog catalog = Catalogs.get();

  @Test
  void disarmHasItsTechniquesAndSubTechniquesWithTheirTactics() {
    assertThat(catalog.techniques(Framework.DISARM)).hasSize(391);
    assertThat(catalog.techniques(Framework.DISARM).stream().filter(Technique::subtechnique))
        .hasSize(288);

    Technique t = catalog.technique(Framework.DISARM, "T0155.007").orElseThrow();
    assertThat(t.name()).isEqualTo("Encrypted Communication Channel");
    assertThat(t.parentId()).isEqualTo("T0155");
    assertThat(t.tactics())
        .extracting(Tactic::id, Tactic::shortname)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TA07", "select-channels-and-affordances"));
    assertThat(t.url()).contains("DISARMframeworks");
    assertThat(catalog.subtechniques(Framework.DISARM, "T0155"))
        .extracting(Technique::id)
        .contains("T0155.007");
  }

  @Test
  void attackTechniquesComeFromTheConvertedEnterpriseBundle() {
    Technique t = catalog.technique(Framework.ATTACK, "T1583.001").orElseThrow();
    assertThat(t.name()).isEqualTo("Domains");
    assertThat(t.parentId()).isEqualTo("T1583");
    assertThat(t.tactics()).extracting(Tactic::id).containsExactly("TA0042");
    assertThat(t.url()).isEqualTo("https://attack.mitre.org/techniques/T1583/001");
    assertThat(catalog.technique(Framework.ATTACK, "T1566").orElseThrow().name())
        .isEqualTo("Phishing");
  }

  @Test
  void theSameIdNamesDifferentTechniquesInEachFramework() {
    // DISARM labels T0002 "mitre-attack" too; the catalog never keys on the bare id
    assertThat(catalog.technique(Framework.DISARM, "T0002")).isPresent();
    assertThat(catalog.technique(Framework.ATTACK, "T0002")).isEmpty();
  }

  @Test
  void everyTechniqueOfTheDemoActivitiesIsInItsCatalog() {
    Demo demo = new Demo();
    for (Activity a : demo.store.list(Kind.ACTIVITY, null)) {
      for (TechniqueRef ref : a.techniques()) {
        Technique t = catalog.require(ref);
        assertThat(t.framework()).isEqualTo(ref.framework());
      }
    }
  }

  @Test
  void anUnknownTechniqueIsRefusedNamingFrameworkAndId() {
    TechniqueRef wrong = new TechniqueRef(Framework.DISARM, "T1566", "Phishing");

    assertThatThrownBy(() -> catalog.require(wrong))
        .isInstanceOf(UnknownTechnique.class)
        .hasMessage(
            "DISARM has no technique T1566 ('Phishing'); T1566 is ATT&CK Enterprise 'Phishing'")
        .satisfies(e -> assertThat(((UnknownTechnique) e).techniqueId()).isEqualTo("T1566"));
    assertThatThrownBy(() -> catalog.require(new TechniqueRef(Framework.ATTACK, "T9999", "")))
        .hasMessage("ATT&CK Enterprise has no technique T9999");
  }

  @Test
  void searchFindsByNameAndTactic() {
    assertThat(catalog.search(Framework.DISARM, "lookalike"))
        .extracting(Technique::id)
        .contains("T0149.003");
    assertThat(catalog.search(Framework.ATTACK, "spearphishing link"))
        .extracting(Technique::id)
        .contains("T1566.002", "T1598.003");
  }

  @Test
  void apt28IsGroupG0007WithTheTechniquesItUses() {
    AttackGroup g = catalog.group("g0007").orElseThrow();

    assertThat(g.name()).isEqualTo("APT28");
    assertThat(g.stixId()).isEqualTo("intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c");
    assertThat(g.aliases()).contains("Fancy Bear", "STRONTIUM");
    assertThat(g.techniqueIds()).contains("T1583.001", "T1566.001", "T1598.003");
  }
}
