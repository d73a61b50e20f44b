package io.vigil.server.audit.web;

import io.vigil.process.access.Principal;
import io.vigil.process.access.Role;
import io.vigil.process.audit.AuditEntry;
import io.vigil.process.audit.ChainVerification;
import io.vigil.process.marking.Marking;
import io.vigil.server.audit.AuditLog;
import io.vigil.server.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log for administrators. An entry's before and after carry whole records, so they are
 * redacted unless the reader could read the record itself: the audit log is no way around markings.
 */
@RestController
class AuditController {
  private final AuditLog log;
  private final JsonMapper json;

  AuditController(AuditLog log, JsonMapper json) {
    this.log = log;
    this.json = json;
  }

  record EntryView(
      long seq,
      Instant at,
      String actor,
      String action,
      String entityType,
      String entityId,
      @Nullable Object before,
      @Nullable Object after,
      String hash) {}

  @GetMapping("/api/audit")
  List<EntryView> entries(
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(required = false) @Nullable String entityType,
      @RequestParam(required = false) @Nullable String entityId) {
    Principal user = CurrentUser.get();
    user.require(Role.ADMINISTRATOR, "read the audit log");
    return log.recent(limit, entityType, entityId).stream().map(e -> view(user, e)).toList();
  }

  @GetMapping("/api/audit/verify")
  Map<String, Object> verify() {
    CurrentUser.get().require(Role.ADMINISTRATOR, "verify the audit log");
    return switch (log.verify()) {
      case ChainVerification.Intact i ->
          Map.of("intact", true, "entries", i.entries(), "head", i.headHash());
      case ChainVerification.Broken b ->
          Map.of(
              "intact",
              false,
              "firstBrokenEntry",
              b.seq(),
              "goodEntries",
              b.goodEntries(),
              "reason",
              b.reason());
    };
  }

  private EntryView view(Principal user, AuditEntry e) {
    return new EntryView(
        e.seq(),
        e.at(),
        e.actor(),
        e.action(),
        e.entityType(),
        e.entityId(),
        body(user, e.before()),
        body(user, e.after()),
        e.hash());
  }

  private @Nullable Object body(Principal user, @Nullable String text) {
    if (text == null) {
      return null;
    }
    JsonNode node = json.readTree(text);
    JsonNode m = node.get("marking");
    if (m != null && !m.isNull()) {
      Marking marking = json.treeToValue(m, Marking.class);
      if (!user.canRead(marking)) {
        return Map.of(
            "redacted", "the record is marked " + marking.banner() + ", above what you may read");
      }
    }
    return node;
  }
}
