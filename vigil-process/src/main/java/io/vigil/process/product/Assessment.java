package io.vigil.process.product;

import io.vigil.process.InvalidField;
import io.vigil.process.Require;
import io.vigil.process.access.Role;
import io.vigil.process.marking.Marking;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Sec. 1(a) assessment of the Director of National Intelligence: the nature of the
 * interference, its methods, the persons involved and the foreign governments that authorized,
 * directed, sponsored or supported it, with supporting information, sent to six recipients within
 * 45 days of the election's conclusion.
 */
public record Assessment(
    String id,
    String electionId,
    String title,
    String nature,
    String methods,
    List<String> personIds,
    List<GovernmentRole> governments,
    String supportingInformation,
    List<String> judgmentIds,
    List<String> evidenceIds,
    List<String> recipients,
    Workflow workflow,
    Marking marking,
    String publicVersionNote,
    List<String> verify)
    implements Product<Assessment> {

  /** Sec. 1(a): the six recipients of the assessment. */
  public static final List<String> RECIPIENTS =
      List.of(
          "President",
          "Secretary of State",
          "Secretary of the Treasury",
          "Secretary of Defense",
          "Attorney General",
          "Secretary of Homeland Security");

  public static final Workflow.Roles ROLES =
      new Workflow.Roles("assessment", Role.ANALYST, Role.REVIEWER, Role.APPROVER);

  public Assessment {
    id = Require.text(id, "id", 64);
    electionId = Require.text(electionId, "electionId", 64);
    title = Require.text(title, "title", 300);
    nature = Require.optionalText(nature, "nature", 20000);
    methods = Require.optionalText(methods, "methods", 20000);
    personIds = Require.list(personIds, "personIds");
    governments = Require.list(governments, "governments");
    supportingInformation =
        Require.optionalText(supportingInformation, "supportingInformation", 50000);
    judgmentIds = Require.list(judgmentIds, "judgmentIds");
    evidenceIds = Require.list(evidenceIds, "evidenceIds");
    recipients = Require.list(recipients, "recipients");
    Require.field(
        recipients.isEmpty() || recipients.equals(RECIPIENTS),
        "recipients",
        "are fixed by Sec. 1(a): %s",
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

  /**
   * Throws naming the first required field that is empty; called before submission and approval.
   */
  @Override
  public void requireComplete() {
    if (nature.isBlank()) {
      throw new InvalidField(
          "nature", "is required by Sec. 1(a)(1) before the assessment leaves draft");
    }
    if (methods.isBlank()) {
      throw new InvalidField(
          "methods", "is required by Sec. 1(a)(2) before the assessment leaves draft");
    }
    if (supportingInformation.isBlank() && judgmentIds.isEmpty() && evidenceIds.isEmpty()) {
      throw new InvalidField(
          "supportingInformation",
          "the assessment must be sent with appropriate supporting information (Sec. 1(a))");
    }
  }

  @Override
  public Assessment withWorkflow(Workflow w) {
    return new Assessment(
        id,
        electionId,
        title,
        nature,
        methods,
        personIds,
        governments,
        supportingInformation,
        judgmentIds,
        evidenceIds,
        RECIPIENTS,
        w,
        marking,
        publicVersionNote,
        verify);
  }

  /** The draft's editable content replaced; workflow, ids and markings unchanged. */
  @Override
  public Assessment withContent(Assessment edit) {
    return new Assessment(
        id,
        electionId,
        edit.title,
        edit.nature,
        edit.methods,
        edit.personIds,
        edit.governments,
        edit.supportingInformation,
        edit.judgmentIds,
        edit.evidenceIds,
        RECIPIENTS,
        workflow,
        marking,
        edit.publicVersionNote,
        verify);
  }
}
