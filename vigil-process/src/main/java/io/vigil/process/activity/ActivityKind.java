package io.vigil.process.activity;

/** What kind of interference an activity is. */
public enum ActivityKind {
  CYBER_INTRUSION,
  ELECTION_INFRASTRUCTURE_TARGETING,
  INFLUENCE_OPERATION,
  HACK_AND_LEAK,
  COVERT_FINANCING,
  OTHER
}
