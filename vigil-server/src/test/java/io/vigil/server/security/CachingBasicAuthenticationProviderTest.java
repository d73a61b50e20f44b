package io.vigil.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.process.access.Role;
import io.vigil.process.marking.Classification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

class CachingBasicAuthenticationProviderTest {
  private static final Duration TTL = Duration.ofMinutes(5);

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    volatile Instant now = Instant.parse("2026-11-03T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Stands in for bcrypt: counts checks, and can hold them until the test lets them go. */
  static final class CountingEncoder implements PasswordEncoder {
    final AtomicInteger checks = new AtomicInteger();
    volatile CountDownLatch gate = new CountDownLatch(0);
    volatile RuntimeException failure;
    volatile Error error;

    @Override
    public String encode(CharSequence raw) {
      return "{test}" + raw;
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      checks.incrementAndGet();
      try {
        assertThat(gate.await(10, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (failure != null) {
        throw failure;
      }
      if (error != null) {
        throw error;
      }
      return encoded.equals(encode(raw));
    }
  }

  final MovableClock clock = new MovableClock();
  final CountingEncoder encoder = new CountingEncoder();
  volatile boolean enabled = true;

  CachingBasicAuthenticationProvider provider(CountDownLatch arrivals) {
    return new CachingBasicAuthenticationProvider(
        name -> {
          arrivals.countDown();
          return name.equals("analyst")
              ? Optional.of(
                  new UserAccount(
                      "analyst",
                      "{test}secret",
                      "ODNI",
                      Set.of(Role.ANALYST),
                      Classification.SECRET,
                      enabled))
              : Optional.empty();
        },
        encoder,
        clock,
        TTL);
  }

  static UsernamePasswordAuthenticationToken login(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }

  @Test
  void concurrentFirstRequestsShareOneBcryptCheck() throws Exception {
    int n = 8;
    CountDownLatch arrivals = new CountDownLatch(n);
    var p = provider(arrivals);
    encoder.gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        results.add(
            pool.submit(() -> p.authenticate(login("analyst", "secret")).isAuthenticated()));
      }
      assertThat(arrivals.await(10, TimeUnit.SECONDS)).isTrue();
      encoder.gate.countDown();
      for (Future<Boolean> r : results) {
        assertThat(r.get(10, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(encoder.checks).hasValue(1);
  }

  @Test
  void renewsARememberedCheckAheadOfExpiryWithoutMakingOthersWait() throws Exception {
    var p = provider(new CountDownLatch(0));
    p.authenticate(login("analyst", "secret"));
    assertThat(encoder.checks).hasValue(1);

    clock.now = clock.now.plus(Duration.ofMinutes(4).plusSeconds(30));
    encoder.gate = new CountDownLatch(1);
    CompletableFuture<Boolean> renewing =
        CompletableFuture.supplyAsync(
            () -> p.authenticate(login("analyst", "secret")).isAuthenticated());
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (encoder.checks.get() < 2) {
      assertThat(System.nanoTime()).as("the renewing request's check").isLessThan(giveUp);
      Thread.onSpinWait(); // until the renewing request is inside its bcrypt check
    }
    // another request meanwhile goes through on the remembered check, without a check of its own
    assertThat(p.authenticate(login("analyst", "secret")).isAuthenticated()).isTrue();
    assertThat(encoder.checks).hasValue(2);
    encoder.gate.countDown();
    assertThat(renewing.get(10, TimeUnit.SECONDS)).isTrue();

    // the renewed check holds five minutes from its renewal, past the first one's expiry
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    p.authenticate(login("analyst", "secret"));
    assertThat(encoder.checks).hasValue(2);
  }

  @Test
  void checksAgainAfterExpiry() {
    var p = provider(new CountDownLatch(0));
    p.authenticate(login("analyst", "secret"));
    p.authenticate(login("analyst", "secret"));
    assertThat(encoder.checks).hasValue(1);
    clock.now = clock.now.plus(TTL).plusSeconds(1);
    p.authenticate(login("analyst", "secret"));
    assertThat(encoder.checks).hasValue(2);
  }

  @Test
  void neverRemembersAWrongPassword() {
    var p = provider(new CountDownLatch(0));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> p.authenticate(login("analyst", "guess")))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThat(encoder.checks).hasValue(2);
  }

  @Test
  void refusesADisabledUserEvenWithARememberedCheck() {
    var p = provider(new CountDownLatch(0));
    p.authenticate(login("analyst", "secret"));
    enabled = false;
    assertThatThrownBy(() -> p.authenticate(login("analyst", "secret")))
        .isInstanceOf(DisabledException.class);
  }

  @Test
  void anUnknownUserPaysACheckAndIsRefused() {
    var p = provider(new CountDownLatch(0));
    assertThatThrownBy(() -> p.authenticate(login("nobody", "secret")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(encoder.checks).hasValue(1);
  }

  @Test
  void aRequestWaitingForAFailedCheckGetsThatFailureItself() throws Exception {
    CountDownLatch arrivals = new CountDownLatch(2);
    var p = provider(arrivals);
    encoder.gate = new CountDownLatch(1);
    encoder.failure = new IllegalStateException("hash store unavailable");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(pool.submit(() -> p.authenticate(login("analyst", "secret"))));
      }
      assertThat(arrivals.await(10, TimeUnit.SECONDS)).isTrue();
      encoder.gate.countDown();
      for (Future<Object> r : results) {
        assertThatThrownBy(() -> r.get(10, TimeUnit.SECONDS))
            .cause()
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("hash store unavailable");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCheckThatFailedWithAnErrorIsNotRememberedAndTheNextRequestChecksAgain() {
    var p = provider(new CountDownLatch(0));
    encoder.error = new StackOverflowError("deep");
    assertThatThrownBy(() -> p.authenticate(login("analyst", "secret")))
        .isInstanceOf(StackOverflowError.class);
    encoder.error = null;
    assertThat(p.authenticate(login("analyst", "secret")).isAuthenticated()).isTrue();
    assertThat(encoder.checks).hasValue(2);
  }
}
