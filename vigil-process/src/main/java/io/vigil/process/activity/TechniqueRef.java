package io.vigil.process.activity;

import io.vigil.process.Require;

/**
 * A technique of a framework. DISARM and ATT&CK share the id shape (and DISARM even labels its ids
 * {@code mitre-attack}), so a technique is keyed by framework and id, never by the bare id.
 */
public record TechniqueRef(Framework framework, String id, String name) {
  public TechniqueRef {
    Require.present(framework, "technique.framework");
    id = Require.text(id, "technique.id", 20);
    Require.field(
        id.matches("T\\d{4}(\\.\\d{3})?"),
        "technique.id",
        "must look like T1234 or T1234.001 (was '%s')",
        id);
    name = Require.optionalText(name, "technique.name", 200);
  }

  public String key() {
    return framework.name() + ":" + id;
  }
}
