package io.vigil.process.actor;

import io.vigil.process.Require;

/** A relation from the actor that holds it to {@code targetId}. */
public record Relation(RelationType type, String targetId, String note) {
  public Relation {
    Require.present(type, "relation.type");
    targetId = Require.text(targetId, "relation.targetId", 64);
    note = Require.optionalText(note, "relation.note", 1000);
  }
}
