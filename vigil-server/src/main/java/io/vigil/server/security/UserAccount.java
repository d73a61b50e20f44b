package io.vigil.server.security;

import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.marking.Classification;
import java.util.Set;

/** A local user as stored: the password only as its hash. */
public record UserAccount(
    String username,
    String passwordHash,
    String organization,
    Set<Role> roles,
    Classification clearance,
    boolean enabled) {
  public Principal principal() {
    return new Principal(username, organization, roles, clearance);
  }
}
