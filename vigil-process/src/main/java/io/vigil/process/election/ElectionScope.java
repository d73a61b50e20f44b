package io.vigil.process.election;

/** Sec. 8(e): an election for Federal office; Sec. 1(e): State, tribal or local elections too. */
public enum ElectionScope {
  FEDERAL,
  STATE,
  TRIBAL,
  LOCAL
}
