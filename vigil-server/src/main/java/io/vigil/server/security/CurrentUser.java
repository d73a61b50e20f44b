package io.vigil.server.security;

import io.vigil.process.access.Principal;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The process principal of the request's signed-in user. */
public final class CurrentUser {
  private CurrentUser() {}

  public static Principal get() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a != null && a.getPrincipal() instanceof VigilUser u) {
      return u.principal();
    }
    throw new AuthenticationCredentialsNotFoundException("not signed in");
  }
}
