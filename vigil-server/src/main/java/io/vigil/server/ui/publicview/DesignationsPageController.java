package io.vigil.server.ui.publicview;

import io.vigil.process.Designation;
import io.vigil.process.ProcessService;
import io.vigil.server.ui.Banner;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published Sec. 2 designations, for anyone, without signing in: what OFAC publishes on the SDN
 * list under the program tag and no more ({@link ProcessService#designations()} decides the
 * fields). The page is UNCLASSIFIED, TLP:CLEAR by construction.
 */
@Controller
class DesignationsPageController {
  private final ProcessService process;

  DesignationsPageController(ProcessService process) {
    this.process = process;
  }

  @GetMapping("/public/designations")
  String designations(@RequestParam(defaultValue = "") String q, Model m) {
    String needle = q.strip().toLowerCase(Locale.ROOT);
    List<Designation> all = process.designations();
    List<Designation> shown =
        needle.isEmpty()
            ? all
            : all.stream()
                .filter(
                    d ->
                        d.name().toLowerCase(Locale.ROOT).contains(needle)
                            || d.aliases().stream()
                                .anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
    m.addAttribute("designations", shown);
    m.addAttribute("total", all.size());
    m.addAttribute("q", q);
    m.addAttribute("banner", new Banner());
    return "ui/designations";
  }
}
