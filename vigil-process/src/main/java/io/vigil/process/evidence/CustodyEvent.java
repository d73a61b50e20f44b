package io.vigil.process.evidence;

import io.vigil.process.Require;
import java.time.Instant;

/** One link of the chain of custody: who did what to the item, when. */
public record CustodyEvent(Instant at, String by, String action, String note) {
  public CustodyEvent {
    Require.present(at, "custody.at");
    by = Require.text(by, "custody.by", 64);
    action = Require.text(action, "custody.action", 60);
    note = Require.optionalText(note, "custody.note", 1000);
  }
}
