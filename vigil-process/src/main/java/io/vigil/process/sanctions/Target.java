package io.vigil.process.sanctions;

import io.vigil.process.Require;
import java.util.EnumSet;
import java.util.Set;

/** One target of the recommendation and the measures proposed for it. */
public record Target(
    String name,
    String country,
    Sector sector,
    boolean largestBusiness,
    Set<Measure> measures,
    String rationale) {
  public Target {
    name = Require.text(name, "targets.name", 300);
    country = Require.optionalText(country, "targets.country", 60);
    Require.present(sector, "targets.sector");
    Require.field(
        measures != null && !measures.isEmpty(),
        "targets.measures",
        "needs at least one measure of the Sec. 3(b) menu for '%s'",
        name);
    measures = Set.copyOf(EnumSet.copyOf(measures));
    Require.field(
        !largestBusiness || sector != Sector.NONE,
        "targets.sector",
        "a largest business entity needs its sector ('%s')",
        name);
    rationale = Require.optionalText(rationale, "targets.rationale", 4000);
  }
}
