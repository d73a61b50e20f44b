package io.vigil.process.access;

import io.vigil.process.NotPermitted;
import io.vigil.process.Require;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting: a user, their organization, their roles and their clearance. Every read and every
 * step of the process goes through {@link #canRead(Marking)} and {@link #require(Role, String)}.
 *
 * <p>Read rule (design note). Classification first: the clearance must dominate the level, and a
 * NOFORN record needs a US organization (all Vigil users are; foreign partners would be flagged).
 * Then TLP 2.0 as FIRST defines it, for a single Vigil community: CLEAR and GREEN are readable by
 * every signed-in user; AMBER by the originator's organization and the organizations it was shared
 * with; AMBER+STRICT by the originator's organization only; RED by named recipients (user names in
 * {@code sharedWith}) and the originator's organization. This is the check OpenCTI got wrong in
 * issues #3312 and #7348, so it lives in one place and every path calls it.
 */
public record Principal(
    String username, String organization, Set<Role> roles, Classification clearance) {

  private static final Principal SYSTEM =
      new Principal("system", "Vigil", EnumSet.allOf(Role.class), Classification.TOP_SECRET);

  public Principal {
    username = Require.text(username, "username", 64);
    organization = Require.text(organization, "organization", 100);
    Require.present(roles, "roles");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    Require.present(clearance, "clearance");
  }

  /**
   * The system principal for demo seeding and imports: reads everything. It is recognised by
   * identity, never by name, so no user account (even one called "system") can act as it.
   */
  public static Principal system() {
    return SYSTEM;
  }

  /** True only for the one system principal. */
  public boolean isSystem() {
    return this == SYSTEM;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * Throws {@link NotPermitted} unless the user holds {@code role}; {@code action} names the step.
   */
  public void require(Role role, String action) {
    if (!has(role)) {
      throw new NotPermitted(
          "user '" + username + "' may not " + action + ": it needs the role " + role);
    }
  }

  /** Throws {@link NotPermitted} unless the user holds one of {@code roles}. */
  public void requireAny(Set<Role> allowed, String action) {
    for (Role r : allowed) {
      if (has(r)) {
        return;
      }
    }
    throw new NotPermitted(
        "user '" + username + "' may not " + action + ": it needs one of the roles " + allowed);
  }

  /** The single read rule of Vigil; see the design note on this type. */
  public boolean canRead(Marking m) {
    if (isSystem()) {
      return true;
    }
    if (!clearance.dominates(m.classification())) {
      return false;
    }
    return switch (m.tlp()) {
      case CLEAR, GREEN -> true;
      case AMBER -> sameOrg(m.originator()) || m.sharedWith().stream().anyMatch(this::sameOrg);
      case AMBER_STRICT -> sameOrg(m.originator());
      case RED -> sameOrg(m.originator()) || m.sharedWith().contains(username);
    };
  }

  private boolean sameOrg(String org) {
    return organization.equalsIgnoreCase(org);
  }
}
