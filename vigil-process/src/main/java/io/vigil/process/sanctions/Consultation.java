package io.vigil.process.sanctions;

import io.vigil.process.Require;
import java.time.Instant;

/** A recorded consultation of one department on a determination. */
public record Consultation(Department department, String by, Instant at, String note) {
  public Consultation {
    Require.present(department, "department");
    by = Require.text(by, "by", 64);
    Require.present(at, "at");
    note = Require.optionalText(note, "note", 4000);
  }
}
