package io.vigil.process.product;

/** Sec. 1(b): "materially affected" includes these effects on information or data. */
public enum Effect {
  UNAUTHORIZED_ACCESS,
  DISCLOSURE,
  THREATENED_DISCLOSURE,
  ALTERATION_OR_FALSIFICATION
}
