package io.vigil.stix.catalog;

import io.vigil.process.activity.Framework;

/** A technique reference whose id is not in its framework's catalog. */
public final class UnknownTechnique extends RuntimeException {
  private final Framework framework;
  private final String techniqueId;

  public UnknownTechnique(Framework framework, String techniqueId, String message) {
    super(message);
    this.framework = framework;
    this.techniqueId = techniqueId;
  }

  public Framework framework() {
    return framework;
  }

  public String techniqueId() {
    return techniqueId;
  }
}
