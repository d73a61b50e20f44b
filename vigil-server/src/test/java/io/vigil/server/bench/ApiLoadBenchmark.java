package io.vigil.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/*
 * Design note. An open-loop load generator: requests are sent on a fixed schedule (rate r), and
 * each latency is measured from the time the request was due, not from when it was sent, so a
 * slow server cannot hide its queueing delay (coordinated omission; Gil Tene, "How NOT to measure
 * latency"; wrk2 does the same). Requests are asynchronous so the schedule never waits for answers.
 * Not a test: run by bench/api.sh against a running server.
 */

/** Measures p50/p99 of reading an assessment and adding evidence at a fixed request rate. */
public final class ApiLoadBenchmark {
  private ApiLoadBenchmark() {}

  record Result(
      String name, int sent, int ok, int failed, double p50, double p90, double p99, double max) {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    String label = args.length > 3 ? args[3] : "";
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("analyst:analyst".getBytes(StandardCharsets.UTF_8));
    IntFunction<HttpRequest> read =
        i ->
            HttpRequest.newBuilder(URI.create(base + "/api/assessments/asm-2020"))
                .header("Authorization", auth)
                .GET()
                .build();
    IntFunction<HttpRequest> add =
        i ->
            HttpRequest.newBuilder(URI.create(base + "/api/elections/us-2020-general/evidence"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"bench item "
                            + i
                            + "\",\"source\":\"load benchmark\",\"content\":\"observed lookalike domain senate-sso-"
                            + i
                            + ".example\",\"grading\":\"C3\",\"observables\":[\"senate-sso-"
                            + i
                            + ".example\"],\"marking\":{\"classification\":\"UNCLASSIFIED\",\"tlp\":\"TLP:GREEN\"}}"))
                .build();
    if (args.length > 4 && args[4].equals("match")) {
      String[] names = {
        "Vladimir Putin",
        "Jon Smith",
        "Yevgeniy Prigozhin",
        "Maria Garcia",
        "Dmitriy Badin",
        "Li Wei",
        "Andrii Derkach",
        "Anna Schmidt"
      };
      IntFunction<HttpRequest> match =
          i ->
              HttpRequest.newBuilder(URI.create(base + "/api/match/default"))
                  .header("Authorization", auth)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\""
                              + names[i % names.length]
                              + "\"]}}}}"))
                  .build();
      // a new server gets its traffic the way a load balancer's slow start gives it: climbing to
      // the full rate over 20 s, then 10 s at the full rate (at the full rate from the first
      // second, a server still compiling its request path built a queue that took 10-20 s to
      // drain)
      run(http, "warm-up", match, rate, Integer.getInteger("ramp", 20), true);
      run(http, "warm-up", match, rate, Integer.getInteger("warmup", 10));
      Result r =
          run(
              http,
              "match one party (POST /api/match/default, yente format)",
              match,
              rate,
              seconds);
      System.out.printf(
          Locale.ROOT,
          "%n%s at %d requests/s for %d s (open loop)%n| operation | sent | ok | failed | p50 ms | p90 ms | p99 ms | max ms |%n|---|---|---|---|---|---|---|---|%n",
          label,
          rate,
          seconds);
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
          r.name(),
          r.sent(),
          r.ok(),
          r.failed(),
          r.p50(),
          r.p90(),
          r.p99(),
          r.max());
      return;
    }
    // warm up at the full rate: JIT, connection pool, the database's caches (15 s each; the first
    // 20 s at 200/s on a cold PostgreSQL showed p99 five times the warm figure)
    run(http, "warm-up", read, rate, 15);
    run(http, "warm-up", add, rate, 15);
    List<Result> results =
        List.of(
            run(http, "read assessment (GET /api/assessments/{id})", read, rate, seconds),
            run(http, "add evidence (POST /api/elections/{id}/evidence)", add, rate, seconds));
    System.out.printf(
        Locale.ROOT,
        "%n%s at %d requests/s for %d s each (open loop; latency from the scheduled time)%n",
        label,
        rate,
        seconds);
    System.out.printf(
        Locale.ROOT,
        "| operation | sent | ok | failed | p50 ms | p90 ms | p99 ms | max ms |%n|---|---|---|---|---|---|---|---|%n");
    for (Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
          r.name(),
          r.sent(),
          r.ok(),
          r.failed(),
          r.p50(),
          r.p90(),
          r.p99(),
          r.max());
    }
  }

  /**
   * Sends {@code rate × seconds} requests on schedule. Keeps nothing per request but its latency in
   * a preallocated array: holding every response until the end grew this process's live heap to 70
   * MB and its own GC pauses (40 ms) showed up as server latency, since latency counts from the
   * scheduled time.
   */
  static Result run(
      HttpClient http, String name, IntFunction<HttpRequest> req, int rate, int seconds)
      throws Exception {
    return run(http, name, req, rate, seconds, false);
  }

  /**
   * As above; with {@code ramp}, the rate climbs linearly from 0 to {@code rate} over the seconds
   * (request i is due at sqrt(2 i T / rate)), as a load balancer's slow start sends traffic to a
   * new instance (HAProxy {@code slowstart}, Envoy {@code slow_start_config}, AWS ALB slow start).
   */
  static Result run(
      HttpClient http,
      String name,
      IntFunction<HttpRequest> req,
      int rate,
      int seconds,
      boolean ramp)
      throws Exception {
    int total = ramp ? rate * seconds / 2 : rate * seconds;
    long interval = 1_000_000_000L / rate;
    double[] bySchedule = new double[total];
    boolean[] ok = new boolean[total];
    CountDownLatch answered = new CountDownLatch(total);
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due =
          ramp ? start + (long) (Math.sqrt(2.0 * i * seconds / rate) * 1e9) : start + i * interval;
      int at = i;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      http.sendAsync(req.apply(i), HttpResponse.BodyHandlers.discarding())
          .whenComplete(
              (res, ex) -> {
                bySchedule[at] = (System.nanoTime() - due) / 1e6;
                ok[at] = ex == null && res.statusCode() < 300;
                answered.countDown();
              });
    }
    answered.await();
    double[] l = new double[total];
    int n = 0;
    for (int i = 0; i < total; i++) {
      if (ok[i]) {
        l[n++] = bySchedule[i];
      }
    }
    l = Arrays.copyOf(l, n);
    Arrays.sort(l);
    if (Boolean.getBoolean("timeline")) {
      timeline(name, bySchedule, rate);
    }
    return new Result(
        name, total, n, total - n, pct(l, 0.50), pct(l, 0.90), pct(l, 0.99), n == 0 ? 0 : l[n - 1]);
  }

  /** Per second of the schedule: the slowest request and how many took over 10 ms. */
  static void timeline(String name, double[] bySchedule, int rate) {
    StringBuilder sb = new StringBuilder(name).append(": second max-ms/over-10ms");
    for (int s = 0; s * rate < bySchedule.length; s++) {
      double max = 0;
      int slow = 0;
      for (int i = s * rate; i < Math.min(bySchedule.length, (s + 1) * rate); i++) {
        max = Math.max(max, bySchedule[i]);
        slow += bySchedule[i] > 10 ? 1 : 0;
      }
      sb.append(String.format(Locale.ROOT, " %d:%.0f/%d", s, max, slow));
    }
    System.out.println(sb);
  }

  static double pct(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
