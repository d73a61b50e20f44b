package io.vigil.domains;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * End-to-end figures for the README, run by {@code bench/domains.sh} on the whole shared data: the
 * six August 2018 domains, recall on the APT28 hosts that imitate a registry organisation (hand
 * labels in {@code eval/apt28-registry-imitations.tsv}), false alerts on the 20,000 benign domains,
 * the same six against a dnstwist-style permutation list, and throughput with N threads.
 *
 * <p>Arguments: {@code [dataDir] [seconds] [threads]}; defaults: system property {@code
 * vigil.shared.data} or {@code ../shared/data}, 10 seconds, 2 threads.
 */
public final class DomainsBenchmark {
  static final Map<String, String> AUGUST_2018 = new LinkedHashMap<>();

  static {
    AUGUST_2018.put("my-iri.org", "iri");
    AUGUST_2018.put("hudsonorg-my-sharepoint.com", "hudson");
    AUGUST_2018.put("senate.group", "senate");
    AUGUST_2018.put("adfs-senate.services", "senate");
    AUGUST_2018.put("adfs-senate.email", "senate");
    AUGUST_2018.put("office365-onedrive.com", "microsoft");
  }

  private DomainsBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data =
        Path.of(
            args.length > 0 ? args[0] : System.getProperty("vigil.shared.data", "../shared/data"));
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Path cyber = data.resolve("cyber");
    long t0 = System.nanoTime();
    LookalikeDetector detector = LookalikeDetector.withDefaults();
    System.out.printf(
        "detector built in %.0f ms (%d organisations)%n",
        (System.nanoTime() - t0) / 1e6, detector.organizations().size());

    System.out.println("\n## The six domains Microsoft seized in August 2018");
    int six = 0;
    for (Map.Entry<String, String> e : AUGUST_2018.entrySet()) {
      Verdict v = detector.check(e.getKey());
      String expected = orgName(detector, e.getValue());
      boolean ok = v.alert() && v.imitates() != null && v.imitates().org().equals(expected);
      six += ok ? 1 : 0;
      System.out.printf(
          "%-30s %-5s score %.2f imitates %s | %s%n",
          e.getKey(), ok ? "OK" : "MISS", v.score(), v.imitates(), String.join("; ", v.reasons()));
    }
    System.out.printf("alerted with the right organisation: %d of 6 (dnstwist: 1 of 6)%n", six);

    System.out.println("\n## Permutation generation (dnstwist's method) on the imitated domains");
    Set<String> generated = new LinkedHashSet<>();
    for (String protectedDomain :
        List.of(
            "iri.org",
            "hudson.org",
            "senate.gov",
            "office365.com",
            "onedrive.com",
            "microsoft.com")) {
      for (Variant variant : Variants.generate(protectedDomain)) {
        generated.add(variant.domain());
      }
    }
    long inList = AUGUST_2018.keySet().stream().filter(generated::contains).count();
    System.out.printf(
        "%d permutations of iri.org, hudson.org, senate.gov, office365.com, onedrive.com, microsoft.com"
            + " contain %d of the 6 (%s)%n",
        generated.size(),
        inList,
        AUGUST_2018.keySet().stream().filter(generated::contains).toList());

    System.out.println("\n## APT28 hosts (maltrail subset + ESET Sednit)");
    Set<String> apt28 =
        new LinkedHashSet<>(lines(cyber.resolve("apt28-hosts-maltrail-subset.txt")));
    List<String> eset = lines(cyber.resolve("apt28-eset-sednit-domains.tsv"));
    for (String line : eset.subList(1, eset.size())) {
      apt28.add(line.split("\t")[0].strip());
    }
    Map<String, String[]> labels = labels();
    int positives = 0;
    int caught = 0;
    int ambiguous = 0;
    int ambiguousAlerted = 0;
    List<String> missed = new ArrayList<>();
    List<String> otherAlerts = new ArrayList<>();
    for (String host : apt28) {
      Verdict v = detector.check(host);
      String[] label = labels.get(host);
      if (label == null) {
        if (v.alert()) {
          otherAlerts.add(describe(v));
        }
      } else if (label[0].equals("ambiguous")) {
        ambiguous++;
        ambiguousAlerted += v.alert() ? 1 : 0;
      } else {
        positives++;
        String expected = orgName(detector, label[1]);
        if (v.alert() && v.imitates() != null && v.imitates().org().equals(expected)) {
          caught++;
        } else {
          missed.add(describe(v) + "   [label: " + label[2] + "]");
        }
      }
    }
    for (String host : labels.keySet()) {
      if (!apt28.contains(host)) {
        throw new IllegalStateException("labelled host not in the data: " + host);
      }
    }
    System.out.printf(
        "%d distinct hosts; %d imitate a registry organisation (hand labels), %d ambiguous%n",
        apt28.size(), positives, ambiguous);
    System.out.printf(
        "recall: %d of %d = %.3f (alert with the right organisation)%n",
        caught, positives, caught / (double) positives);
    System.out.printf(
        "ambiguous hosts alerted: %d of %d (not scored)%n", ambiguousAlerted, ambiguous);
    System.out.println("missed:");
    missed.forEach(m -> System.out.println("  " + m));
    System.out.printf(
        "alerts on APT28 hosts labelled as imitating no registry organisation: %d%n",
        otherAlerts.size());
    otherAlerts.forEach(m -> System.out.println("  " + m));

    System.out.println("\n## Benign domains (OpenDNS top 10k + random 10k, 2014)");
    List<String> benign = new ArrayList<>(lines(cyber.resolve("benign-opendns-top-10k.txt")));
    benign.addAll(lines(cyber.resolve("benign-opendns-random-10k.txt")));
    int falseAlerts = 0;
    int invalid = 0;
    List<String> alerts = new ArrayList<>();
    for (String domain : benign) {
      try {
        Verdict v = detector.check(domain);
        if (v.alert()) {
          falseAlerts++;
          alerts.add(describe(v));
        }
      } catch (InvalidDomain e) {
        invalid++;
      }
    }
    System.out.printf(
        "false alerts: %d of %d = %.3f%% (limit 0.1%% = 20); %d names rejected as invalid%n",
        falseAlerts, benign.size(), 100.0 * falseAlerts / benign.size(), invalid);
    alerts.forEach(a -> System.out.println("  " + a));

    System.out.println("\n## Throughput (parse + check, default registry)");
    List<String> all = new ArrayList<>(benign);
    all.addAll(apt28);
    String[] names = all.toArray(String[]::new);
    throughput(detector, names, 3, threads, new LongAdder());
    LongAdder cpuNanos = new LongAdder();
    double perSecond = throughput(detector, names, seconds, threads, cpuNanos);
    double perCpuSecond = perSecond * seconds / (cpuNanos.sum() / 1e9);
    System.out.printf(
        "%,.0f domains/s wall-clock with %d threads over %d s (%d distinct names, cycled;"
            + " load average %s)%n",
        perSecond,
        threads,
        seconds,
        names.length,
        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    System.out.printf(
        "%,.0f domains per CPU-second of the whole JVM (checking threads, GC, JIT), i.e. %,.0f"
            + " domains/s on 2 dedicated cores; goal 500,000 on 2 cores%n",
        perCpuSecond, 2 * perCpuSecond);
  }

  private static double throughput(
      LookalikeDetector detector, String[] names, int seconds, int threads, LongAdder cpuNanos)
      throws InterruptedException {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long processCpuStart = os.getProcessCpuTime();
    LongAdder count = new LongAdder();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t * names.length / Math.max(1, threads);
      Thread worker =
          new Thread(
              () -> {
                long done = 0;
                long sink = 0;
                int i = offset;
                while ((done & 1023) != 0 || System.nanoTime() < deadline) {
                  try {
                    sink += detector.check(names[i]).reasons().size();
                  } catch (InvalidDomain e) {
                    sink++;
                  }
                  i = i + 1 == names.length ? 0 : i + 1;
                  done++;
                }
                count.add(done);
                if (sink == 42) {
                  System.out.print("");
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    cpuNanos.add(os.getProcessCpuTime() - processCpuStart);
    return count.sum() / ((System.nanoTime() - start) / 1e9);
  }

  private static String describe(Verdict v) {
    return String.format(
        "%-40s %.2f %s | %s",
        v.domain(),
        v.score(),
        v.imitates() == null ? "-" : v.imitates().org(),
        String.join("; ", v.reasons()));
  }

  private static String orgName(LookalikeDetector detector, String id) {
    return detector.organizations().stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no registry organisation " + id))
        .name();
  }

  static Map<String, String[]> labels() throws IOException {
    Map<String, String[]> labels = new LinkedHashMap<>();
    try (InputStream in =
        DomainsBenchmark.class.getResourceAsStream("eval/apt28-registry-imitations.tsv")) {
      if (in == null) {
        throw new IllegalStateException("eval/apt28-registry-imitations.tsv missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t");
        labels.put(f[0], new String[] {f[1], f[2], f[3]});
      }
    }
    return labels;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
