package io.vigil.process.actor;

/**
 * Sec. 8(a)/(b): a person is an individual or an entity; governments and units are entities too.
 */
public enum ActorKind {
  PERSON,
  ENTITY,
  GOVERNMENT,
  UNIT
}
