package io.vigil.coordination;

/**
 * A row the reader skipped.
 *
 * @param line the 1-based physical line where the row starts
 * @param field the offending field (or {@code row} for a structural problem)
 * @param problem what is wrong with it
 */
public record MalformedRow(long line, String field, String problem) {
  public MalformedRow {
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
    if (field == null || problem == null) {
      throw new IllegalArgumentException("field and problem must be given");
    }
  }
}
