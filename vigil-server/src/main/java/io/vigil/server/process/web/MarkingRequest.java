package io.vigil.server.process.web;

import io.vigil.process.InvalidField;
import io.vigil.process.access.Principal;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Markings as a client sends them; the originator is the user's organization. */
record MarkingRequest(
    @Nullable Classification classification,
    @Nullable List<String> controls,
    @Nullable String tlp,
    @Nullable List<String> sharedWith) {

  static Marking require(@Nullable MarkingRequest m, Principal user) {
    if (m == null) {
      throw new InvalidField(
          "marking",
          "is required: a classification and a TLP label (e.g. {\"classification\":\"UNCLASSIFIED\",\"tlp\":\"TLP:GREEN\"})");
    }
    if (m.classification == null) {
      throw new InvalidField(
          "marking.classification",
          "is required, one of UNCLASSIFIED, CUI, CONFIDENTIAL, SECRET, TOP_SECRET");
    }
    if (m.tlp == null) {
      throw new InvalidField(
          "marking.tlp",
          "is required, one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED");
    }
    Tlp tlp;
    try {
      tlp = Tlp.parse(m.tlp);
    } catch (IllegalArgumentException e) {
      throw new InvalidField(
          "marking.tlp",
          "'"
              + m.tlp
              + "' is not a TLP 2.0 label (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)");
    }
    return new Marking(
        m.classification,
        m.controls == null ? List.of() : m.controls,
        tlp,
        user.organization(),
        m.sharedWith == null ? List.of() : m.sharedWith);
  }
}
