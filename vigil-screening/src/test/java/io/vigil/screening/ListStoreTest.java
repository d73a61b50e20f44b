package io.vigil.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListStoreTest {
  static final String GOOD =
      "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan Petrov\"]}}\n"
          + "{\"id\":\"b\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Romashka LLC\"]}}\n";

  @Test
  void fetchesVerifiesAndSwapsInAndKeepsTheVersionInForceOnABrokenDownload() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String[] body = {GOOD};
    int[] status = {200};
    server.createContext(
        "/list.json",
        ex -> {
          byte[] b = body[0].getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(status[0], b.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
          }
        });
    server.start();
    try {
      ListStore store = new ListStore();
      ListFetcher fetcher = new ListFetcher(store, HttpClient.newHttpClient(), OfacCsvTest.CLOCK);
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/list.json");
      var source =
          new ListFetcher.Source(
              "t",
              Map.of("list.ftm.json", uri),
              Duration.ofHours(12),
              ListStore.Verification.atLeast(2, 0.5));

      var first = fetcher.refresh(source);
      assertThat(first).isInstanceOf(ListStore.Replaced.class);
      assertThat(((ListStore.Replaced) first).delta().added()).hasSize(2);

      body[0] = GOOD + "{\"id\": trunc"; // a broken file
      var broken = fetcher.refresh(source);
      assertThat(broken)
          .isInstanceOfSatisfying(ListStore.Kept.class, k -> assertThat(k.reason()).contains(":3"));
      assertThat(store.list("t").orElseThrow().entities()).hasSize(2);

      body[0] = GOOD.lines().findFirst().orElseThrow() + "\n"; // shrank to one entity
      assertThat(fetcher.refresh(source))
          .isInstanceOfSatisfying(
              ListStore.Kept.class, k -> assertThat(k.reason()).contains("only 1 entities"));

      status[0] = 500;
      body[0] = GOOD;
      assertThat(fetcher.refresh(source))
          .isInstanceOfSatisfying(
              ListStore.Kept.class, k -> assertThat(k.reason()).contains("HTTP 500"));
      assertThat(store.current("t").orElseThrow().screener().entities()).isEqualTo(2);

      // the interval has not passed on the injected clock: nothing is fetched
      assertThat(fetcher.refreshDue(List.of(source))).isEmpty();
    } finally {
      server.stop(0);
    }
  }
}
