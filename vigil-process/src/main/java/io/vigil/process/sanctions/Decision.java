package io.vigil.process.sanctions;

/** The President's decision on the Sec. 3(b) recommendation. */
public enum Decision {
  PENDING,
  APPROVED,
  PARTIALLY_APPROVED,
  REJECTED
}
