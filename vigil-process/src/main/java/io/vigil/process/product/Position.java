package io.vigil.process.product;

/** An agency's position in coordination; in STIX terms an opinion (agree / disagree). */
public enum Position {
  CONCUR,
  CONCUR_WITH_COMMENT,
  DISSENT
}
