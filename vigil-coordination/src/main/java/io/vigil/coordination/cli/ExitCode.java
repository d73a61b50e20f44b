package io.vigil.coordination.cli;

/** Exit codes of the coordination commands (documented in each command's --help). */
public enum ExitCode {
  /** The command did what was asked. */
  OK(0),
  /** An unexpected error (I/O failure, bug). */
  ERROR(1),
  /** Usage error or bad input: wrong option, unreadable or empty input, wrong format. */
  USAGE_OR_INPUT(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  static final String[] HELP = {
    "0:OK",
    "1:Error (I/O failure or bug)",
    "2:Usage error or bad input (unknown option, empty input, format mismatch, malformed row with"
        + " --on-malformed=stop)"
  };
}
