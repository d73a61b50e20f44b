package io.vigil.stix.validation;

import org.jspecify.annotations.Nullable;

/**
 * One way a bundle breaks the STIX 2.1 schemas: which object (its index in {@code objects}, its
 * type and id, as far as they can be read), which property (a path inside the object, {@code $} for
 * the object itself) and what is wrong.
 *
 * @param index index of the object in the bundle's {@code objects}, or -1 for the bundle itself
 */
public record StixViolation(
    int index, @Nullable String type, @Nullable String id, String path, String message) {

  public StixViolation {
    path = path == null || path.isBlank() ? "$" : path;
    message = message == null ? "" : message.strip();
  }

  /** The object as a reader finds it: {@code objects[3] (indicator indicator--…)}. */
  public String object() {
    if (index < 0) {
      return "bundle";
    }
    StringBuilder b = new StringBuilder("objects[").append(index).append(']');
    if (type != null || id != null) {
      b.append(" (")
          .append(type == null ? "?" : type)
          .append(' ')
          .append(id == null ? "?" : id)
          .append(')');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return object() + " " + path + ": " + message;
  }
}
