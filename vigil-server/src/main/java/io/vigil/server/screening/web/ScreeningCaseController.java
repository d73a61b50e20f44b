package io.vigil.server.screening.web;

import io.vigil.process.access.Role;
import io.vigil.server.screening.ListRefresher;
import io.vigil.server.screening.ScreeningCases;
import io.vigil.server.security.CurrentUser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Watched parties, dispositions of their hits, and re-screening that reports only what changed. */
@RestController
class ScreeningCaseController {
  private final ScreeningCases cases;
  private final ListRefresher refresher;

  ScreeningCaseController(ScreeningCases cases, ListRefresher refresher) {
    this.cases = cases;
    this.refresher = refresher;
  }

  record SubjectRequest(
      @Nullable String name,
      @Nullable String schema,
      @Nullable String birthDate,
      @Nullable String nationality) {}

  record DispositionRequest(
      @Nullable String list,
      @Nullable String entityId,
      @Nullable String decision,
      @Nullable String reason) {}

  @PostMapping("/api/screening/subjects")
  ResponseEntity<ScreeningCases.Subject> add(@RequestBody SubjectRequest r) {
    var s =
        cases.add(
            CurrentUser.get(),
            r.name() == null ? "" : r.name(),
            r.schema(),
            r.birthDate(),
            r.nationality());
    return ResponseEntity.created(URI.create("/api/screening/subjects/" + s.id())).body(s);
  }

  @GetMapping("/api/screening/subjects/{id}")
  ScreeningCases.Subject get(@PathVariable String id) {
    return cases.get(id);
  }

  @PostMapping("/api/screening/subjects/{id}/dispositions")
  ScreeningCases.Subject dispose(@PathVariable String id, @RequestBody DispositionRequest r) {
    return cases.dispose(
        CurrentUser.get(),
        id,
        r.list() == null ? "" : r.list(),
        r.entityId() == null ? "" : r.entityId(),
        r.decision() == null ? "" : r.decision(),
        r.reason() == null ? "" : r.reason());
  }

  @PostMapping("/api/screening/rescreen")
  List<ScreeningCases.Change> rescreen() {
    return cases.rescreen(CurrentUser.get());
  }

  /** What the scheduled refresh of each list did last. */
  @GetMapping("/api/lists/refresh")
  Map<String, String> refreshStatus() {
    return refresher.outcomes();
  }

  /** Refreshes the lists whose interval has passed, now (administrators). */
  @PostMapping("/api/lists/refresh")
  Map<String, String> refreshNow() {
    CurrentUser.get().require(Role.ADMINISTRATOR, "refresh the lists");
    refresher.refreshDue();
    return refresher.outcomes();
  }
}
