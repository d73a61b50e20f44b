package io.vigil.process.product;

/** The categories Sec. 1(b) asks the Attorney General and Homeland Security to evaluate. */
public enum ImpactCategory {
  /** 1(b)(i): the security or integrity of election infrastructure (Sec. 8(d)). */
  ELECTION_INFRASTRUCTURE,
  /** 1(b)(i): the tabulation of votes. */
  VOTE_TABULATION,
  /** 1(b)(i): the timely transmission of election results. */
  TRANSMISSION_OF_RESULTS,
  /**
   * 1(b)(ii): infrastructure of or relating to political organizations, campaigns or candidates.
   */
  POLITICAL_ORGANIZATION_CAMPAIGN_CANDIDATE_SYSTEMS
}
