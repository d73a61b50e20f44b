package io.vigil.process.access;

/**
 * The roles the order creates. Organizations change (FMIC was created in 2022 and absorbed in
 * 2025), the roles do not: configuration maps users and organizations to these.
 */
public enum Role {
  /** Drafts evidence, activities, actors, judgments and the 1(a) assessment (IC analyst). */
  ANALYST,
  /** Reviews a 1(a) draft before coordination (not its drafter). */
  REVIEWER,
  /** Approves the 1(a) assessment for the DNI (never their own draft). */
  APPROVER,
  /**
   * Drafts, reviews and approves the 1(b) report for the Attorney General and Homeland Security.
   */
  IMPACT_AUTHOR,
  /** Treasury (OFAC): Sec. 2 determinations and co-author of the Sec. 3(b) recommendation. */
  TREASURY_OFFICER,
  /** State: consulted on determinations; co-author of the Sec. 3(b) recommendation. */
  STATE_OFFICER,
  /** The President's decision on the Sec. 3(b) recommendation. */
  DECISION_MAKER,
  /** State, tribal and local election officials: submit incidents, consulted for 1(b). */
  ELECTION_OFFICIAL,
  /** Manages users; reads the audit log. Grants no access to marked records by itself. */
  ADMINISTRATOR
}
