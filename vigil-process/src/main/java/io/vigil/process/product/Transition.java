package io.vigil.process.product;

import io.vigil.process.Require;
import java.time.Instant;

/** One step of a product's workflow, kept in its history. */
public record Transition(ProductStatus from, ProductStatus to, String by, Instant at, String note) {
  public Transition {
    Require.present(from, "from");
    Require.present(to, "to");
    by = Require.text(by, "by", 64);
    Require.present(at, "at");
    note = Require.optionalText(note, "note", 4000);
  }
}
