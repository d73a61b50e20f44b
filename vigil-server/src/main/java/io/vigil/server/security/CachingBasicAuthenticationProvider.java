package io.vigil.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/*
 * Design note. HTTP Basic sends the password with every request, and bcrypt is deliberately slow
 * (about 60-100 ms at cost 10 on one core here): checking it on every API call would cap a 2-core
 * server at a few dozen requests per second. Like Elasticsearch's and Apache's credential caches,
 * a successful check is remembered for a short time under a keyed hash of username and password
 * (SHA-256 with a random per-process key, so the cache never holds a password or a hash that could
 * be attacked offline), and the user's record is read again on each request so that a disabled
 * user is refused at once. A wrong password always pays the full bcrypt cost.
 */

/** Authenticates local users by password, remembering successful checks briefly. */
final class CachingBasicAuthenticationProvider implements AuthenticationProvider {
  private static final int MAX_ENTRIES = 10_000;
  private final UserAccounts users;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final Duration ttl;
  private final byte[] key = new byte[32];
  private final ConcurrentHashMap<String, Instant> verified = new ConcurrentHashMap<>();
  private final String dummyHash;

  CachingBasicAuthenticationProvider(
      UserAccounts users, PasswordEncoder encoder, Clock clock, Duration ttl) {
    this.users = users;
    this.encoder = encoder;
    this.clock = clock;
    this.ttl = ttl;
    new SecureRandom().nextBytes(key);
    this.dummyHash = encoder.encode("not-a-user-of-vigil");
  }

  @Override
  public Authentication authenticate(Authentication auth) {
    String username = auth.getName();
    Object cred = auth.getCredentials();
    String password = cred == null ? "" : cred.toString();
    UserAccount account =
        users
            .find(username)
            .orElseThrow(
                () -> {
                  encoder.matches(password, dummyHash);
                  return new BadCredentialsException("bad credentials");
                });
    if (!account.enabled()) {
      throw new DisabledException("user '" + username + "' is disabled");
    }
    String k = cacheKey(username, password, account.passwordHash());
    Instant now = clock.instant();
    Instant until = verified.get(k);
    if (until == null || until.isBefore(now)) {
      if (!encoder.matches(password, account.passwordHash())) {
        throw new BadCredentialsException("bad credentials");
      }
      if (verified.size() > MAX_ENTRIES) {
        verified.clear();
      }
      verified.put(k, now.plus(ttl));
    }
    VigilUser user = new VigilUser(account.principal(), account.passwordHash(), true);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private String cacheKey(String username, String password, String storedHash) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(key);
      md.update(username.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(password.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(storedHash.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
