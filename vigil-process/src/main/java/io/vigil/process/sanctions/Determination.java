package io.vigil.process.sanctions;

import io.vigil.process.ProcessRecord;
import io.vigil.process.Require;
import io.vigil.process.marking.Marking;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Sec. 2 determination by the Secretary of the Treasury, after consulting State, Justice and
 * Homeland Security, that a foreign person meets a criterion; once published it is a designation on
 * the SDN list under the program tag (ELECTION-EO13848), until delisted.
 */
public record Determination(
    String id,
    String electionId,
    String actorId,
    Criterion criterion,
    String basis,
    Map<Department, Consultation> consultations,
    DeterminationStatus status,
    String proposedBy,
    @Nullable String determinedBy,
    @Nullable LocalDate effectiveDate,
    String programTag,
    List<Property> property,
    @Nullable LocalDate delistedOn,
    String delistingReason,
    Marking marking,
    List<String> verify,
    @Nullable Instant updatedAt)
    implements ProcessRecord {

  public static final String PROGRAM = "ELECTION-EO13848";

  public Determination {
    id = Require.text(id, "id", 64);
    electionId = Require.text(electionId, "electionId", 64);
    actorId = Require.text(actorId, "actorId", 64);
    Require.present(criterion, "criterion");
    basis = Require.text(basis, "basis", 10000);
    consultations =
        consultations == null || consultations.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new EnumMap<>(consultations));
    Require.present(status, "status");
    proposedBy = Require.text(proposedBy, "proposedBy", 64);
    programTag = Require.text(programTag, "programTag", 60);
    Require.field(
        programTag.matches("[A-Z0-9-]+"),
        "programTag",
        "must look like an OFAC program tag, e.g. %s",
        PROGRAM);
    property = Require.list(property, "property");
    delistingReason = Require.optionalText(delistingReason, "delistingReason", 4000);
    Require.present(marking, "marking");
    verify = Require.list(verify, "verify");
  }

  @Override
  public @Nullable String state() {
    return status.name();
  }

  Determination with(
      Map<Department, Consultation> c,
      DeterminationStatus s,
      @Nullable String by,
      @Nullable LocalDate effective,
      @Nullable LocalDate delisted,
      String reason,
      Instant at) {
    return new Determination(
        id,
        electionId,
        actorId,
        criterion,
        basis,
        c,
        s,
        proposedBy,
        by,
        effective,
        programTag,
        property,
        delisted,
        reason,
        marking,
        verify,
        at);
  }
}
