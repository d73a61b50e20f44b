package io.vigil.server.ui;

import io.vigil.server.VigilServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A harness, not a test: starts the server on the demo data (in-memory H2, templates cached as in
 * production), signs in as the analyst and times each page type over localhost after a warm-up.
 * Prints the median and 95th percentile per page in milliseconds (a round trip on localhost, so an
 * upper bound of the server time). Run: {@code java -cp <test classpath>
 * io.vigil.server.ui.PageTimingsBenchmark [rounds]}.
 */
public final class PageTimingsBenchmark {
  static final String[] PAGES = {
    "/",
    "/elections/us-2020-general",
    "/evidence",
    "/evidence/rows?q=treasury",
    "/evidence/ev-2020-ica-declassified",
    "/activities/act-2020-iran-emails",
    "/actors",
    "/actors/actor-gru-26165",
    "/judgments/jdg-2020-china",
    "/elections/us-2020-general/assessment",
    "/elections/us-2020-general/impact-report",
    "/public/designations",
    "/elections/us-2020-general/assessment.pdf",
    "/elections/us-2020-general/impact-report.pdf"
  };

  private PageTimingsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    try (ConfigurableApplicationContext ctx =
        VigilServer.start(
            "--server.port=0",
            "--vigil.demo=true",
            "--logging.level.root=WARN",
            "--spring.datasource.url=jdbc:h2:mem:vigil-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")) {
      String base = "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
      HttpClient http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      String login = get(http, base + "/login").body();
      Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
      if (!m.find()) {
        throw new IllegalStateException("no CSRF token on the sign-in page");
      }
      String form =
          "username=analyst&password=analyst&_csrf="
              + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
      http.send(
          HttpRequest.newBuilder(URI.create(base + "/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      System.out.printf("%-48s %8s %8s %8s%n", "page", "median", "p95", "bytes");
      for (String page : PAGES) {
        int size = 0;
        for (int i = 0; i < 10; i++) {
          size = check(get(http, base + page), page).body().length();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
          long t0 = System.nanoTime();
          check(get(http, base + page), page);
          ms.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf(
            "%-48s %8.1f %8.1f %8d%n",
            page, ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), size);
      }
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
  }

  private static HttpResponse<String> check(HttpResponse<String> r, String page) {
    if (r.statusCode() != 200) {
      throw new IllegalStateException(page + " answered " + r.statusCode());
    }
    return r;
  }
}
