package io.vigil.stix;

import io.vigil.process.demo.DemoData;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.marking.Marking;
import io.vigil.stix.catalog.TechniqueCatalog;
import io.vigil.stix.model.Bundle;
import io.vigil.stix.validation.StixValidator;
import io.vigil.stix.validation.ValidationReport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;

/*
 * Design note. A harness, not a test (bench/stix.sh runs it): times schema validation of the real
 * framework bundles (DISARM 698 objects, ATT&CK Enterprise 9,014 objects converted from STIX 2.0),
 * the typed read/write round trip, catalog loading, and the export and re-import of the demo 2020
 * assessment. Each figure is the median of several runs after one warm-up run; the first (cold)
 * run is printed too, since a CLI user pays it.
 */

/** Prints the vigil-stix figures for the README. */
public final class StixBenchmark {
  private StixBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data =
        Path.of(
            args.length > 0 ? args[0] : System.getProperty("vigil.shared.data", "../shared/data"));
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    System.setProperty("vigil.shared.data", data.toString());
    Path frameworks = data.resolve("frameworks");

    long t0 = System.nanoTime();
    StixValidator validator = StixValidator.fromSharedData(data);
    byte[] disarm = Files.readAllBytes(frameworks.resolve(TechniqueCatalog.DISARM_FILE));
    ValidationReport first = validator.validate(disarm);
    double cold = ms(t0);
    System.out.println("| measurement | cold (ms) | median warm (ms) | note |");
    System.out.println("|---|---:|---:|---|");
    row(
        "validate DISARM bundle (698 objects, 855 KB)",
        cold,
        time(runs, () -> validator.validate(disarm)),
        first.valid() ? "valid" : first.violations().size() + " errors");

    JsonNode attack20;
    try (InputStream in =
        new GZIPInputStream(
            Files.newInputStream(frameworks.resolve(TechniqueCatalog.ATTACK_FILE)))) {
      attack20 = StixJson.mapper().readTree(in);
    }
    JsonNode attack21 = TechniqueCatalog.convert20to21(attack20);
    long t1 = System.nanoTime();
    ValidationReport a = validator.validate(attack21);
    row(
        "validate ATT&CK Enterprise converted to 2.1 (9,014 objects)",
        ms(t1),
        time(runs, () -> validator.validate(attack21)),
        a.valid() ? "valid" : a.violations().size() + " errors");
    row(
        "convert ATT&CK 2.0 → 2.1 (tree)",
        Double.NaN,
        time(runs, () -> TechniqueCatalog.convert20to21(attack20)),
        "");
    row(
        "typed read + write of ATT&CK (9,014 objects)",
        Double.NaN,
        time(runs, () -> StixJson.tree(StixJson.read(attack21))),
        "round trip keeps the JSON tree");

    long t2 = System.nanoTime();
    TechniqueCatalog catalog = TechniqueCatalog.load(frameworks);
    row(
        "load both catalogs (DISARM + ATT&CK gz)",
        ms(t2),
        time(Math.max(3, runs / 2), () -> TechniqueCatalog.load(frameworks)),
        catalog.groups().size() + " ATT&CK groups");

    Demo demo = new Demo();
    Bundle bundle = demo.export(DemoData.E2020);
    byte[] json = StixJson.write(bundle);
    row(
        "export the demo 2020 assessment (" + bundle.objects().size() + " objects)",
        Double.NaN,
        time(runs, () -> demo.export(DemoData.E2020)),
        json.length + " bytes");
    StixImporter importer = new StixImporter(validator, catalog);
    ImportRequest req =
        new ImportRequest(
            DemoData.E2020, "bench", AdmiraltyGrade.parse("B2"), Marking.publicRecord("Vigil"));
    row(
        "validate + import that bundle",
        Double.NaN,
        time(runs, () -> importer.importBundle(json, req)),
        "");
  }

  private static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static double time(int runs, Supplier<?> work) {
    work.get();
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long s = System.nanoTime();
      work.get();
      t[i] = ms(s);
    }
    Arrays.sort(t);
    return t[runs / 2];
  }

  private static void row(String what, double cold, double warm, String note) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %.1f | %s |%n",
        what,
        Double.isNaN(cold) ? "" : String.format(Locale.ROOT, "%.0f", cold),
        warm,
        note);
  }
}
