package io.vigil.screening;

import java.util.List;

/**
 * A party to screen.
 *
 * @param name the name as the customer or payment writes it, any script
 * @param schema person, organization, vessel, aircraft, or unknown
 * @param birthDate ISO date or prefix ({@code 1952-10-07}, {@code 1952}), or empty
 * @param nationality country name or ISO code, or empty
 * @param identifiers passport, tax or registration numbers, or empty
 */
public record ScreeningQuery(
    String name,
    EntitySchema schema,
    String birthDate,
    String nationality,
    List<String> identifiers) {

  /** Longest name accepted (characters). */
  public static final int MAX_NAME_LENGTH = 400;

  public ScreeningQuery {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "name is longer than " + MAX_NAME_LENGTH + " characters (" + name.length() + ")");
    }
    if (schema == null) {
      schema = EntitySchema.UNKNOWN;
    }
    birthDate = birthDate == null ? "" : birthDate.strip();
    if (!birthDate.isEmpty() && !birthDate.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException(
          "birthDate must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + birthDate + "'");
    }
    nationality = nationality == null ? "" : nationality.strip();
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  /** A query by name alone. */
  public static ScreeningQuery ofName(String name) {
    return new ScreeningQuery(name, EntitySchema.UNKNOWN, "", "", List.of());
  }
}
