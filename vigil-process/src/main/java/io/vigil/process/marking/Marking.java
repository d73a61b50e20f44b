package io.vigil.process.marking;

import io.vigil.process.Require;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The markings every record carries: a classification level with optional dissemination controls
 * (NOFORN, …), a TLP 2.0 label, the originating organization, and, for TLP:AMBER and TLP:RED, the
 * organizations or named users it was shared with.
 *
 * @param classification the classification level
 * @param controls dissemination controls such as NOFORN, printed after the level in the banner
 * @param tlp the TLP 2.0 label
 * @param originator the organization that owns the record (decides AMBER+STRICT and RED)
 * @param sharedWith organizations (AMBER) or named users (RED) the originator shared it with
 */
public record Marking(
    Classification classification,
    List<String> controls,
    Tlp tlp,
    String originator,
    List<String> sharedWith) {

  public Marking {
    Require.present(classification, "marking.classification");
    Require.present(tlp, "marking.tlp");
    originator = Require.text(originator, "marking.originator", 100);
    controls =
        List.copyOf(
            new TreeSet<>(
                Require.list(controls, "marking.controls").stream()
                    .map(c -> c.strip().toUpperCase(Locale.ROOT))
                    .toList()));
    for (String c : controls) {
      Require.field(
          c.matches("[A-Z0-9/ -]{1,30}"), "marking.controls", "has an invalid control '%s'", c);
    }
    sharedWith = Require.list(sharedWith, "marking.sharedWith");
  }

  /** Unclassified, TLP:CLEAR: the public record. */
  public static Marking publicRecord(String originator) {
    return new Marking(Classification.UNCLASSIFIED, List.of(), Tlp.CLEAR, originator, List.of());
  }

  /** A marking with the given level and label and no sharing list. */
  public static Marking of(Classification level, Tlp tlp, String originator) {
    return new Marking(level, List.of(), tlp, originator, List.of());
  }

  /**
   * The banner line printed at the top and bottom of every page, e.g. {@code SECRET//NOFORN |
   * TLP:AMBER}.
   */
  public String banner() {
    StringBuilder b = new StringBuilder(classification.banner());
    for (String c : controls) {
      b.append("//").append(c);
    }
    return b.append(" | ").append(tlp.label()).toString();
  }

  /** The stricter of two markings, used when a product includes records of both. */
  public Marking join(@Nullable Marking other) {
    if (other == null) {
      return this;
    }
    Classification level =
        classification.compareTo(other.classification) >= 0 ? classification : other.classification;
    Set<String> ctl = new TreeSet<>(controls);
    ctl.addAll(other.controls);
    boolean mineRestricted = tlp.compareTo(Tlp.AMBER) >= 0;
    boolean theirsRestricted = other.tlp.compareTo(Tlp.AMBER) >= 0;
    if (!theirsRestricted) {
      // the other record is for the whole community: this record's audience decides
      return new Marking(
          level,
          List.copyOf(ctl),
          tlp.compareTo(other.tlp) >= 0 ? tlp : other.tlp,
          originator,
          sharedWith);
    }
    if (!mineRestricted) {
      return new Marking(level, List.copyOf(ctl), other.tlp, other.originator, other.sharedWith);
    }
    Tlp label = tlp.compareTo(other.tlp) >= 0 ? tlp : other.tlp;
    List<String> both = sharedWith.stream().filter(other.sharedWith::contains).toList();
    if (!originator.equalsIgnoreCase(other.originator)) {
      // two owners restrict their audiences: only the named recipients both allowed may read it
      return new Marking(level, List.copyOf(ctl), Tlp.RED, originator, both);
    }
    return new Marking(level, List.copyOf(ctl), label, originator, both);
  }
}
