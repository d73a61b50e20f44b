package io.vigil.screening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/*
 * Design note: keeps lists current the way Watchman (refresh every 12 h) and yente (index updates
 * from the data catalogue) do. Each source names its files and the URL each is fetched from. The
 * files are downloaded with java.net.http into a fresh temporary folder; a non-200 status, a
 * length that differs from Content-Length, or an I/O error aborts the fetch. The folder is then
 * parsed whole and verified (minimum entries, no sharp shrink) before ListStore swaps it in; any
 * failure keeps the version in force and says why. Time comes from the injected Clock; the
 * scheduler calls refreshDue(), which refreshes the sources whose interval has passed.
 */
/** Downloads lists from configurable addresses and swaps them in after verification. */
public final class ListFetcher {

  /**
   * Where a list comes from.
   *
   * @param name the list's name in the store
   * @param files file name to URL; OFAC CSV files ({@code sdn.csv}, {@code alt.csv}, …) or one
   *     FollowTheMoney file ({@code entities.ftm.json})
   * @param interval how often to refresh
   * @param verification sanity checks on a new version
   */
  public record Source(
      String name, Map<String, URI> files, Duration interval, ListStore.Verification verification) {
    public Source {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      if (files == null || files.isEmpty()) {
        throw new IllegalArgumentException("files must not be empty");
      }
      files = Map.copyOf(files);
    }
  }

  private final ListStore store;
  private final HttpClient http;
  private final Clock clock;
  private final Map<String, Instant> lastAttempt = new ConcurrentHashMap<>();

  public ListFetcher(ListStore store, HttpClient http, Clock clock) {
    this.store = store;
    this.http = http;
    this.clock = clock;
  }

  /** Refreshes the sources whose interval has passed since their last attempt. */
  public List<ListStore.Replacement> refreshDue(List<Source> sources) {
    Instant now = clock.instant();
    return sources.stream()
        .filter(
            s -> {
              Instant last = lastAttempt.get(s.name());
              return last == null || !now.isBefore(last.plus(s.interval()));
            })
        .map(this::refresh)
        .toList();
  }

  /** Fetches, verifies and swaps in one source now. */
  public ListStore.Replacement refresh(Source source) {
    lastAttempt.put(source.name(), clock.instant());
    Path dir;
    try {
      dir = Files.createTempDirectory("vigil-list-");
    } catch (IOException e) {
      return new ListStore.Kept(
          source.name(),
          "cannot create a temporary folder: " + e.getMessage(),
          store.list(source.name()));
    }
    try {
      for (Map.Entry<String, URI> f : source.files().entrySet()) {
        String problem = download(f.getValue(), dir.resolve(f.getKey()));
        if (problem != null) {
          return new ListStore.Kept(
              source.name(), f.getKey() + ": " + problem, store.list(source.name()));
        }
      }
      Path target = dir;
      if (source.files().size() == 1
          && !source.files().containsKey("sdn.csv")
          && !source.files().containsKey("cons_prim.csv")) {
        target = dir.resolve(source.files().keySet().iterator().next());
      }
      Path from = target;
      return store.replace(
          source.name(),
          () -> {
            SanctionsList l = Lists.load(from, clock);
            return new SanctionsList(
                source.name(), clock.instant().toString(), l.importedAt(), l.entities());
          },
          source.verification());
    } finally {
      deleteQuietly(dir);
    }
  }

  private String download(URI uri, Path to) {
    try {
      HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build();
      HttpResponse<Path> resp = http.send(req, HttpResponse.BodyHandlers.ofFile(to));
      if (resp.statusCode() != 200) {
        return "HTTP " + resp.statusCode() + " from " + uri;
      }
      long size = Files.size(to);
      var declared = resp.headers().firstValueAsLong("Content-Length");
      if (declared.isPresent() && declared.getAsLong() != size) {
        return "partial download: " + size + " of " + declared.getAsLong() + " bytes from " + uri;
      }
      if (size == 0) {
        return "empty download from " + uri;
      }
      return null;
    } catch (IOException e) {
      return "download failed from " + uri + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // a leftover temporary file is harmless
    }
  }
}
