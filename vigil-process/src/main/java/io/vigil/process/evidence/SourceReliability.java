package io.vigil.process.evidence;

/** Admiralty (NATO) code, source reliability A–F (MISP taxonomy {@code admiralty-scale}). */
public enum SourceReliability {
  A("completely reliable"),
  B("usually reliable"),
  C("fairly reliable"),
  D("not usually reliable"),
  E("unreliable"),
  F("reliability cannot be judged");

  private final String meaning;

  SourceReliability(String meaning) {
    this.meaning = meaning;
  }

  public String meaning() {
    return meaning;
  }
}
