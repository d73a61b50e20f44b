package io.vigil.stix;

import io.vigil.stix.validation.StixViolation;
import java.util.List;

/** A bundle that fails the STIX 2.1 schemas; nothing of it was imported. */
public final class BundleRejected extends RuntimeException {
  private final List<StixViolation> violations;

  public BundleRejected(List<StixViolation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  private static String message(List<StixViolation> v) {
    StringBuilder b =
        new StringBuilder("the STIX bundle breaks the STIX 2.1 schemas (")
            .append(v.size())
            .append(v.size() == 1 ? " error" : " errors")
            .append("); nothing was imported");
    v.stream().limit(20).forEach(x -> b.append("\n  ").append(x));
    if (v.size() > 20) {
      b.append("\n  … ").append(v.size() - 20).append(" more");
    }
    return b.toString();
  }

  /** Every violation, each naming the object and the property. */
  public List<StixViolation> violations() {
    return violations;
  }
}
