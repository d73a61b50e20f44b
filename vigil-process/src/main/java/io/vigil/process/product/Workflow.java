package io.vigil.process.product;

import io.vigil.process.Require;
import io.vigil.process.RuleViolated;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/*
 * Design note. The order fixes who authors each product (DNI for 1(a); the Attorney General and
 * Homeland Security jointly for 1(b)) but not how the work inside an agency is checked. We follow
 * the ICD 203 / ODNI production practice and the four-eyes review that OpenCTI (#2484, #10599) and
 * MISP (#5466) users ask for: draft -> review by someone else -> coordination across agencies
 * (concur, concur with comment, dissent) -> approval by an approver who neither drafted nor
 * submitted it -> transmission to the fixed recipients. An amendment (Sec. 1(c)) starts a new
 * version as a draft; the first transmission date is kept because it is what the deadlines count.
 * Transitions are pure functions returning a new Workflow, so the rules are testable without a
 * database and the service only stores what they return.
 */

/**
 * The workflow state of a product (the 1(a) assessment or the 1(b) report).
 *
 * @param draftedBy the user who created the current version
 * @param firstTransmittedAt when version 1 was first transmitted: what the deadlines measure
 */
public record Workflow(
    ProductStatus status,
    int version,
    String draftedBy,
    @Nullable String submittedBy,
    @Nullable String reviewedBy,
    @Nullable String approvedBy,
    List<CoordinationEntry> coordination,
    @Nullable Instant transmittedAt,
    @Nullable Instant firstTransmittedAt,
    List<Amendment> amendments,
    List<Transition> history) {

  public Workflow {
    Require.present(status, "status");
    Require.field(version >= 1, "version", "must be at least 1");
    draftedBy = Require.text(draftedBy, "draftedBy", 64);
    coordination = Require.list(coordination, "coordination");
    amendments = Require.list(amendments, "amendments");
    history = Require.list(history, "history");
  }

  /** A new draft, version 1. */
  public static Workflow draft(String by) {
    return new Workflow(
        ProductStatus.DRAFT, 1, by, null, null, null, List.of(), null, null, List.of(), List.of());
  }

  /** The roles that act on one kind of product. */
  public record Roles(String product, Role drafter, Role reviewer, Role approver) {}

  public Workflow submit(Principal user, Instant at, String note, Roles roles) {
    expect(ProductStatus.DRAFT, "submit for review", roles);
    user.require(roles.drafter(), "submit the " + roles.product() + " for review");
    return new Workflow(
            ProductStatus.IN_REVIEW,
            version,
            draftedBy,
            user.username(),
            null,
            null,
            List.of(),
            transmittedAt,
            firstTransmittedAt,
            amendments,
            history)
        .log(ProductStatus.DRAFT, user, at, note);
  }

  /** The reviewer accepts the draft into coordination, or returns it to its drafter. */
  public Workflow review(Principal user, Instant at, boolean accept, String note, Roles roles) {
    expect(ProductStatus.IN_REVIEW, "review", roles);
    user.require(roles.reviewer(), "review the " + roles.product());
    ownDraft(user, "review", roles);
    if (!accept && note.isBlank()) {
      throw new io.vigil.process.InvalidField("note", "must say why the draft is returned");
    }
    ProductStatus next = accept ? ProductStatus.IN_COORDINATION : ProductStatus.DRAFT;
    return new Workflow(
            next,
            version,
            draftedBy,
            submittedBy,
            user.username(),
            null,
            List.of(),
            transmittedAt,
            firstTransmittedAt,
            amendments,
            history)
        .log(ProductStatus.IN_REVIEW, user, at, note);
  }

  /** An agency records its position; a later entry of the same agency replaces its earlier one. */
  public Workflow coordinate(
      Principal user, Position position, Instant at, String note, Roles roles) {
    expect(ProductStatus.IN_COORDINATION, "record a coordination position on", roles);
    user.requireAny(
        java.util.EnumSet.of(roles.drafter(), roles.reviewer(), roles.approver()),
        "coordinate the " + roles.product());
    ownDraft(user, "coordinate", roles);
    List<CoordinationEntry> c = new ArrayList<>();
    for (CoordinationEntry e : coordination) {
      if (!e.agency().equalsIgnoreCase(user.organization())) {
        c.add(e);
      }
    }
    c.add(new CoordinationEntry(user.organization(), position, user.username(), at, note));
    List<Transition> h = new ArrayList<>(history);
    h.add(
        new Transition(
            status,
            status,
            user.username(),
            at,
            user.organization() + " " + position + (note.isBlank() ? "" : ": " + note)));
    return new Workflow(
        status,
        version,
        draftedBy,
        submittedBy,
        reviewedBy,
        approvedBy,
        c,
        transmittedAt,
        firstTransmittedAt,
        amendments,
        h);
  }

  public Workflow approve(Principal user, Instant at, String note, Roles roles) {
    if (status != ProductStatus.IN_COORDINATION) {
      throw new RuleViolated(
          "approve-after-coordination",
          "the "
              + roles.product()
              + " is "
              + status
              + ": only a draft that has been reviewed and coordinated (IN_COORDINATION) can be approved");
    }
    user.require(roles.approver(), "approve the " + roles.product());
    ownDraft(user, "approve", roles);
    if (coordination.isEmpty()) {
      throw new RuleViolated(
          "approve-after-coordination",
          "the "
              + roles.product()
              + " has no coordination position yet: at least one agency must concur or dissent before approval");
    }
    return new Workflow(
            ProductStatus.APPROVED,
            version,
            draftedBy,
            submittedBy,
            reviewedBy,
            user.username(),
            coordination,
            transmittedAt,
            firstTransmittedAt,
            amendments,
            history)
        .log(ProductStatus.IN_COORDINATION, user, at, note);
  }

  public Workflow transmit(Principal user, Instant at, Roles roles) {
    if (status != ProductStatus.APPROVED) {
      throw new RuleViolated(
          "transmit-after-approval",
          "the "
              + roles.product()
              + " is "
              + status
              + ": only an approved "
              + roles.product()
              + " can be transmitted");
    }
    user.require(roles.approver(), "transmit the " + roles.product());
    return new Workflow(
            ProductStatus.TRANSMITTED,
            version,
            draftedBy,
            submittedBy,
            reviewedBy,
            approvedBy,
            coordination,
            at,
            firstTransmittedAt == null ? at : firstTransmittedAt,
            amendments,
            history)
        .log(ProductStatus.APPROVED, user, at, "transmitted");
  }

  /** Sec. 1(c): starts a new version as a draft; the transmitted version stays in the history. */
  public Workflow amend(Principal user, Instant at, String reason, Roles roles) {
    if (status != ProductStatus.TRANSMITTED) {
      throw new RuleViolated(
          "amend-after-transmission",
          "the "
              + roles.product()
              + " is "
              + status
              + ": only a transmitted product is amended; edit the draft instead");
    }
    user.require(roles.drafter(), "amend the " + roles.product());
    List<Amendment> a = new ArrayList<>(amendments);
    a.add(new Amendment(version, at, user.username(), reason));
    return new Workflow(
            ProductStatus.DRAFT,
            version + 1,
            user.username(),
            null,
            null,
            null,
            List.of(),
            transmittedAt,
            firstTransmittedAt,
            a,
            history)
        .log(ProductStatus.TRANSMITTED, user, at, "amendment: " + reason);
  }

  /** Reopened because a product it depends on was amended (1(b) depends on 1(a)). */
  public Workflow reopen(String by, Instant at, String reason) {
    if (status == ProductStatus.DRAFT) {
      return this;
    }
    List<Amendment> a = new ArrayList<>(amendments);
    int next = version;
    if (status == ProductStatus.TRANSMITTED) {
      a.add(new Amendment(version, at, by, reason));
      next = version + 1;
    }
    Workflow w =
        new Workflow(
            ProductStatus.DRAFT,
            next,
            draftedBy,
            null,
            null,
            null,
            List.of(),
            transmittedAt,
            firstTransmittedAt,
            a,
            history);
    List<Transition> h = new ArrayList<>(history);
    h.add(new Transition(status, ProductStatus.DRAFT, by, at, reason));
    return new Workflow(
        w.status,
        w.version,
        w.draftedBy,
        null,
        null,
        null,
        List.of(),
        w.transmittedAt,
        w.firstTransmittedAt,
        w.amendments,
        h);
  }

  private void expect(ProductStatus required, String action, Roles roles) {
    if (status != required) {
      throw new RuleViolated(
          "workflow-order",
          "cannot "
              + action
              + " the "
              + roles.product()
              + ": it is "
              + status
              + ", not "
              + required);
    }
  }

  private void ownDraft(Principal user, String action, Roles roles) {
    if (user.username().equals(draftedBy) || user.username().equals(submittedBy)) {
      throw new RuleViolated(
          "segregation-of-duties",
          "user '"
              + user.username()
              + "' drafted or submitted this "
              + roles.product()
              + " and may not "
              + action
              + " it: nobody "
              + action
              + "s their own draft");
    }
  }

  private Workflow log(ProductStatus from, Principal user, Instant at, String note) {
    List<Transition> h = new ArrayList<>(history);
    h.add(new Transition(from, status, user.username(), at, note));
    return new Workflow(
        status,
        version,
        draftedBy,
        submittedBy,
        reviewedBy,
        approvedBy,
        coordination,
        transmittedAt,
        firstTransmittedAt,
        amendments,
        h);
  }
}
