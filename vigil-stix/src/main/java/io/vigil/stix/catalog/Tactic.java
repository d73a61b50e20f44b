package io.vigil.stix.catalog;

/**
 * A tactic of a framework, e.g. DISARM {@code TA15 Establish Assets} ({@code establish-assets}) or
 * ATT&CK {@code TA0001 Initial Access}.
 *
 * @param shortname the kill-chain phase name techniques use to point at the tactic
 */
public record Tactic(String id, String shortname, String name) {
  @Override
  public String toString() {
    return id + " " + name;
  }
}
