package io.vigil.server.stix.web;

import io.vigil.process.InvalidField;
import io.vigil.process.access.Principal;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.server.security.CurrentUser;
import io.vigil.server.stix.StixExchange;
import io.vigil.stix.BundleRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** STIX 2.1 in and out: import a bundle as evidence; export an assessment as a report bundle. */
@RestController
class StixController {
  private final StixExchange stix;

  StixController(StixExchange stix) {
    this.stix = stix;
  }

  /**
   * Imports a STIX 2.1 bundle (the request body) as evidence of the election, with its actors and
   * activities.
   */
  @PostMapping(
      path = "/api/elections/{electionId}/stix",
      consumes = {MediaType.APPLICATION_JSON_VALUE, "application/stix+json"})
  ResponseEntity<StixExchange.Imported> importBundle(
      @PathVariable String electionId,
      @RequestBody byte[] bundle,
      @RequestParam(defaultValue = "STIX bundle uploaded through the API") String source,
      @RequestParam(defaultValue = "C3") String grading,
      @RequestParam(defaultValue = "UNCLASSIFIED") String classification,
      @RequestParam(defaultValue = "TLP:AMBER") String tlp) {
    Principal user = CurrentUser.get();
    Classification c;
    Tlp t;
    try {
      c = Classification.valueOf(classification);
    } catch (IllegalArgumentException e) {
      throw new InvalidField(
          "classification", "'" + classification + "' is not a classification level");
    }
    try {
      t = Tlp.parse(tlp);
    } catch (IllegalArgumentException e) {
      throw new InvalidField("tlp", "'" + tlp + "' is not a TLP 2.0 label");
    }
    var result =
        stix.importBundle(
            user,
            electionId,
            bundle,
            source,
            AdmiraltyGrade.parse(grading),
            Marking.of(c, t, user.organization()));
    return ResponseEntity.status(HttpStatus.CREATED).body(result);
  }

  /** The election's assessment as a STIX 2.1 report bundle (only what the reader may read). */
  @GetMapping(
      path = "/api/elections/{electionId}/assessment/stix",
      produces = "application/stix+json")
  byte[] export(@PathVariable String electionId) {
    return stix.exportAssessment(CurrentUser.get(), electionId);
  }

  @ExceptionHandler(BundleRejected.class)
  ProblemDetail rejected(BundleRejected e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "the bundle fails the STIX 2.1 schemas; nothing was imported");
    p.setTitle("Invalid STIX bundle");
    p.setProperty("field", "body");
    p.setProperty("violations", e.violations().stream().limit(200).map(Object::toString).toList());
    return p;
  }
}
