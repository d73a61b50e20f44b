package io.vigil.server.audit;

import io.vigil.process.access.Principal;
import io.vigil.process.audit.AuditChain;
import io.vigil.process.audit.AuditEntry;
import io.vigil.process.audit.AuditTrail;
import io.vigil.process.audit.ChainVerification;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/*
 * Design note. Appending locks the single audit_head row (SELECT ... FOR UPDATE), so that writers in
 * any number of transactions or server instances form one chain without gaps, and the entry is part
 * of the same transaction as the change it records: both commit or neither. Times are truncated to
 * microseconds before hashing because PostgreSQL stores no finer, and the hash must survive the
 * round trip. Verification streams the table in sequence order and names the first broken link.
 */

/** The append-only, hash-chained audit log in the database. */
@Component
public class AuditLog implements AuditTrail {
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public void record(
      Principal who,
      String action,
      String entityType,
      String entityId,
      @Nullable Object before,
      @Nullable Object after) {
    append(who.username(), action, entityType, entityId, toJson(before), toJson(after));
  }

  /** Appends one entry; must run inside the transaction of the change it records. */
  public AuditEntry append(
      String actor,
      String action,
      String entityType,
      String entityId,
      @Nullable String before,
      @Nullable String after) {
    record Head(long seq, String hash) {}
    Head head =
        jdbc.sql("select seq, hash from audit_head where id = 1 for update")
            .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
            .single();
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    AuditEntry e =
        AuditChain.next(
            head.seq() + 1, at, actor, action, entityType, entityId, before, after, head.hash());
    jdbc.sql(
            "insert into audit_log (seq, at, actor, action, entity_type, entity_id, before_json, after_json, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.seq(),
            Timestamp.from(e.at()),
            e.actor(),
            e.action(),
            e.entityType(),
            e.entityId(),
            e.before(),
            e.after(),
            e.prevHash(),
            e.hash())
        .update();
    jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1")
        .params(e.seq(), e.hash())
        .update();
    if (after != null) {
      events.publishEvent(new RecordChanged(entityType, entityId, action));
    }
    return e;
  }

  /** The newest entries first, optionally for one record. */
  public List<AuditEntry> recent(
      int limit, @Nullable String entityType, @Nullable String entityId) {
    String where = entityType == null ? "" : " where entity_type = ? and entity_id = ?";
    var spec =
        jdbc.sql(
            "select * from audit_log"
                + where
                + " order by seq desc limit "
                + Math.max(1, Math.min(limit, 1000)));
    if (entityType != null) {
      spec = spec.params(entityType, entityId);
    }
    return spec.query((rs, n) -> AuditRows.entry(rs)).list();
  }

  /** Checks the whole chain. */
  public ChainVerification verify() {
    return AuditRows.verify(jdbc);
  }

  private @Nullable String toJson(@Nullable Object o) {
    return o == null ? null : json.writeValueAsString(o);
  }

  static Instant instant(Object ts) {
    if (ts instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (ts instanceof Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + ts.getClass());
  }
}
