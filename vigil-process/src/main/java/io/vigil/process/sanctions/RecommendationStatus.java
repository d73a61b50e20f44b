package io.vigil.process.sanctions;

/**
 * Drafted jointly by State and Treasury → submitted to the President → decided; reopened by
 * amendments.
 */
public enum RecommendationStatus {
  DRAFT,
  SUBMITTED,
  DECIDED,
  NEEDS_REVIEW
}
