package io.vigil.process.sanctions;

/**
 * Sec. 3(b): the five sectors, one entity of each among the largest businesses; or comparable ones.
 */
public enum Sector {
  FINANCIAL_SERVICES,
  DEFENSE,
  ENERGY,
  TECHNOLOGY,
  TRANSPORTATION,
  /** A sector of comparable strategic significance, used with a justification. */
  COMPARABLE,
  /** Not one of the largest business entities (an individual or a front company). */
  NONE
}
