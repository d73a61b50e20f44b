package io.vigil.process;

import io.vigil.process.activity.Activity;
import io.vigil.process.actor.Actor;
import io.vigil.process.election.Election;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.judgment.Judgment;
import io.vigil.process.product.Assessment;
import io.vigil.process.product.ImpactReport;
import io.vigil.process.sanctions.Determination;
import io.vigil.process.sanctions.Recommendation;
import java.util.List;

/**
 * The kinds of record the process stores, each with its Java type and the name of its table. A
 * typed constant rather than an enum so that the store's methods can be generic in the record type.
 */
public final class Kind<T extends ProcessRecord> {
  public static final Kind<Election> ELECTION = new Kind<>("election", Election.class);
  public static final Kind<EvidenceItem> EVIDENCE = new Kind<>("evidence", EvidenceItem.class);
  public static final Kind<Activity> ACTIVITY = new Kind<>("activity", Activity.class);
  public static final Kind<Actor> ACTOR = new Kind<>("actor", Actor.class);
  public static final Kind<Judgment> JUDGMENT = new Kind<>("judgment", Judgment.class);
  public static final Kind<Assessment> ASSESSMENT = new Kind<>("assessment", Assessment.class);
  public static final Kind<ImpactReport> IMPACT_REPORT =
      new Kind<>("impact_report", ImpactReport.class);
  public static final Kind<Determination> DETERMINATION =
      new Kind<>("determination", Determination.class);
  public static final Kind<Recommendation> RECOMMENDATION =
      new Kind<>("recommendation", Recommendation.class);

  /** Every kind, in the order a database is filled (elections first). */
  public static final List<Kind<?>> ALL =
      List.of(
          ELECTION,
          ACTOR,
          EVIDENCE,
          ACTIVITY,
          JUDGMENT,
          ASSESSMENT,
          IMPACT_REPORT,
          DETERMINATION,
          RECOMMENDATION);

  private final String table;
  private final Class<T> type;

  private Kind(String table, Class<T> type) {
    this.table = table;
    this.type = type;
  }

  /** The table name, also the name used in audit records and error messages. */
  public String table() {
    return table;
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return table;
  }
}
