package io.vigil.process;

/** A value that breaks a rule of the process; names the field so that the edge can report it. */
public class InvalidField extends ProcessException {
  private final String field;

  public InvalidField(String field, String message) {
    super(field + " " + message);
    this.field = field;
  }

  /** The name of the offending field, as the API spells it. */
  public String field() {
    return field;
  }
}
