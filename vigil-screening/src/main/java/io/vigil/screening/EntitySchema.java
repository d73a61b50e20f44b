package io.vigil.screening;

import java.util.Locale;

/** The kind of a listed or screened party, after FollowTheMoney's matchable schemata. */
public enum EntitySchema {
  PERSON,
  ORGANIZATION,
  VESSEL,
  AIRCRAFT,
  /**
   * Unknown or not stated (FollowTheMoney {@code LegalEntity}/{@code Thing}); compatible with all.
   */
  UNKNOWN;

  /** The FollowTheMoney schema name used when publishing. */
  public String ftmName() {
    return switch (this) {
      case PERSON -> "Person";
      case ORGANIZATION -> "Organization";
      case VESSEL -> "Vessel";
      case AIRCRAFT -> "Airplane";
      case UNKNOWN -> "LegalEntity";
    };
  }

  /**
   * Parses a schema as written by users, OFAC ({@code individual}, {@code vessel}, {@code
   * aircraft}, empty for entities) or FollowTheMoney ({@code Person}, {@code Company}, …).
   */
  public static EntitySchema parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "person", "individual", "people" -> PERSON;
      case "organization",
          "organisation",
          "company",
          "business",
          "entity",
          "publicbody",
          "legalentity-org" ->
          ORGANIZATION;
      case "vessel", "ship" -> VESSEL;
      case "aircraft", "airplane" -> AIRCRAFT;
      default -> UNKNOWN;
    };
  }

  /** Whether a query of this schema may match an entity of the other one. */
  boolean compatibleWith(EntitySchema other) {
    if (this == UNKNOWN || other == UNKNOWN || this == other) {
      return true;
    }
    // a person is never a vessel; an organization may own a vessel's name
    return !(this == PERSON || other == PERSON);
  }
}
