package io.vigil.server.screening.web;

import io.vigil.screening.DesignationPublisher;
import io.vigil.server.screening.SanctionsLists;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Vigil's published designations as files, in OFAC's legacy CSV and in FollowTheMoney: public. */
@RestController
class PublicListController {
  private final SanctionsLists lists;

  PublicListController(SanctionsLists lists) {
    this.lists = lists;
  }

  @GetMapping("/api/public/designations/sdn.csv")
  ResponseEntity<byte[]> sdn() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DesignationPublisher.writeSdnCsv(lists.ownDesignations(), 90000001, out);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.ISO_8859_1))
        .body(out.toByteArray());
  }

  @GetMapping("/api/public/designations/alt.csv")
  ResponseEntity<byte[]> alt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DesignationPublisher.writeAltCsv(lists.ownDesignations(), 90000001, out);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.ISO_8859_1))
        .body(out.toByteArray());
  }

  @GetMapping("/api/public/designations/entities.ftm.json")
  ResponseEntity<byte[]> ftm() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DesignationPublisher.writeFollowTheMoney(lists.ownDesignations(), out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/x-ndjson"))
        .body(out.toByteArray());
  }
}
