package io.vigil.process.sanctions;

/** Sec. 2 determination: proposed → consultations done → determined → published → delisted. */
public enum DeterminationStatus {
  PROPOSED,
  DETERMINED,
  PUBLISHED,
  DELISTED
}
