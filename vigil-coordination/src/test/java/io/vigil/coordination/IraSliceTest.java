package io.vigil.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The detector on a slice of the real IRA file (the first 20,000 lines, read in place). */
class IraSliceTest {
  static String slice(int lines) throws Exception {
    Path file =
        Path.of(System.getProperty("vigil.shared.data", "../../shared/data"))
            .resolve("influence/ira-tweets-clemson.csv.gz");
    StringBuilder b = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while (n++ < lines && (line = r.readLine()) != null) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void readsTheClemsonFileAndLinksAccountsThroughRetweetedText() throws Exception {
    String csv = slice(20_000);
    Detection d =
        new CoordinationDetector(Clock.systemUTC())
            .detect(Fixtures.stream(csv), "ira slice", PostFormat.IRA, DetectionOptions.defaults());

    // a line cut inside a quoted multi-line tweet may end the slice: at most one malformed row
    assertThat(d.stats().malformedRows()).isLessThanOrEqualTo(1);
    assertThat(d.stats().posts()).isGreaterThan(19_000);
    assertThat(d.stats().signalActions().get(Signal.CO_RETWEET)).isPositive();
    assertThat(d.stats().edges()).isPositive();
    assertThat(d.language(d.allAccounts().get(0))).isPresent();
    for (Cluster c : d.clusters()) {
      assertThat(c.reasons()).isNotEmpty();
      Reason top = c.reasons().get(0);
      assertThat(top.examples()).isNotEmpty();
      CoAction a = top.examples().get(0);
      assertThat(d.explain(a.account(), a.otherAccount(), 3)).isNotEmpty();
    }
  }
}
