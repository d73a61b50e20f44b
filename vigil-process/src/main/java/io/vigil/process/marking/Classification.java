package io.vigil.process.marking;

/** US classification levels (EO 13526), lowest first; a user's clearance is one of these. */
public enum Classification {
  UNCLASSIFIED("UNCLASSIFIED"),
  CUI("CUI"),
  CONFIDENTIAL("CONFIDENTIAL"),
  SECRET("SECRET"),
  TOP_SECRET("TOP SECRET");

  private final String banner;

  Classification(String banner) {
    this.banner = banner;
  }

  /** The text of the banner line, e.g. {@code TOP SECRET}. */
  public String banner() {
    return banner;
  }

  /** True when a holder of this clearance may read material at {@code level}. */
  public boolean dominates(Classification level) {
    return compareTo(level) >= 0;
  }
}
