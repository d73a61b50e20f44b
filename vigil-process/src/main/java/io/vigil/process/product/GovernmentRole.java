package io.vigil.process.product;

import io.vigil.process.Require;
import io.vigil.process.actor.RelationType;
import java.util.Set;

/**
 * Sec. 1(a)(4): a foreign government and whether it authorized, directed, sponsored or supported.
 */
public record GovernmentRole(String actorId, RelationType role, String basis) {
  private static final Set<RelationType> ROLES =
      Set.of(
          RelationType.AUTHORIZED,
          RelationType.DIRECTED,
          RelationType.SPONSORED,
          RelationType.SUPPORTED);

  public GovernmentRole {
    actorId = Require.text(actorId, "governments.actorId", 64);
    Require.present(role, "governments.role");
    Require.field(
        ROLES.contains(role), "governments.role", "must be one of %s (was %s)", ROLES, role);
    basis = Require.optionalText(basis, "governments.basis", 4000);
  }
}
