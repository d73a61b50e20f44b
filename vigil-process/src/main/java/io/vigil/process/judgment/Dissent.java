package io.vigil.process.judgment;

import io.vigil.process.Require;

/**
 * A dissent or minority view of an agency on a judgment (e.g. the NIO for Cyber on China, 2020).
 */
public record Dissent(String agency, boolean minorityView, String view) {
  public Dissent {
    agency = Require.text(agency, "dissent.agency", 100);
    view = Require.text(view, "dissent.view", 4000);
  }
}
