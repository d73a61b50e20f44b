package io.vigil.server.detection;

import io.vigil.coordination.Cluster;
import io.vigil.coordination.CoordinationDetector;
import io.vigil.coordination.Detection;
import io.vigil.coordination.DetectionOptions;
import io.vigil.coordination.PostFormat;
import io.vigil.domains.LookalikeDetector;
import io.vigil.domains.Verdict;
import io.vigil.process.InvalidField;
import io.vigil.process.Kind;
import io.vigil.process.NewEvidence;
import io.vigil.process.ProcessService;
import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.activity.Activity;
import io.vigil.process.evidence.AdmiraltyGrade;
import io.vigil.process.evidence.EvidenceItem;
import io.vigil.process.marking.Marking;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/*
 * Design note. A detector's output becomes evidence like anything else Vigil holds: the uploaded
 * posts are stored as one item (with their SHA-256), the detection result as another that names
 * the first in its summary, and both are linked to the activity, in one transaction. A lookalike
 * alert becomes one item per alerted domain whose content is a STIX 2.1 bundle (an indicator with
 * the pattern [domain-name:value = '…'] and the domain-name observable), so that it travels to
 * OpenCTI or MISP as it is; the analyst triages it by adding a custody event (confirmed or
 * dismissed). Markings default to the activity's, never lower.
 */

/** Runs the engines on uploaded data and files their findings as evidence of an activity. */
@Service
public class DetectionEvidence {
  /** STIX 2.1 namespace for deterministic SCO ids (UUIDv5), spec section 2.9. */
  private static final UUID STIX_NAMESPACE =
      UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");

  private final ProcessService process;
  private final TransactionTemplate tx;
  private final JsonMapper json;
  private final Clock clock;
  private final LookalikeDetector lookalikes = LookalikeDetector.withDefaults();

  DetectionEvidence(ProcessService process, TransactionTemplate tx, JsonMapper json, Clock clock) {
    this.process = process;
    this.tx = tx;
    this.json = json;
    this.clock = clock;
  }

  /** The result of a coordination run filed as evidence. */
  public record CoordinationFiled(
      String uploadEvidenceId, String resultEvidenceId, int posts, List<Cluster> clusters) {}

  /** The verdicts of a domain check, and the evidence filed for the alerts. */
  public record DomainsFiled(List<Verdict> verdicts, List<String> evidenceIds) {}

  public List<Verdict> check(List<String> domains) {
    List<Verdict> out = new ArrayList<>();
    for (String d : domains) {
      try {
        out.add(lookalikes.check(d));
      } catch (IllegalArgumentException e) {
        throw new InvalidField("domains", "'" + d + "': " + e.getMessage());
      }
    }
    return out;
  }

  /**
   * Runs a coordination detection on uploaded posts and files upload and result with the activity.
   */
  public CoordinationFiled coordination(
      Principal user,
      String activityId,
      String uploadName,
      byte[] upload,
      PostFormat format,
      DetectionOptions options,
      Marking requested) {
    user.require(Role.ANALYST, "run a detection for an activity");
    Activity activity = process.get(user, Kind.ACTIVITY, activityId);
    Marking marking = atLeast(requested, activity.marking());
    Detection d;
    try (InputStream in = new java.io.ByteArrayInputStream(upload)) {
      d = new CoordinationDetector(clock).detect(in, uploadName, format, options);
    } catch (IOException e) {
      throw new InvalidField("file", "could not be read: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new InvalidField("file", String.valueOf(e.getMessage()));
    }
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    try {
      d.writeJson(result);
    } catch (IOException e) {
      throw new IllegalStateException("writing the detection result failed", e);
    }
    List<String> accounts =
        d.clusters().stream().flatMap(c -> c.accounts().stream()).limit(500).toList();
    return tx.execute(
        s -> {
          EvidenceItem raw =
              process.addEvidence(
                  user,
                  new NewEvidence(
                      activity.electionId(),
                      "Posts uploaded for coordination detection: " + uploadName,
                      "upload by " + user.username() + " (" + user.organization() + ")",
                      "application/octet-stream",
                      upload,
                      AdmiraltyGrade.parse("F6"),
                      marking,
                      format.name().toLowerCase(java.util.Locale.ROOT)
                          + " posts, "
                          + d.stats().posts()
                          + " read, "
                          + d.malformedRows().size()
                          + " malformed rows",
                      List.of()));
          String summary =
              d.clusters().size()
                  + " coordinated clusters among "
                  + d.allAccounts().size()
                  + " accounts in upload "
                  + raw.id()
                  + " (sha256 "
                  + raw.sha256()
                  + "); signals "
                  + options.signals()
                  + ". Each cluster lists the signals that hold it together and the concrete co-actions behind its strongest links.";
          EvidenceItem res =
              process.addEvidence(
                  user,
                  new NewEvidence(
                      activity.electionId(),
                      "Coordination detection: "
                          + d.clusters().size()
                          + " clusters in "
                          + uploadName,
                      "Vigil coordination detector",
                      "application/json",
                      result.toByteArray(),
                      AdmiraltyGrade.parse("C3"),
                      marking,
                      summary,
                      accounts));
          process.linkEvidence(user, activityId, raw.id());
          process.linkEvidence(user, activityId, res.id());
          return new CoordinationFiled(raw.id(), res.id(), (int) d.stats().posts(), d.clusters());
        });
  }

  /** Checks domains; each alert becomes an evidence item (a STIX bundle) linked to the activity. */
  public DomainsFiled domainAlerts(
      Principal user, String activityId, List<String> domains, Marking requested) {
    user.require(Role.ANALYST, "file domain alerts for an activity");
    Activity activity = process.get(user, Kind.ACTIVITY, activityId);
    Marking marking = atLeast(requested, activity.marking());
    List<Verdict> verdicts = check(domains);
    return tx.execute(
        s -> {
          List<String> ids = new ArrayList<>();
          for (Verdict v : verdicts) {
            if (!v.alert() || v.imitates() == null) {
              continue;
            }
            byte[] bundle = stixBundle(v);
            EvidenceItem e =
                process.addEvidence(
                    user,
                    new NewEvidence(
                        activity.electionId(),
                        "Lookalike domain "
                            + v.domain()
                            + " imitates "
                            + v.imitates().org()
                            + " ("
                            + v.imitates().domain()
                            + ")",
                        "Vigil lookalike-domain detector",
                        "application/stix+json;version=2.1",
                        bundle,
                        AdmiraltyGrade.parse("C2"),
                        marking,
                        String.format(
                            java.util.Locale.ROOT,
                            "score %.2f: %s",
                            v.score(),
                            String.join("; ", v.reasons())),
                        List.of(v.domain())));
            process.linkEvidence(user, activityId, e.id());
            ids.add(e.id());
          }
          return new DomainsFiled(verdicts, ids);
        });
  }

  private byte[] stixBundle(Verdict v) {
    String now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    String domainId = "domain-name--" + uuid5(STIX_NAMESPACE, "{\"value\":\"" + v.domain() + "\"}");
    String indicatorId = "indicator--" + UUID.randomUUID();
    Map<String, Object> indicator = new LinkedHashMap<>();
    indicator.put("type", "indicator");
    indicator.put("spec_version", "2.1");
    indicator.put("id", indicatorId);
    indicator.put("created", now);
    indicator.put("modified", now);
    indicator.put("name", "Lookalike of " + v.imitates().domain() + ": " + v.domain());
    indicator.put("description", String.join("; ", v.reasons()));
    indicator.put("indicator_types", List.of("malicious-activity"));
    indicator.put("pattern", "[domain-name:value = '" + v.domain().replace("'", "\\'") + "']");
    indicator.put("pattern_type", "stix");
    indicator.put("valid_from", now);
    indicator.put("confidence", (int) Math.round(v.score() * 100));
    indicator.put(
        "x_vigil_imitates", Map.of("org", v.imitates().org(), "domain", v.imitates().domain()));
    Map<String, Object> domain = new LinkedHashMap<>();
    domain.put("type", "domain-name");
    domain.put("spec_version", "2.1");
    domain.put("id", domainId);
    domain.put("value", v.domain());
    Map<String, Object> rel = new LinkedHashMap<>();
    rel.put("type", "relationship");
    rel.put("spec_version", "2.1");
    rel.put("id", "relationship--" + UUID.randomUUID());
    rel.put("created", now);
    rel.put("modified", now);
    rel.put("relationship_type", "based-on");
    rel.put("source_ref", indicatorId);
    rel.put("target_ref", domainId);
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("type", "bundle");
    bundle.put("id", "bundle--" + UUID.randomUUID());
    bundle.put("objects", List.of(indicator, domain, rel));
    return json.writeValueAsString(bundle).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The stricter of the requested marking and the activity's, keeping the requester as originator.
   */
  private static Marking atLeast(Marking requested, Marking activity) {
    Marking j = requested.join(activity);
    if (requested.originator().equalsIgnoreCase(activity.originator())) {
      return j;
    }
    return new Marking(
        j.classification(),
        j.controls(),
        requested.tlp().compareTo(activity.tlp()) >= 0 ? requested.tlp() : activity.tlp(),
        requested.originator(),
        requested.sharedWith());
  }

  static UUID uuid5(UUID namespace, String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      java.nio.ByteBuffer ns =
          java.nio.ByteBuffer.allocate(16)
              .putLong(namespace.getMostSignificantBits())
              .putLong(namespace.getLeastSignificantBits());
      sha1.update(ns.array());
      sha1.update(name.getBytes(StandardCharsets.UTF_8));
      byte[] h = sha1.digest();
      h[6] = (byte) ((h[6] & 0x0f) | 0x50);
      h[8] = (byte) ((h[8] & 0x3f) | 0x80);
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(h, 0, 16);
      return new UUID(b.getLong(), b.getLong());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
