package io.vigil.stix;

import io.vigil.stix.validation.StixValidator;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() throws Exception {
    StixValidator v = StixValidator.offline(SharedData.schemas());
    for (var p : SharedData.examples()) {
      long t = System.nanoTime();
      var r = v.validate(Files.readAllBytes(p));
      System.out.println(
          p.getFileName() + " " + r.objects() + " " + (System.nanoTime() - t) / 1000000 + "ms");
      r.violations().forEach(x -> System.out.println("  " + x));
    }
    for (int i = 0; i < 2; i++) {
      long t = System.nanoTime();
      var r = v.validate(Files.readAllBytes(SharedData.frameworks().resolve("disarm-stix21.json")));
      System.out.println("disarm " + r.objects() + " " + (System.nanoTime() - t) / 1000000 + "ms");
      r.violations().stream().limit(10).forEach(x -> System.out.println("  " + x));
    }
    var bad =
        "{\"type\":\"bundle\",\"id\":\"bundle--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b7e\",\"objects\":[{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b7e\",\"created\":\"2020-01-01T00:00:00Z\",\"modified\":\"2020-01-01T00:00:00.000Z\",\"pattern_type\":\"stix\",\"valid_from\":\"2020\", \"confidence\": 300},{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"id\":\"marking-definition--6f7c0a8e-1b7e-4b7e-9b7e-1b7e4b7e9b7e\",\"created\":\"2020-01-01T00:00:00.000Z\",\"definition_type\":\"statement\",\"definition\":{}}]}";
    v.validate(bad.getBytes()).violations().forEach(x -> System.out.println("  " + x));
  }
}
