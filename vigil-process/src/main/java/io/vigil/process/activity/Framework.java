package io.vigil.process.activity;

/** The catalogs technique ids come from. */
public enum Framework {
  /** DISARM Red framework (influence operations), ids like T0049 or T0049.003. */
  DISARM,
  /** MITRE ATT&CK Enterprise, ids like T1566 or T1566.002. */
  ATTACK
}
