package io.vigil.process;

/**
 * A step the order or our segregation of duties forbids (approving one's own draft, transmitting an
 * unapproved assessment, opening Sec. 3 before both products are transmitted). Reported as 409.
 */
public class RuleViolated extends ProcessException {
  private final String rule;

  public RuleViolated(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  /** A stable identifier of the rule, e.g. {@code segregation-of-duties}. */
  public String rule() {
    return rule;
  }
}
