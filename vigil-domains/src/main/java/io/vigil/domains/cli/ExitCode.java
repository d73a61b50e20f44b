package io.vigil.domains.cli;

/** Exit codes of the {@code domains} commands, as listed in their {@code --help}. */
public enum ExitCode {
  /** Everything was checked. */
  OK(0),
  /** An input or output file could not be read or written. */
  ERROR(1),
  /**
   * Usage error or bad input: unknown option, rejected registry, unusable lines (named on stderr).
   */
  USAGE_ERROR(2),
  /** {@code --fail-on-alert} was given and at least one domain alerted. */
  ALERTS_FOUND(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }
}
