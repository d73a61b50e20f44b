package io.vigil.process.judgment;

/** Analytic confidence, as in the ICA annexes: the basis for a judgment, not its probability. */
public enum Confidence {
  LOW,
  MODERATE,
  HIGH
}
