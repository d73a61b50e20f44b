package io.vigil.process.product;

import io.vigil.process.Require;
import java.time.Instant;

/** Sec. 1(c): relevant information emerged later and the product was amended. */
public record Amendment(int fromVersion, Instant at, String by, String reason) {
  public Amendment {
    by = Require.text(by, "by", 64);
    reason = Require.text(reason, "reason", 4000);
    Require.present(at, "at");
  }
}
