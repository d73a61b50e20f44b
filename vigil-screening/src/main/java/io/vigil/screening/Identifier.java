package io.vigil.screening;

import java.util.Locale;

/**
 * An identifier of a listed party (passport, tax number, IMO number, SWIFT/BIC, …).
 *
 * @param type the label as the list writes it ({@code Passport}, {@code Tax ID No.}, {@code IMO})
 * @param value the identifier as written
 * @param country the issuing country as written, or empty
 */
public record Identifier(String type, String value, String country) {
  public Identifier {
    if (type == null) {
      throw new IllegalArgumentException("type must not be null");
    }
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    if (country == null) {
      country = "";
    }
  }

  /** The value with everything but letters and digits removed, upper case: the matching key. */
  public String key() {
    return normalize(value);
  }

  static String normalize(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }
}
