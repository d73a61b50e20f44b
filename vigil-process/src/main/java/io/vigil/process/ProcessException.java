package io.vigil.process;

/**
 * The root of the business exceptions of the process. Each subclass is named for the business fact
 * it reports; the server translates them to RFC 9457 problem details.
 */
public class ProcessException extends RuntimeException {
  public ProcessException(String message) {
    super(message);
  }
}
