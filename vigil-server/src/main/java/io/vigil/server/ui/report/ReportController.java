package io.vigil.server.ui.report;

import io.vigil.server.security.CurrentUser;
import io.vigil.server.ui.report.ReportService.Product;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The two products as pages and as PDF downloads, for the signed-in reader. */
@Controller
class ReportController {
  private final ReportService reports;

  ReportController(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping("/elections/{id}/{product:assessment|impact-report}")
  ResponseEntity<String> page(@PathVariable String id, @PathVariable String product) {
    Product p = ReportService.product(product);
    String pdfUrl = "/elections/" + id + "/" + p.slug() + ".pdf";
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(reports.html(CurrentUser.get(), p, id, pdfUrl));
  }

  @GetMapping("/elections/{id}/{product:assessment|impact-report}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable String product) {
    Product p = ReportService.product(product);
    byte[] pdf = reports.pdf(CurrentUser.get(), p, id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(ReportService.fileName(p, id))
                .build()
                .toString())
        .body(pdf);
  }
}
