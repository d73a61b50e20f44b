package io.vigil.stix;

import io.vigil.process.marking.Tlp;
import java.util.Map;

/*
 * Design note. STIX 2.1 predefines TLP 1.0 marking definitions (WHITE, GREEN, AMBER, RED; spec
 * §7.2.1.4, and common/marking-definition.json in the OASIS schemas). TLP 2.0 (FIRST, Aug 2022) is
 * carried by the OASIS extension extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d, with
 * five fixed marking definitions created 2022-10-01T00:00:00.000Z. The ids below were checked
 * against the OASIS cti-stix-common-objects repository,
 * extension-definition-specifications/tlp-2.0/marking-definition.json (the schema enumerates each
 * id with its name and tlp_2_0 value) and examples/tlp-clear.json, tlp-amber.json,
 * tlp-amber+strict.json; the shared data folder does not hold that material.
 */

/** The fixed ids of the TLP 1.0 and TLP 2.0 marking definitions. */
public final class TlpMarkings {
  private TlpMarkings() {}

  /** The OASIS extension that defines TLP 2.0 markings. */
  public static final String TLP2_EXTENSION =
      "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

  /** The {@code created} of every TLP 2.0 marking definition. */
  public static final String TLP2_CREATED = "2022-10-01T00:00:00.000Z";

  /** TLP 2.0 marking-definition ids. */
  public static final Map<Tlp, String> TLP2 =
      Map.of(
          Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
          Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
          Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
          Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
          Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

  /** TLP 1.0 ids predefined by STIX 2.1; WHITE is read as CLEAR. */
  public static final Map<String, Tlp> TLP1 =
      Map.of(
          "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR,
          "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN,
          "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER,
          "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED);

  /** The TLP label of a fixed marking id (1.0 or 2.0), or null. */
  public static @org.jspecify.annotations.Nullable Tlp of(String markingId) {
    Tlp t = TLP1.get(markingId);
    if (t != null) {
      return t;
    }
    for (var e : TLP2.entrySet()) {
      if (e.getValue().equals(markingId)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The TLP 2.0 value of the extension, e.g. {@code amber+strict}. */
  public static String value(Tlp tlp) {
    return tlp.label().substring(4).toLowerCase(java.util.Locale.ROOT);
  }
}
