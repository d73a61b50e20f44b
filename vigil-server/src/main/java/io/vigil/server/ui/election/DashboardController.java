package io.vigil.server.ui.election;

import io.vigil.process.ElectionOverview;
import io.vigil.process.Kind;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.deadline.Deadlines;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.server.security.CurrentUser;
import io.vigil.server.ui.Banner;
import io.vigil.server.ui.DeadlineView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard: the election cycles with their products' deadlines, overdue items, evidence. */
@Controller
class DashboardController {
  static final int RECENT = 8;

  /** The source the lookalike-domain detector gives the alerts it files as evidence. */
  static final String ALERT_SOURCE = "Vigil lookalike-domain detector";

  static final java.util.Set<String> TRIAGED = java.util.Set.of("confirmed", "dismissed");

  private final ProcessService process;

  DashboardController(ProcessService process) {
    this.process = process;
  }

  /** One election cycle as the dashboard lists it. */
  record Cycle(ElectionOverview overview, DeadlineView assessment, DeadlineView report) {}

  @GetMapping("/")
  String dashboard(Model m) {
    Principal user = CurrentUser.get();
    LocalDate today = LocalDate.now(process.clock().withZone(Deadlines.ZONE));
    List<Cycle> cycles = new ArrayList<>();
    List<String> overdue = new ArrayList<>();
    for (ElectionOverview o : process.elections(user)) {
      Cycle c =
          new Cycle(
              o, DeadlineView.of(o.assessment(), today), DeadlineView.of(o.impactReport(), today));
      cycles.add(c);
      for (DeadlineView d : List.of(c.assessment(), c.report())) {
        if (d.overdue()) {
          overdue.add(o.election().name() + ": " + d.product() + " " + d.countdown());
        }
      }
    }
    List<EvidenceItem> evidence = process.list(user, Kind.EVIDENCE, null);
    List<EvidenceItem> recent =
        evidence.stream()
            .sorted(Comparator.comparing(EvidenceItem::receivedAt).reversed())
            .limit(RECENT)
            .toList();
    List<EvidenceItem> alerts =
        evidence.stream()
            .filter(e -> e.source().equals(ALERT_SOURCE))
            .filter(e -> e.custody().stream().noneMatch(c -> TRIAGED.contains(c.action())))
            .toList();
    m.addAttribute("alerts", alerts);
    m.addAttribute("today", today);
    m.addAttribute("cycles", cycles);
    m.addAttribute("overdue", overdue);
    m.addAttribute("recent", recent);
    m.addAttribute("banner", new Banner().addAll(recent).addAll(alerts));
    return "ui/dashboard";
  }
}
