package io.vigil.stix.catalog;

/**
 * A tactic of a framework, e.g. DISARM {@code TA15 Establish Assets} ({@code establish-assets}) or
 * ATT&CK {@code TA0001 Initial Access}.
 *
 * @param shortname the kill-chain phase name techniques use to point at the tactic
 */
public record Tactic(String id, String shortname, String name) {
  public Tactic {
    id = io.vigil.process.Require.text(id, "tactic.id", 40);
    shortname = io.vigil.process.Require.text(shortname, "tactic.shortname", 100);
    name = io.vigil.process.Require.text(name, "tactic.name", 200);
  }

  @Override
  public String toString() {
    return id + " " + name;
  }
}
