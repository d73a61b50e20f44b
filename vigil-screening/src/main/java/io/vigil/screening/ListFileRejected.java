package io.vigil.screening;

/**
 * A list file was rejected whole: nothing of it was imported and the version in force stays. Names
 * the file, the line (1-based, 0 when the whole file is at fault) and the reason.
 */
public final class ListFileRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String reason;

  public ListFileRejected(String file, long line, String reason) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
