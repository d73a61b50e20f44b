package io.vigil.server.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.screening.EntitySchema;
import io.vigil.screening.ListEntity;
import io.vigil.screening.SanctionsList;
import io.vigil.screening.Screener;
import io.vigil.screening.ScreeningQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ScreeningWorkersTest {
  static ListEntity person(String id, String name) {
    return new ListEntity(
        id,
        EntitySchema.PERSON,
        name,
        List.of(name),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of("RUSSIA-EO14024"),
        "");
  }

  static final List<ListEntity> ENTITIES =
      List.of(
          person("1", "PUTIN, Vladimir Vladimirovich"),
          person("2", "PRIGOZHIN, Yevgeniy Viktorovich"),
          person("3", "DERKACH, Andrii Leonidovych"));

  static Screener screener() {
    return Screener.of(List.of(new SanctionsList("t", "1", Instant.EPOCH, ENTITIES)));
  }

  @Test
  void runsScreeningsOnItsOwnFewThreads() {
    try (ScreeningWorkers w = new ScreeningWorkers(2)) {
      Set<String> seen = ConcurrentHashMap.newKeySet();
      List<Thread> callers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Thread t =
            Thread.ofPlatform()
                .start(
                    () -> {
                      for (int j = 0; j < 50; j++) {
                        seen.add(w.call(() -> Thread.currentThread().getName()));
                      }
                    });
        callers.add(t);
      }
      callers.forEach(
          t -> {
            try {
              t.join();
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
          });
      assertThat(seen).isNotEmpty().allMatch(n -> n.startsWith("screen-")).hasSizeLessThan(3);
    }
  }

  @Test
  void workAskedForFromAScreeningThreadRunsInPlaceInsteadOfWaitingOnThePool() {
    try (ScreeningWorkers w = new ScreeningWorkers(1)) {
      // with one thread, handing the inner call to the pool would wait forever
      assertThat(
              org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                  java.time.Duration.ofSeconds(10), () -> w.call(() -> w.call(() -> 42))))
          .isEqualTo(42);
    }
  }

  @Test
  void rethrowsTheWorksOwnFailure() {
    try (ScreeningWorkers w = new ScreeningWorkers(1)) {
      assertThatThrownBy(
              () ->
                  w.call(
                      () -> {
                        throw new IllegalArgumentException("unknown list 'x'");
                      }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unknown list 'x'");
    }
  }

  @Test
  void refusesAPoolWithoutThreads() {
    assertThatThrownBy(() -> new ScreeningWorkers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void warmUpScreensEveryQueryEachRoundOnEveryThread() {
    try (ScreeningWorkers w = new ScreeningWorkers(2)) {
      int perRound = ScreeningWorkers.queries(ENTITIES).size();
      var done =
          w.warmUp(ENTITIES, List.of(screener()), 3, Duration.ofMinutes(10), System::nanoTime);
      assertThat(done.queries()).isEqualTo(2 * 3 * perRound);
    }
  }

  @Test
  void aRequestDuringTheWarmUpWaitsForOneChunkNotForTheWholeWarmUp() throws Exception {
    AtomicLong clockReads = new AtomicLong();
    java.util.concurrent.CompletableFuture<Long> request =
        new java.util.concurrent.CompletableFuture<>();
    try (ScreeningWorkers w = new ScreeningWorkers(1)) {
      int rounds = 10; // 150 queries on the one thread, more than two chunks
      var done =
          w.warmUp(
              ENTITIES,
              List.of(screener()),
              rounds,
              Duration.ofMinutes(10),
              () -> {
                // the clock is read once per warm-up query: early in the first chunk, a request
                // comes in from a web thread
                if (clockReads.incrementAndGet() == 5) {
                  Thread web =
                      Thread.ofPlatform().start(() -> request.complete(w.call(clockReads::get)));
                  // until the request is queued and its thread waits for the answer
                  long giveUp = System.nanoTime() + 10_000_000_000L;
                  while (web.getState() != Thread.State.WAITING && System.nanoTime() < giveUp) {
                    Thread.onSpinWait();
                  }
                }
                return System.nanoTime();
              });
      assertThat(done.queries()).isEqualTo(rounds * ScreeningWorkers.queries(ENTITIES).size());
      // the request ran after the first chunk, long before the warm-up's last query
      assertThat(request.get(10, java.util.concurrent.TimeUnit.SECONDS))
          .isLessThanOrEqualTo(ScreeningWorkers.WARM_UP_CHUNK + 3)
          .isLessThan(done.queries());
    }
  }

  @Test
  void warmUpStopsWhenItsBudgetIsSpent() {
    AtomicLong ticks = new AtomicLong();
    try (ScreeningWorkers w = new ScreeningWorkers(1)) {
      // every reading of the clock moves it one millisecond on
      var done =
          w.warmUp(
              ENTITIES,
              List.of(screener()),
              1_000,
              Duration.ofMillis(20),
              () -> ticks.addAndGet(1_000_000));
      assertThat(done.queries()).isBetween(1, 20);
    }
  }

  @Test
  void warmUpQueriesAreMistypedListNamesAndNamesInOtherScripts() {
    List<ScreeningQuery> qs = ScreeningWorkers.queries(ENTITIES);
    assertThat(qs).hasSize(ENTITIES.size() + ScreeningWorkers.SCRIPT_SAMPLES.size());
    assertThat(qs.getFirst().name())
        .isNotEqualTo("PUTIN, Vladimir Vladimirovich")
        .hasSize("PUTIN, Vladimir Vladimirovich".length() + 1);
    assertThat(qs).extracting(ScreeningQuery::name).contains("Владимир Путин", "블라디미르 푸틴");
    // and the matcher still finds the entity behind a mistyped name
    assertThat(screener().screen(qs.getFirst(), 0.7, 1))
        .singleElement()
        .satisfies(r -> assertThat(r.entity().id()).isEqualTo("1"));
  }

  @Test
  void noWarmUpWithoutLists() {
    try (ScreeningWorkers w = new ScreeningWorkers(1)) {
      assertThat(w.warmUp(List.of(), List.of(), 5, Duration.ofSeconds(1), System::nanoTime))
          .isEqualTo(new ScreeningWorkers.WarmUp(0, 0));
    }
  }
}
