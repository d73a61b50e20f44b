package io.vigil.process.deadline;

/** Where a product stands against its deadline. */
public enum DeadlineState {
  /** Not delivered, due date not passed. */
  PENDING,
  /** Not delivered, due date passed. */
  OVERDUE,
  DELIVERED_ON_TIME,
  DELIVERED_LATE
}
