package io.vigil.process.product;

/** The verdict for one category of the 1(b) report. */
public enum Verdict {
  MATERIALLY_AFFECTED,
  NOT_MATERIALLY_AFFECTED,
  UNABLE_TO_EVALUATE,
  AGENCIES_DISAGREE
}
