package io.vigil.server.security;

import io.vigil.process.access.Principal;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it, carrying the process's {@link Principal}. */
public record VigilUser(Principal principal, String passwordHash, boolean enabled)
    implements UserDetails {
  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return principal.roles().stream()
        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
        .toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return principal.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  static List<String> roleNames(Principal p) {
    return p.roles().stream().map(Enum::name).toList();
  }
}
