package io.vigil.server.screening;

import io.vigil.screening.ListFetcher;
import io.vigil.screening.ListStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the configured lists current, as Watchman and yente users expect: every source is fetched
 * from its publisher's address when its interval has passed, verified (it must parse whole and not
 * shrink suspiciously) and swapped in atomically; a broken or partial download keeps the version in
 * force, and the reason is logged and shown at {@code GET /api/lists/refresh}.
 */
@Component
public class ListRefresher {
  private static final Logger LOG = LoggerFactory.getLogger(ListRefresher.class);
  private final ScreeningProperties props;
  private final SanctionsLists lists;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(20))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final Map<String, String> lastOutcome = new ConcurrentHashMap<>();
  private volatile ListFetcher fetcher;

  ListRefresher(ScreeningProperties props, SanctionsLists lists, Clock clock) {
    this.props = props;
    this.lists = lists;
    this.clock = clock;
  }

  /** Runs every minute; each source is fetched only when its own interval has passed. */
  @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT1M")
  public void refreshDue() {
    if (props.getSources().isEmpty()) {
      return;
    }
    if (fetcher == null) {
      fetcher = new ListFetcher(lists.store(), http, clock);
    }
    for (ListStore.Replacement r : fetcher.refreshDue(sources())) {
      record(r);
    }
  }

  /** What happened at the last attempt of each source. */
  public Map<String, String> outcomes() {
    return Map.copyOf(lastOutcome);
  }

  private void record(ListStore.Replacement r) {
    Instant now = clock.instant();
    switch (r) {
      case ListStore.Replaced ok -> {
        String msg =
            now
                + " replaced: version "
                + ok.list().version()
                + ", "
                + ok.list().entities().size()
                + " entities; "
                + ok.delta().added().size()
                + " added, "
                + ok.delta().removed().size()
                + " removed, "
                + ok.delta().changed().size()
                + " changed";
        lastOutcome.put(ok.list().name(), msg);
        LOG.info("list {}", msg);
      }
      case ListStore.Kept kept -> {
        String msg = now + " kept the version in force: " + kept.reason();
        lastOutcome.put(kept.list(), msg);
        LOG.warn("list {} {}", kept.list(), msg);
      }
    }
  }

  private List<ListFetcher.Source> sources() {
    return props.getSources().stream()
        .map(
            s -> {
              Map<String, URI> files = new LinkedHashMap<>();
              s.getFiles().forEach((k, v) -> files.put(k, URI.create(v)));
              return new ListFetcher.Source(
                  s.getName(),
                  files,
                  props.getRefresh(),
                  ListStore.Verification.atLeast(s.getMinEntities(), 0.5));
            })
        .toList();
  }
}
