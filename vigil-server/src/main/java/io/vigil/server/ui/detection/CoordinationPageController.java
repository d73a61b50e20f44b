package io.vigil.server.ui.detection;

import io.vigil.coordination.Cluster;
import io.vigil.coordination.CoAction;
import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.PostFormat;
import io.vigil.coordination.Reason;
import io.vigil.process.InvalidField;
import io.vigil.process.Kind;
import io.vigil.process.NewEvidence;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.activity.Activity;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import io.vigil.server.detection.DetectionEvidence;
import io.vigil.server.security.CurrentUser;
import io.vigil.server.ui.Banner;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/*
 * Design note. An analyst uploads posts for an activity; the server's DetectionEvidence runs the
 * coordination detector and files the upload and the result as evidence of the activity (the API
 * does the same). The page then shows each cluster as a network: accounts as nodes, and as edges
 * the concrete co-actions the detector gives as the reasons for the cluster (both accounts shared
 * this URL, retweeted this post, replied to this post, within the signal's window), each with the
 * item and the two times, so that every link in the graph carries the evidence behind it. The same
 * co-actions are listed in tables, which is the page without JavaScript. The result itself stays
 * available as the filed evidence item.
 */

/** Coordination detection for an activity: upload posts, see the clusters as a graph. */
@Controller
class CoordinationPageController {
  /** The source the detector gives the results it files as evidence. */
  static final String SOURCE = "Vigil coordination detector";

  private final ProcessService process;
  private final DetectionEvidence detections;
  private final JsonMapper json;

  CoordinationPageController(
      ProcessService process, DetectionEvidence detections, JsonMapper json) {
    this.process = process;
    this.detections = detections;
    this.json = json;
  }

  /** A cluster with its co-actions, as the page lists them. */
  record ClusterView(Cluster c, String score, List<CoAction> links) {}

  @GetMapping("/activities/{id}/coordination")
  String form(@PathVariable String id, Model m) {
    Principal user = CurrentUser.get();
    user.require(Role.ANALYST, "run a detection for an activity");
    Activity a = process.get(user, Kind.ACTIVITY, id);
    m.addAttribute("a", a);
    m.addAttribute("formats", PostFormat.values());
    m.addAttribute("result", null);
    m.addAttribute("banner", new Banner().add(a));
    return "ui/coordination";
  }

  @PostMapping("/activities/{id}/coordination")
  String run(
      @PathVariable String id,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "jsonl") String format,
      Model m)
      throws IOException {
    Principal user = CurrentUser.get();
    Activity a = process.get(user, Kind.ACTIVITY, id);
    if (file.isEmpty()) {
      throw new InvalidField("file", "is empty: upload the posts to analyse");
    }
    if (file.getSize() > NewEvidence.MAX_CONTENT) {
      throw new InvalidField("file", "is larger than " + NewEvidence.MAX_CONTENT + " bytes");
    }
    PostFormat f;
    try {
      f = PostFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new InvalidField("format", String.valueOf(e.getMessage()));
    }
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    var filed =
        detections.coordination(
            user,
            id,
            name,
            file.getBytes(),
            f,
            DetectionOptions.defaults(),
            new Marking(
                a.marking().classification(),
                List.of(),
                Tlp.AMBER,
                user.organization(),
                List.of()));
    List<ClusterView> clusters =
        filed.clusters().stream()
            .map(
                c ->
                    new ClusterView(
                        c,
                        String.format(Locale.ROOT, "%.2f", c.score()),
                        c.reasons().stream().flatMap(r -> r.examples().stream()).toList()))
            .toList();
    m.addAttribute("a", a);
    m.addAttribute("formats", PostFormat.values());
    m.addAttribute("result", filed);
    m.addAttribute("clusters", clusters);
    m.addAttribute("graph", graph(filed.clusters()));
    m.addAttribute(
        "banner",
        new Banner()
            .add(a)
            .add(process.get(user, Kind.EVIDENCE, filed.resultEvidenceId()))
            .add(process.get(user, Kind.EVIDENCE, filed.uploadEvidenceId())));
    return "ui/coordination";
  }

  /** A filed result, read back from the evidence store and shown as when it was run. */
  @GetMapping("/evidence/{id}/clusters")
  String stored(@PathVariable String id, Model m) {
    Principal user = CurrentUser.get();
    EvidenceItem ev = process.get(user, Kind.EVIDENCE, id);
    if (!ev.source().equals(SOURCE)) {
      throw new InvalidField("id", "'" + id + "' is not a result of the coordination detector");
    }
    StoredClusters.Result r =
        StoredClusters.read(json, process.evidenceContent(user, id).orElse(new byte[0]));
    Activity a =
        process.list(user, Kind.ACTIVITY, ev.electionId()).stream()
            .filter(x -> x.evidenceIds().contains(id))
            .findFirst()
            .orElse(null);
    Matcher upload = UPLOAD.matcher(ev.summary());
    m.addAttribute("a", a);
    m.addAttribute("formats", PostFormat.values());
    m.addAttribute(
        "result",
        new DetectionEvidence.CoordinationFiled(
            upload.find() ? upload.group(1) : id, id, (int) r.posts(), r.clusters()));
    m.addAttribute("clusters", views(r.clusters()));
    m.addAttribute("graph", graph(r.clusters()));
    m.addAttribute("stored", ev);
    m.addAttribute("banner", new Banner().add(ev).add(a));
    return "ui/coordination";
  }

  private static final Pattern UPLOAD = Pattern.compile("in upload (ev-[A-Za-z0-9-]+)");

  static List<ClusterView> views(List<Cluster> clusters) {
    return clusters.stream()
        .map(
            c ->
                new ClusterView(
                    c,
                    String.format(Locale.ROOT, "%.2f", c.score()),
                    c.reasons().stream().flatMap(r -> r.examples().stream()).toList()))
        .toList();
  }

  /** Cytoscape elements: a parent node per cluster, its accounts, and one edge per co-action. */
  static String graph(List<Cluster> clusters) {
    StringBuilder b = new StringBuilder("[");
    Set<String> seen = new LinkedHashSet<>();
    Map<String, Integer> edges = new LinkedHashMap<>();
    for (Cluster c : clusters) {
      String parent = "cluster-" + c.id();
      comma(b)
          .append("{\"data\":{\"id\":")
          .append(json(parent))
          .append(",\"label\":")
          .append(json("cluster " + c.id()))
          .append("}}");
      for (String acc : c.accounts()) {
        if (seen.add(acc)) {
          comma(b)
              .append("{\"data\":{\"id\":")
              .append(json("acct:" + acc))
              .append(",\"label\":")
              .append(json(acc))
              .append(",\"parent\":")
              .append(json(parent))
              .append("}}");
        }
      }
    }
    for (Cluster c : clusters) {
      for (Reason r : c.reasons()) {
        for (CoAction x : r.examples()) {
          if (!seen.contains(x.account()) || !seen.contains(x.otherAccount())) {
            continue;
          }
          String key = x.account() + "\u0000" + x.otherAccount() + "\u0000" + x.signal();
          if (edges.containsKey(key)) {
            continue;
          }
          edges.put(key, edges.size());
          comma(b)
              .append("{\"data\":{\"id\":")
              .append(json("e" + edges.size()))
              .append(",\"source\":")
              .append(json("acct:" + x.account()))
              .append(",\"target\":")
              .append(json("acct:" + x.otherAccount()))
              .append(",\"label\":")
              .append(json(x.signal().cliName() + ": " + shorten(x.item())))
              .append("}}");
        }
      }
    }
    return b.append("]").toString();
  }

  private static StringBuilder comma(StringBuilder b) {
    return b.length() > 1 ? b.append(',') : b;
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 39) + "…";
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
