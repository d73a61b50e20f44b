package io.vigil.domains;

/** A name that is not a usable domain name: empty, illegal characters or IDN, too long, an IP. */
public final class InvalidDomain extends IllegalArgumentException {
  private final String input;
  private final String reason;

  InvalidDomain(String input, String reason) {
    super("'" + input + "' is not a domain name: " + reason);
    this.input = input;
    this.reason = reason;
  }

  /** The text that was given. */
  public String input() {
    return input;
  }

  /** Why it was rejected, without the input. */
  public String reason() {
    return reason;
  }
}
