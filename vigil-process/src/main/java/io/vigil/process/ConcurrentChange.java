package io.vigil.process;

/** Someone else changed the record since it was read. Reported as 409. */
public class ConcurrentChange extends ProcessException {
  public ConcurrentChange(String kind, String id, int expected, int actual) {
    super(
        kind
            + " '"
            + id
            + "' is at version "
            + actual
            + ", not "
            + expected
            + ": reload and retry");
  }
}
