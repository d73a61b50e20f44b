package io.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil report}: prints the products to PDF without a web server, as a given reader. */
class ReportCommandTest {
  @TempDir Path home;

  record Run(int code, String out, String err) {}

  Run vigil(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        VigilCli.run(
            Map.of("VIGIL_HOME", home.toString()),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void refusesAMissingElectionBeforeStartingAnything() {
    Run r = vigil("report", "assessment", "--pdf", home.resolve("a.pdf").toString());
    assertThat(ExitCode.fromInt(r.code())).isEqualTo(ExitCode.USAGE_ERROR);
    assertThat(r.err()).contains("--election");
    assertThat(vigil("report", "--help").out()).contains("assessment", "impact");
  }

  @Test
  void printsTheAssessmentMarkedOnEveryPageAndRefusesAnUnclearedReader() throws Exception {
    Path pdf = home.resolve("assessment.pdf");
    Run r =
        vigil(
            "report",
            "assessment",
            "--election",
            "us-2020-general",
            "--pdf",
            pdf.toString(),
            "--as",
            "analyst",
            "--demo");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("1(a) assessment of us-2020-general written to");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper strip = new PDFTextStripper();
      strip.setSortByPosition(true);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        strip.setStartPage(p);
        strip.setEndPage(p);
        assertThat(strip.getText(doc)).as("page " + p).contains("SECRET | TLP:AMBER");
      }
      strip.setStartPage(1);
      strip.setEndPage(doc.getNumberOfPages());
      assertThat(strip.getText(doc).replaceAll("\\s+", " "))
          .contains("ICA 2020-00078D")
          .contains("Key judgments")
          .contains("Printed for analyst (NIC)");
    }

    Path denied = home.resolve("impact.pdf");
    Run official =
        vigil(
            "report",
            "impact",
            "--election",
            "us-2020-general",
            "--pdf",
            denied.toString(),
            "--as",
            "official");
    assertThat(ExitCode.fromInt(official.code())).isEqualTo(ExitCode.USAGE_ERROR);
    assertThat(official.err()).contains("may not read it");
    assertThat(denied).doesNotExist();
    assertThat(Files.size(pdf)).isPositive();
  }
}
