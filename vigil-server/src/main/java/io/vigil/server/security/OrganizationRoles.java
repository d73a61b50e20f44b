package io.vigil.server.security;

import io.vigil.process.InvalidField;
import io.vigil.process.access.Role;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which organizations may hold which of the order's roles, from configuration ({@code
 * vigil.organizations.ODNI=APPROVER,ANALYST,REVIEWER}). Organizations change — FMIC was created in
 * 2022 and absorbed in 2025, the FBI's Foreign Influence Task Force disbanded in 2025 — the roles
 * do not; so a user's effective roles are the roles they were given that their organization may
 * hold today, and editing this map takes a role away from a whole organization at the next request.
 */
@ConfigurationProperties(prefix = "vigil")
public class OrganizationRoles {
  private Map<String, Set<Role>> organizations = new LinkedHashMap<>();

  public Map<String, Set<Role>> getOrganizations() {
    return organizations;
  }

  public void setOrganizations(Map<String, Set<Role>> organizations) {
    this.organizations = organizations;
  }

  /**
   * The roles an organization may hold; empty for an organization the configuration does not know.
   */
  public Set<Role> allowed(String organization) {
    for (var e : organizations.entrySet()) {
      if (e.getKey().equalsIgnoreCase(organization)) {
        return e.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(e.getValue());
      }
    }
    return Set.of();
  }

  /** The given roles that the organization may hold. */
  public Set<Role> effective(String organization, Set<Role> granted) {
    Set<Role> r = EnumSet.noneOf(Role.class);
    r.addAll(granted);
    r.retainAll(allowed(organization));
    return r;
  }

  /** Refuses roles the organization may not hold, naming them and the configuration key. */
  public void check(String organization, Set<Role> roles) {
    Set<Role> refused = EnumSet.noneOf(Role.class);
    refused.addAll(roles);
    refused.removeAll(allowed(organization));
    if (!refused.isEmpty()) {
      throw new InvalidField(
          "roles",
          "organization '"
              + organization
              + "' may not hold "
              + refused
              + "; the configuration (vigil.organizations."
              + organization.toUpperCase(Locale.ROOT).replace(' ', '_')
              + ") allows "
              + allowed(organization));
    }
  }
}
