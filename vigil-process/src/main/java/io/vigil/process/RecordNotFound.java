package io.vigil.process;

/**
 * No record with that id, or none the user may see: the two are deliberately indistinguishable so
 * that a marked record's existence does not leak. Reported as 404.
 */
public class RecordNotFound extends ProcessException {
  public RecordNotFound(String kind, String id) {
    super("no " + kind + " with id '" + id + "'");
  }
}
