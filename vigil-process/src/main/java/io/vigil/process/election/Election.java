package io.vigil.process.election;

import io.vigil.process.ProcessRecord;
import io.vigil.process.Require;
import io.vigil.process.marking.Marking;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A United States election (Sec. 8(e)) or a State, tribal or local one (Sec. 1(e)).
 *
 * @param date election day
 * @param concludedOn the date the election concluded, E; the order does not define conclusion, and
 *     in 2020 agencies counted from election day
 * @param verify statements in this record that the sources flag for verification
 */
public record Election(
    String id,
    String name,
    ElectionScope scope,
    String jurisdiction,
    LocalDate date,
    LocalDate concludedOn,
    String notes,
    List<String> verify)
    implements ProcessRecord {

  /** EO 13848 was signed on 12 Sep 2018; Sec. 8(e) covers elections held on or after it. */
  public static final LocalDate ORDER_SIGNED = LocalDate.of(2018, 9, 12);

  public Election {
    id = Require.text(id, "id", 64);
    name = Require.text(name, "name", 200);
    Require.present(scope, "scope");
    jurisdiction = Require.text(jurisdiction, "jurisdiction", 100);
    Require.present(date, "date");
    Require.present(concludedOn, "concludedOn");
    Require.field(
        !concludedOn.isBefore(date),
        "concludedOn",
        "must not be before the election date %s",
        date);
    Require.field(
        scope != ElectionScope.FEDERAL || !date.isBefore(ORDER_SIGNED),
        "date",
        "a federal election under Sec. 8(e) must be held on or after %s",
        ORDER_SIGNED);
    notes = Require.optionalText(notes, "notes", 4000);
    verify = Require.list(verify, "verify");
  }

  @Override
  public @Nullable String electionId() {
    return id;
  }

  @Override
  public Marking marking() {
    return Marking.publicRecord("Vigil");
  }
}
