package io.vigil.process.product;

import io.vigil.process.InvalidField;
import io.vigil.process.Require;
import io.vigil.process.access.Role;
import io.vigil.process.marking.Marking;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Sec. 1(b) report of the Attorney General and the Secretary of Homeland Security: for each
 * category, whether the interference materially affected it; the material issues of fact they could
 * not evaluate or agree on; remedies other than sanctions; four recipients; due 45 days after the
 * assessment is received.
 */
public record ImpactReport(
    String id,
    String electionId,
    String title,
    Map<ImpactCategory, Finding> findings,
    List<String> unresolvedIssues,
    List<String> remedies,
    List<String> recipients,
    @Nullable LocalDate assessmentReceivedOn,
    Workflow workflow,
    Marking marking,
    String publicVersionNote,
    List<String> verify)
    implements Product<ImpactReport> {

  /**
   * Sec. 1(b): the four recipients (the Attorney General and Homeland Security are the authors).
   */
  public static final List<String> RECIPIENTS =
      List.of(
          "President", "Secretary of State", "Secretary of the Treasury", "Secretary of Defense");

  public static final Workflow.Roles ROLES =
      new Workflow.Roles(
          "impact report", Role.IMPACT_AUTHOR, Role.IMPACT_AUTHOR, Role.IMPACT_AUTHOR);

  public ImpactReport {
    id = Require.text(id, "id", 64);
    electionId = Require.text(electionId, "electionId", 64);
    title = Require.text(title, "title", 300);
    findings =
        findings == null || findings.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new EnumMap<>(findings));
    unresolvedIssues = Require.list(unresolvedIssues, "unresolvedIssues");
    remedies = Require.list(remedies, "remedies");
    recipients = Require.list(recipients, "recipients");
    Require.field(
        recipients.isEmpty() || recipients.equals(RECIPIENTS),
        "recipients",
        "are fixed by Sec. 1(b): %s",
        RECIPIENTS);
    Require.present(workflow, "workflow");
    Require.present(marking, "marking");
    publicVersionNote = Require.optionalText(publicVersionNote, "publicVersionNote", 2000);
    verify = Require.list(verify, "verify");
  }

  @Override
  public Workflow.Roles roles() {
    return ROLES;
  }

  @Override
  public @Nullable String state() {
    return workflow.status().name();
  }

  /** Every category needs a finding before the report leaves draft. */
  @Override
  public void requireComplete() {
    for (ImpactCategory c : ImpactCategory.values()) {
      if (!findings.containsKey(c)) {
        throw new InvalidField(
            "findings." + c.name(), "needs a verdict before the report leaves draft");
      }
    }
  }

  @Override
  public ImpactReport withWorkflow(Workflow w) {
    return new ImpactReport(
        id,
        electionId,
        title,
        findings,
        unresolvedIssues,
        remedies,
        RECIPIENTS,
        assessmentReceivedOn,
        w,
        marking,
        publicVersionNote,
        verify);
  }

  @Override
  public ImpactReport withContent(ImpactReport edit) {
    return new ImpactReport(
        id,
        electionId,
        edit.title,
        edit.findings,
        edit.unresolvedIssues,
        edit.remedies,
        RECIPIENTS,
        assessmentReceivedOn,
        workflow,
        marking,
        edit.publicVersionNote,
        verify);
  }

  public ImpactReport withAssessmentReceivedOn(@Nullable LocalDate on) {
    return new ImpactReport(
        id,
        electionId,
        title,
        findings,
        unresolvedIssues,
        remedies,
        RECIPIENTS,
        on,
        workflow,
        marking,
        publicVersionNote,
        verify);
  }
}
