package io.vigil.screening;

import java.time.LocalDate;
import java.util.List;

/**
 * A Sec. 2 designation of EO 13848, as the process module determines it, ready to publish.
 *
 * @param id Vigil's identifier of the designation (becomes the entity id)
 * @param name the primary name, "LAST, First" for persons
 * @param aliases other names
 * @param schema person or organization
 * @param birthDate ISO date or prefix, or empty
 * @param nationality country name or ISO code, or empty
 * @param identifiers passports, registration numbers, …
 * @param programs programs; ELECTION-EO13848 is always among them
 * @param listedOn date of designation
 */
public record Designation(
    String id,
    String name,
    List<String> aliases,
    EntitySchema schema,
    String birthDate,
    String nationality,
    List<Identifier> identifiers,
    List<String> programs,
    LocalDate listedOn) {

  /** The program tag of EO 13848 designations. */
  public static final String PROGRAM = "ELECTION-EO13848";

  public Designation {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (schema == null) {
      throw new IllegalArgumentException("schema must not be null");
    }
    if (listedOn == null) {
      throw new IllegalArgumentException("listedOn must not be null");
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    birthDate = birthDate == null ? "" : birthDate;
    nationality = nationality == null ? "" : nationality;
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    java.util.LinkedHashSet<String> p = new java.util.LinkedHashSet<>();
    p.add(PROGRAM);
    if (programs != null) {
      p.addAll(programs);
    }
    programs = List.copyOf(p);
  }

  /** This designation as a list entity. */
  public ListEntity toEntity() {
    String cc = nationality.isEmpty() ? "" : Countries.code(nationality);
    return new ListEntity(
        id,
        schema,
        name,
        aliases,
        List.of(),
        birthDate.isEmpty() ? List.of() : List.of(birthDate),
        cc.isEmpty() ? List.of() : List.of(cc),
        identifiers,
        programs,
        "Listed " + listedOn + ".");
  }
}
