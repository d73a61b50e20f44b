package io.vigil.process.marking;

/**
 * Traffic Light Protocol 2.0 (FIRST, August 2022). The order matters: a later label is more
 * restrictive. CLEAR replaced WHITE; AMBER+STRICT limits sharing to the recipient's organization.
 */
public enum Tlp {
  CLEAR("TLP:CLEAR"),
  GREEN("TLP:GREEN"),
  AMBER("TLP:AMBER"),
  AMBER_STRICT("TLP:AMBER+STRICT"),
  RED("TLP:RED");

  private final String label;

  Tlp(String label) {
    this.label = label;
  }

  /** The label as FIRST writes it, e.g. {@code TLP:AMBER+STRICT}. */
  public String label() {
    return label;
  }

  /** Parses {@code TLP:AMBER+STRICT}, {@code AMBER_STRICT} or {@code amber+strict}. */
  public static Tlp parse(String text) {
    String t = text.strip().toUpperCase(java.util.Locale.ROOT);
    if (t.startsWith("TLP:")) {
      t = t.substring(4);
    }
    t = t.replace('+', '_');
    if (t.equals("WHITE")) {
      return CLEAR;
    }
    return Tlp.valueOf(t);
  }
}
