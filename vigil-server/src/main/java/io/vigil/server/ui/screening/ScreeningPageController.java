package io.vigil.server.ui.screening;

import io.vigil.process.InvalidField;
import io.vigil.screening.EntitySchema;
import io.vigil.screening.Outcome;
import io.vigil.screening.ScreeningQuery;
import io.vigil.screening.ScreeningResult;
import io.vigil.server.screening.SanctionsLists;
import io.vigil.server.ui.Banner;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/*
 * Design note. A desk officer's screening: one name, optionally its type, birth date and
 * nationality, against every list in force (Vigil's own designations and whatever lists the server
 * loaded), through the same SanctionsLists service as the API's /api/search. Each hit is shown with
 * its score, its outcome at the configured threshold and the matcher's explanation: which query
 * token met which name token and how (exact, transliteration, phonetic, edit, ...), which tokens
 * found no partner, and what beyond the name moved the score. Candidates down to 0.1 below the
 * threshold are listed as "no match" so that the officer sees the near misses too, as yente does.
 * The lists are public material, so the page is UNCLASSIFIED.
 */

/** Screen a name, with the explanation of each hit. */
@Controller
class ScreeningPageController {
  static final int LIMIT = 10;
  private final SanctionsLists lists;

  ScreeningPageController(SanctionsLists lists) {
    this.lists = lists;
  }

  /** A hit as the page shows it. */
  record Hit(ScreeningResult r, String outcome, String css, String score) {}

  @GetMapping("/screen")
  String screen(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String schema,
      @RequestParam(defaultValue = "") String birthDate,
      @RequestParam(defaultValue = "") String nationality,
      Model m) {
    double threshold = lists.defaultThreshold();
    m.addAttribute("name", name);
    m.addAttribute("schema", schema);
    m.addAttribute("birthDate", birthDate);
    m.addAttribute("nationality", nationality);
    m.addAttribute("threshold", String.format(Locale.ROOT, "%.2f", threshold));
    m.addAttribute("lists", lists.names("default"));
    m.addAttribute("banner", new Banner());
    if (name.isBlank()) {
      m.addAttribute("hits", null);
      return "ui/screen";
    }
    ScreeningQuery q;
    try {
      q =
          new ScreeningQuery(
              name,
              schema.isBlank() ? EntitySchema.UNKNOWN : EntitySchema.parse(schema),
              birthDate,
              nationality,
              List.of());
    } catch (IllegalArgumentException e) {
      String msg = String.valueOf(e.getMessage());
      throw new InvalidField(msg.startsWith("birthDate") ? "birthDate" : "name", msg);
    }
    List<Hit> hits =
        lists.screen("default", q, Math.max(0, threshold - 0.1), LIMIT).stream()
            .map(ScreeningPageController::hit)
            .toList();
    m.addAttribute("hits", hits);
    return "ui/screen";
  }

  static Hit hit(ScreeningResult r) {
    String score = String.format(Locale.ROOT, "%.3f", r.score());
    return switch (r.outcome()) {
      case Outcome.Match x -> new Hit(r, "match", "late", score);
      case Outcome.PossibleMatch x -> new Hit(r, "possible match", "due", score);
      case Outcome.NoMatch x -> new Hit(r, "no match", "ok", score);
    };
  }
}
