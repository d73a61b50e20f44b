package io.vigil.process.actor;

import io.vigil.process.ProcessRecord;
import io.vigil.process.Require;
import io.vigil.process.marking.Marking;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person, entity, government or unit. Only a foreign person can be blocked under Sec. 2, so
 * {@code foreign} is explicit rather than derived from a country.
 */
public record Actor(
    String id,
    ActorKind kind,
    String name,
    boolean foreign,
    String country,
    List<String> aliases,
    List<Identifier> identifiers,
    List<Relation> relations,
    @Nullable LocalDate birthDate,
    Marking marking,
    String notes,
    List<String> verify)
    implements ProcessRecord {

  public Actor {
    id = Require.text(id, "id", 64);
    Require.present(kind, "kind");
    name = Require.text(name, "name", 300);
    country = Require.optionalText(country, "country", 60);
    aliases = Require.list(aliases, "aliases");
    identifiers = Require.list(identifiers, "identifiers");
    relations = Require.list(relations, "relations");
    Require.field(
        birthDate == null || kind == ActorKind.PERSON,
        "birthDate",
        "only a person has a birth date");
    Require.present(marking, "marking");
    notes = Require.optionalText(notes, "notes", 10000);
    verify = Require.list(verify, "verify");
  }

  @Override
  public @Nullable String electionId() {
    return null;
  }
}
