package io.vigil.process.sanctions;

/** The grounds for blocking under Sec. 2. */
public enum Criterion {
  /**
   * 2(a)(i): directly or indirectly engaged in, sponsored, concealed or was complicit in
   * interference.
   */
  ENGAGED_SPONSORED_CONCEALED_OR_COMPLICIT("2(a)(i)"),
  /** 2(a)(ii): materially assisted, sponsored or supported the interference or a blocked person. */
  MATERIAL_ASSISTANCE_OR_SUPPORT("2(a)(ii)"),
  /** 2(a)(iii): owned or controlled by, or acted for or on behalf of, a blocked person. */
  OWNED_CONTROLLED_OR_ACTING_FOR("2(a)(iii)"),
  /** 2(b): EO 13694 as amended by EO 13757 (malicious cyber-enabled activities). */
  EO_13694("2(b) / EO 13694");

  private final String section;

  Criterion(String section) {
    this.section = section;
  }

  public String section() {
    return section;
  }
}
