package io.vigil.server.screening;

import io.vigil.process.IdGenerator;
import io.vigil.process.InvalidField;
import io.vigil.process.RecordNotFound;
import io.vigil.process.access.Principal;
import io.vigil.screening.EntitySchema;
import io.vigil.screening.ScreeningQuery;
import io.vigil.screening.ScreeningResult;
import io.vigil.server.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/*
 * Design note. What a bank's compliance team does after the first screening: it decides each hit
 * (true match or false positive, with a reason, audited), and when a list changes it wants to see
 * only what changed — a new hit, a hit that went away, a score that moved — not the whole alert
 * queue again. Each subject keeps the hits of its last screening; re-screening compares against
 * them, and a hit already dispositioned as a false positive stays quiet unless its score rises.
 */

/** Watched parties, their hits, dispositions and re-screening by difference. */
@Service
public class ScreeningCases {
  /** A hit as kept between screenings. */
  public record Hit(String list, String entityId, String caption, double score) {}

  /** What changed for one subject since its last screening. */
  public record Change(
      String subjectId, String subjectName, String kind, Hit hit, double previousScore) {}

  public record Subject(
      String id,
      String name,
      String schema,
      String birthDate,
      String nationality,
      List<Hit> hits,
      List<Map<String, Object>> dispositions) {}

  private static final double SCORE_MOVE = 0.05;
  private final JdbcClient jdbc;
  private final SanctionsLists lists;
  private final AuditLog audit;
  private final JsonMapper json;
  private final Clock clock;
  private final IdGenerator ids;

  ScreeningCases(
      JdbcClient jdbc,
      SanctionsLists lists,
      AuditLog audit,
      JsonMapper json,
      Clock clock,
      IdGenerator ids) {
    this.jdbc = jdbc;
    this.lists = lists;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
    this.ids = ids;
  }

  @Transactional
  public Subject add(
      Principal user, String name, String schema, String birthDate, String nationality) {
    ScreeningQuery q = query(name, schema, birthDate, nationality);
    List<Hit> hits = screen(q);
    String id = ids.next("subj");
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            "insert into screening_subject (id, name, schema_name, birth_date, nationality, created_by, created_at, last_hits, last_screened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            q.name(),
            q.schema().name(),
            q.birthDate(),
            q.nationality(),
            user.username(),
            now,
            json.writeValueAsString(hits),
            now)
        .update();
    audit.append(
        user.username(),
        "create",
        "screening_subject",
        id,
        null,
        json.writeValueAsString(Map.of("name", q.name(), "hits", hits)));
    return get(id);
  }

  public Subject get(String id) {
    var row =
        jdbc.sql("select * from screening_subject where id = ?")
            .param(id)
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getString("name"),
                      rs.getString("schema_name"),
                      rs.getString("birth_date"),
                      rs.getString("nationality"),
                      rs.getString("last_hits")
                    })
            .optional()
            .orElseThrow(() -> new RecordNotFound("screening subject", id));
    List<Map<String, Object>> dispositions =
        jdbc.sql(
                "select list_name, entity_id, decision, reason, decided_by, decided_at from screening_disposition where subject_id = ? order by decided_at")
            .param(id)
            .query(
                (rs, n) ->
                    Map.<String, Object>of(
                        "list",
                        rs.getString(1),
                        "entityId",
                        rs.getString(2),
                        "decision",
                        rs.getString(3),
                        "reason",
                        rs.getString(4),
                        "decidedBy",
                        rs.getString(5),
                        "decidedAt",
                        rs.getTimestamp(6).toInstant().toString()))
            .list();
    return new Subject(
        id,
        (String) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        hits((String) row[4]),
        dispositions);
  }

  /**
   * Records a decision on a hit; a later decision on the same hit replaces it, and both are
   * audited.
   */
  @Transactional
  public Subject dispose(
      Principal user,
      String subjectId,
      String list,
      String entityId,
      String decision,
      String reason) {
    Subject s = get(subjectId);
    if (!Set.of("TRUE_MATCH", "FALSE_POSITIVE").contains(decision)) {
      throw new InvalidField("decision", "must be TRUE_MATCH or FALSE_POSITIVE");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidField("reason", "a disposition must give its reason");
    }
    if (s.hits().stream().noneMatch(h -> h.list().equals(list) && h.entityId().equals(entityId))) {
      throw new InvalidField(
          "entityId", "'" + entityId + "' on list '" + list + "' is not a hit of this subject");
    }
    jdbc.sql(
            "delete from screening_disposition where subject_id = ? and list_name = ? and entity_id = ?")
        .params(subjectId, list, entityId)
        .update();
    jdbc.sql(
            "insert into screening_disposition (subject_id, list_name, entity_id, decision, reason, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            subjectId,
            list,
            entityId,
            decision,
            reason,
            user.username(),
            Timestamp.from(clock.instant()))
        .update();
    audit.append(
        user.username(),
        "disposition",
        "screening_subject",
        subjectId,
        null,
        json.writeValueAsString(
            Map.of("list", list, "entityId", entityId, "decision", decision, "reason", reason)));
    return get(subjectId);
  }

  /** Screens every subject again and returns only what changed since its last screening. */
  @Transactional
  public List<Change> rescreen(Principal user) {
    List<Change> changes = new ArrayList<>();
    record Row(String id, String name, String schema, String birth, String nat, String hits) {}
    List<Row> rows =
        jdbc.sql(
                "select id, name, schema_name, birth_date, nationality, last_hits from screening_subject order by id")
            .query(
                (rs, n) ->
                    new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
            .list();
    for (Row r : rows) {
      Map<String, Hit> before = index(hits(r.hits()));
      List<Hit> nowHits = screen(query(r.name(), r.schema(), r.birth(), r.nat()));
      Map<String, Hit> now = index(nowHits);
      Set<String> falsePositives =
          jdbc
              .sql(
                  "select list_name || '|' || entity_id from screening_disposition where subject_id = ? and decision = 'FALSE_POSITIVE'")
              .param(r.id())
              .query(String.class)
              .list()
              .stream()
              .collect(Collectors.toSet());
      for (var e : now.entrySet()) {
        Hit old = before.get(e.getKey());
        if (old == null) {
          changes.add(new Change(r.id(), r.name(), "new-hit", e.getValue(), 0));
        } else if (e.getValue().score() - old.score() >= SCORE_MOVE
            || (!falsePositives.contains(e.getKey())
                && old.score() - e.getValue().score() >= SCORE_MOVE)) {
          changes.add(new Change(r.id(), r.name(), "score-changed", e.getValue(), old.score()));
        }
      }
      for (var e : before.entrySet()) {
        if (!now.containsKey(e.getKey())) {
          changes.add(new Change(r.id(), r.name(), "hit-gone", e.getValue(), e.getValue().score()));
        }
      }
      jdbc.sql("update screening_subject set last_hits = ?, last_screened_at = ? where id = ?")
          .params(json.writeValueAsString(nowHits), Timestamp.from(clock.instant()), r.id())
          .update();
    }
    audit.append(
        user.username(),
        "rescreen",
        "screening_subject",
        "*",
        null,
        json.writeValueAsString(Map.of("subjects", rows.size(), "changes", changes.size())));
    return changes;
  }

  private List<Hit> screen(ScreeningQuery q) {
    List<Hit> out = new ArrayList<>();
    for (ScreeningResult r : lists.screen("default", q, lists.defaultThreshold(), 20)) {
      out.add(
          new Hit(
              r.list(),
              r.entity().id(),
              r.entity().caption(),
              Math.round(r.score() * 1000) / 1000.0));
    }
    return out;
  }

  private static Map<String, Hit> index(List<Hit> hits) {
    Map<String, Hit> m = new LinkedHashMap<>();
    for (Hit h : hits) {
      m.put(h.list() + "|" + h.entityId(), h);
    }
    return m;
  }

  private List<Hit> hits(String text) {
    return json.readValue(text, new TypeReference<List<Hit>>() {});
  }

  private static ScreeningQuery query(
      String name, String schema, String birthDate, String nationality) {
    try {
      return new ScreeningQuery(
          name,
          schema == null || schema.isBlank() ? EntitySchema.UNKNOWN : EntitySchema.parse(schema),
          birthDate,
          nationality,
          List.of());
    } catch (IllegalArgumentException e) {
      String f = e.getMessage() == null ? "name" : e.getMessage().split(" ")[0];
      throw new InvalidField(f.matches("[a-zA-Z]+") ? f : "name", String.valueOf(e.getMessage()));
    }
  }
}
