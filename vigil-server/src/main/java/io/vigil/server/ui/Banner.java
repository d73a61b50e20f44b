package io.vigil.server.ui;

import io.vigil.process.ProcessRecord;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The banner of a page or report: the most restrictive marking of the records it shows (highest
 * classification, union of the controls, most restrictive TLP label), as EO 13526 and CAPCO require
 * for a document's overall marking. A page that shows no marked record is UNCLASSIFIED, TLP:CLEAR.
 */
public final class Banner {
  private Classification level = Classification.UNCLASSIFIED;
  private Tlp tlp = Tlp.CLEAR;
  private final Set<String> controls = new TreeSet<>();
  private @Nullable Marking marking;

  /**
   * Raises the banner to cover {@code m}: the higher level, the union of the controls, the more
   * restrictive TLP label. (Not {@link Marking#join}, which decides who may read a combination of
   * records and so turns records of two originators into TLP:RED; a banner states the most
   * restrictive marking actually present.)
   */
  public Banner add(@Nullable Marking m) {
    if (m != null) {
      level = level.dominates(m.classification()) ? level : m.classification();
      tlp = tlp.compareTo(m.tlp()) >= 0 ? tlp : m.tlp();
      controls.addAll(m.controls());
      marking = new Marking(level, List.copyOf(controls), tlp, "Vigil", List.of());
    }
    return this;
  }

  /** Raises the banner to cover the record's markings. */
  public Banner add(@Nullable ProcessRecord r) {
    return r == null ? this : add(r.marking());
  }

  /** Raises the banner to cover every record. */
  public Banner addAll(Iterable<? extends ProcessRecord> records) {
    for (ProcessRecord r : records) {
      add(r);
    }
    return this;
  }

  public Marking marking() {
    return marking == null ? Marking.publicRecord("Vigil") : marking;
  }

  /** The banner line, e.g. {@code SECRET//NOFORN | TLP:AMBER}. */
  public String text() {
    return marking().banner();
  }

  /** The CSS class that colours the banner by classification. */
  public String css() {
    return "banner banner-" + level(marking().classification());
  }

  /** The classification as a CSS suffix: unclassified, secret, top-secret… */
  public String level() {
    return level(marking().classification());
  }

  public static String level(Classification c) {
    return c.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
