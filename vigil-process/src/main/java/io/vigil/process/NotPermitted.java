package io.vigil.process;

/** The user's roles do not allow the step. Reported as 403. */
public class NotPermitted extends ProcessException {
  public NotPermitted(String message) {
    super(message);
  }
}
