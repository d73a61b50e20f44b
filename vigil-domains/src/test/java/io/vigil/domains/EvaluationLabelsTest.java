package io.vigil.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hand labels DomainsBenchmark scores against must stay consistent with data and registry. */
class EvaluationLabelsTest {
  @Test
  void everyLabelledHostIsInTheSharedDataAndNamesARegistryOrganisation() throws IOException {
    Path cyber =
        Path.of(System.getProperty("vigil.shared.data", "../../shared/data")).resolve("cyber");
    Set<String> hosts =
        new HashSet<>(Files.readAllLines(cyber.resolve("apt28-hosts-maltrail-subset.txt")));
    for (String line : Files.readAllLines(cyber.resolve("apt28-eset-sednit-domains.tsv"))) {
      hosts.add(line.split("\t")[0]);
    }
    Set<String> ids = new HashSet<>();
    Registry.defaults().organizations().forEach(o -> ids.add(o.id()));
    Map<String, String[]> labels = DomainsBenchmark.labels();
    assertThat(labels).hasSizeGreaterThan(50);
    assertThat(labels)
        .allSatisfy(
            (host, label) -> {
              assertThat(hosts).as("labelled host in the data").contains(host);
              assertThat(label[0]).isIn("imitates", "ambiguous");
              assertThat(ids).as("registry id of " + host).contains(label[1]);
              assertThat(label[2]).as("reason of " + host).isNotBlank();
            });
  }
}
