package io.vigil.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
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
 *
 * Two things keep bcrypt off the request path under load. A check is single-flight: requests that
 * arrive with the same credentials while one is being checked wait for that check instead of
 * starting their own (Guava's and Caffeine's loading caches do the same). Without it, the first
 * second of a client sending 500 requests/s started ~50 bcrypt checks at once, and the backlog took
 * 10-15 s to drain. And a remembered check is renewed ahead of its expiry: in the last fifth of its
 * life, one request checks the password again while the others go on with the remembered result
 * (refresh-ahead), so expiry never makes every request wait.
 */

/** Authenticates local users by password, remembering successful checks briefly. */
final class CachingBasicAuthenticationProvider implements AuthenticationProvider {
  private static final int MAX_ENTRIES = 10_000;
  private final Function<String, Optional<UserAccount>> users;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final Duration ttl;
  private final Duration renewAfter;
  private final byte[] key = new byte[32];
  private final ConcurrentHashMap<String, Check> checks = new ConcurrentHashMap<>();
  private final String dummyHash;

  /** One check of one set of credentials: its outcome once known, and until when it holds. */
  private static final class Check {
    final CompletableFuture<Boolean> outcome = new CompletableFuture<>();
    final Instant until;
    final AtomicBoolean renewing = new AtomicBoolean();

    Check(Instant until) {
      this.until = until;
    }
  }

  CachingBasicAuthenticationProvider(
      Function<String, Optional<UserAccount>> users,
      PasswordEncoder encoder,
      Clock clock,
      Duration ttl) {
    this.users = users;
    this.encoder = encoder;
    this.clock = clock;
    this.ttl = ttl;
    this.renewAfter = ttl.multipliedBy(4).dividedBy(5);
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
            .apply(username)
            .orElseThrow(
                () -> {
                  encoder.matches(password, dummyHash);
                  return new BadCredentialsException("bad credentials");
                });
    if (!account.enabled()) {
      throw new DisabledException("user '" + username + "' is disabled");
    }
    if (!passwordMatches(cacheKey(username, password, account.passwordHash()), password, account)) {
      throw new BadCredentialsException("bad credentials");
    }
    VigilUser user = new VigilUser(account.principal(), account.passwordHash(), true);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }

  private boolean passwordMatches(String k, String password, UserAccount account) {
    while (true) {
      Instant now = clock.instant();
      Check c = checks.get(k);
      if (c != null && c.outcome.isDone() && c.until.isBefore(now)) {
        checks.remove(k, c); // expired: the next pass starts a new check
        continue;
      }
      if (c != null) {
        if (c.outcome.isDone()
            && now.isAfter(c.until.minus(ttl).plus(renewAfter))
            && c.renewing.compareAndSet(false, true)) {
          renew(k, c, password, account);
        }
        try {
          return c.outcome.join();
        } catch (CompletionException e) {
          // the check this request waited for failed: the same failure, not a wrapper of it
          throw e.getCause() instanceof RuntimeException re ? re : e;
        }
      }
      Check mine = new Check(now.plus(ttl));
      if (checks.size() >= MAX_ENTRIES) {
        checks.clear();
      }
      if (checks.putIfAbsent(k, mine) == null) {
        return check(k, mine, password, account);
      }
    }
  }

  /** Runs the bcrypt check of {@code mine}, which this thread owns; a failure is not remembered. */
  private boolean check(String k, Check mine, String password, UserAccount account) {
    boolean ok;
    try {
      ok = encoder.matches(password, account.passwordHash());
    } catch (Throwable e) {
      // whatever went wrong, the entry goes and its waiters are released: none waits for good
      checks.remove(k, mine);
      mine.outcome.completeExceptionally(e);
      throw e;
    }
    mine.outcome.complete(ok);
    if (!ok) {
      checks.remove(k, mine);
    }
    return ok;
  }

  /** Checks the password again while others use {@code old}; a success replaces it. */
  private void renew(String k, Check old, String password, UserAccount account) {
    Check next = new Check(clock.instant().plus(ttl));
    boolean ok;
    try {
      ok = encoder.matches(password, account.passwordHash());
    } catch (RuntimeException e) {
      // the remembered check still holds until it expires; a later request tries again
      old.renewing.set(false);
      return;
    }
    next.outcome.complete(ok);
    if (ok) {
      checks.replace(k, old, next);
    } else {
      checks.remove(k, old);
    }
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
