package io.vigil.process;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Precondition helpers that name the offending field, in the manner of Caffeine's {@code
 * requireArgument}. Every record of the process validates itself with these in its compact
 * constructor, so that a bad value never enters the system and the error names the field.
 */
public final class Require {
  private Require() {}

  /** Throws {@link InvalidField} naming {@code field} unless {@code condition} holds. */
  public static void field(boolean condition, String field, String message, Object... args) {
    if (!condition) {
      throw new InvalidField(field, String.format(message, args));
    }
  }

  /** Returns {@code value} or throws {@link InvalidField} naming {@code field} when it is null. */
  public static <T> T present(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidField(field, "is required");
    }
    return value;
  }

  /** Returns the trimmed text or throws when it is null or blank, or longer than {@code max}. */
  public static String text(@Nullable String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidField(field, "is required and must not be blank");
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw new InvalidField(
          field, "must be at most " + max + " characters (was " + trimmed.length() + ")");
    }
    return trimmed;
  }

  /**
   * Returns the trimmed text, or the empty string for null; throws when longer than {@code max}.
   */
  public static String optionalText(@Nullable String value, String field, int max) {
    if (value == null) {
      return "";
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw new InvalidField(
          field, "must be at most " + max + " characters (was " + trimmed.length() + ")");
    }
    return trimmed;
  }

  /** An immutable copy of the list, with null treated as empty; null elements are refused. */
  public static <T> java.util.List<T> list(@Nullable Collection<T> values, String field) {
    if (values == null) {
      return java.util.List.of();
    }
    for (T v : values) {
      if (v == null) {
        throw new InvalidField(field, "must not contain null elements");
      }
    }
    return java.util.List.copyOf(values);
  }
}
