package io.vigil.server.ui.detection;

import io.vigil.coordination.Cluster;
import io.vigil.coordination.CoAction;
import io.vigil.coordination.Reason;
import io.vigil.coordination.SharedItem;
import io.vigil.coordination.Signal;
import io.vigil.coordination.Technique;
import io.vigil.process.InvalidField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the clusters back from a stored coordination result (the JSON the detector writes). The
 * content of an evidence item is untrusted, so the reader is strict about types, bounded in size,
 * and any surprise is a 400 naming the problem, never a 500.
 */
final class StoredClusters {
  static final int MAX_CLUSTERS = 200;
  static final int MAX_EXAMPLES = 50;

  private StoredClusters() {}

  /** The clusters and the number of posts read. */
  record Result(long posts, List<Cluster> clusters) {}

  static Result read(JsonMapper json, byte[] content) {
    try {
      JsonNode root = json.readTree(content);
      List<Cluster> out = new ArrayList<>();
      for (JsonNode c : root.path("clusters")) {
        if (out.size() >= MAX_CLUSTERS) {
          break;
        }
        List<String> accounts = new ArrayList<>();
        c.path("accounts").forEach(a -> accounts.add(a.asString()));
        List<Reason> reasons = new ArrayList<>();
        for (JsonNode r : c.path("reasons")) {
          Signal s = Signal.parse(r.path("signal").asString());
          List<SharedItem> items = new ArrayList<>();
          for (JsonNode i : r.path("topItems")) {
            items.add(
                new SharedItem(
                    s,
                    i.path("item").asString(),
                    i.path("members").asInt(),
                    i.path("allAccounts").asInt()));
          }
          List<CoAction> examples = new ArrayList<>();
          for (JsonNode x : r.path("examples")) {
            if (examples.size() >= MAX_EXAMPLES) {
              break;
            }
            examples.add(
                new CoAction(
                    s,
                    x.path("item").asString(),
                    x.path("account").asString(),
                    Instant.parse(x.path("time").asString()),
                    x.path("otherAccount").asString(),
                    Instant.parse(x.path("otherTime").asString())));
          }
          reasons.add(
              new Reason(
                  s,
                  r.path("text").asString(),
                  r.path("edges").asInt(),
                  r.path("weightShare").asDouble(),
                  items,
                  examples));
        }
        List<Technique> techniques = new ArrayList<>();
        for (JsonNode t : c.path("techniques")) {
          techniques.add(new Technique(t.path("id").asString(), t.path("name").asString()));
        }
        out.add(
            new Cluster(
                c.path("id").asInt(),
                accounts,
                c.path("score").asDouble(),
                reasons,
                Instant.parse(c.path("from").asString()),
                Instant.parse(c.path("to").asString()),
                techniques));
      }
      return new Result(root.path("stats").path("posts").asLong(), out);
    } catch (RuntimeException e) {
      throw new InvalidField(
          "content", "is not a coordination result Vigil can read: " + e.getMessage());
    }
  }
}
