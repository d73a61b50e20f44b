package io.vigil.process.product;

import io.vigil.process.Require;
import java.time.Instant;

/** One agency's position on a product in coordination. */
public record CoordinationEntry(
    String agency, Position position, String by, Instant at, String note) {
  public CoordinationEntry {
    agency = Require.text(agency, "agency", 100);
    Require.present(position, "position");
    by = Require.text(by, "by", 64);
    Require.present(at, "at");
    note = Require.optionalText(note, "note", 4000);
    Require.field(
        position != Position.DISSENT || !note.isEmpty(),
        "note",
        "a dissent must say what it dissents from");
  }
}
