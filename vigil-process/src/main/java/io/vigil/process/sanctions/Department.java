package io.vigil.process.sanctions;

/** The departments Treasury must consult before a Sec. 2 determination. */
public enum Department {
  STATE,
  JUSTICE,
  HOMELAND_SECURITY
}
