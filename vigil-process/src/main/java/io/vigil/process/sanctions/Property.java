package io.vigil.process.sanctions;

import io.vigil.process.Require;

/** Identified property of a blocked person: an aircraft by tail number, a vessel by name or IMO. */
public record Property(String kind, String identifier, String description) {
  public Property {
    kind = Require.text(kind, "property.kind", 40);
    identifier = Require.text(identifier, "property.identifier", 100);
    description = Require.optionalText(description, "property.description", 1000);
  }
}
