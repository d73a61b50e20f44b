package io.vigil.domains;

/**
 * A registry file that cannot be used: a malformed or duplicate row. Nothing of the file is used;
 * the message names the file, the line and the reason.
 */
public final class RegistryRejected extends RuntimeException {
  private final String source;
  private final int line;
  private final String reason;

  RegistryRejected(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** The 1-based line number of the offending row. */
  public int line() {
    return line;
  }

  /** Why the row was rejected. */
  public String reason() {
    return reason;
  }
}
