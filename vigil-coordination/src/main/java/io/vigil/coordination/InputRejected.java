package io.vigil.coordination;

/**
 * The input cannot be analysed: it is empty, it is not in the stated format, or a row is malformed
 * and the options say to stop. The message names the source, line and field where known.
 */
public final class InputRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;

  public InputRejected(String source, long line, String message) {
    super(source + (line > 0 ? ":" + line : "") + ": " + message);
    this.source = source;
    this.line = line;
  }

  /** The file name or label of the input. */
  public String source() {
    return source;
  }

  /** The 1-based physical line, or 0 when the problem is not tied to a line. */
  public long line() {
    return line;
  }
}
