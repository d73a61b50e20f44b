package io.vigil.stix.validation;

import java.util.List;

/** The result of validating one bundle: how many objects it holds and what is wrong with them. */
public record ValidationReport(int objects, List<StixViolation> violations) {
  public ValidationReport {
    violations = List.copyOf(violations);
  }

  public boolean valid() {
    return violations.isEmpty();
  }
}
