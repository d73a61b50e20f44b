package io.vigil.cli;

/** The exit codes of every {@code vigil} command, listed in {@code vigil --help}. */
public enum ExitCode {
  /** The command did what was asked. */
  OK(0),
  /** Something went wrong while running (a file could not be written, the database is down). */
  ERROR(1),
  /** The command line or an input file is invalid; nothing was changed. */
  USAGE_ERROR(2),
  /** The command ran and found what it looks for (a broken audit chain, hits above threshold). */
  FINDINGS(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static ExitCode fromInt(int code) {
    for (ExitCode c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    throw new IllegalArgumentException("no exit code " + code);
  }
}
