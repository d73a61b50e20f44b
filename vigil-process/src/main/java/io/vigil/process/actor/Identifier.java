package io.vigil.process.actor;

import io.vigil.process.Require;

/**
 * An identifier of an actor: passport, tax id, tail number, OFAC entity number, ATT&CK group id…
 */
public record Identifier(String scheme, String value) {
  public Identifier {
    scheme = Require.text(scheme, "identifier.scheme", 60);
    value = Require.text(value, "identifier.value", 200);
  }
}
