package io.vigil.process.product;

/**
 * Draft → review → coordination (concur / dissent) → approved → transmitted; amended reopens a
 * draft.
 */
public enum ProductStatus {
  DRAFT,
  IN_REVIEW,
  IN_COORDINATION,
  APPROVED,
  TRANSMITTED
}
