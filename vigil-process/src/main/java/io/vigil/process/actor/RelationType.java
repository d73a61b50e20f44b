package io.vigil.process.actor;

/**
 * How one actor relates to another. The first three come from Sec. 2(a)(iii) and Sec. 1(a); the
 * last four are the roles of a foreign government in Sec. 1(a)(4), read as "this actor
 * authorized/directed/sponsored/supported the target actor".
 */
public enum RelationType {
  AGENT_OF,
  MEMBER_OF,
  OWNED_OR_CONTROLLED_BY,
  AUTHORIZED,
  DIRECTED,
  SPONSORED,
  SUPPORTED
}
