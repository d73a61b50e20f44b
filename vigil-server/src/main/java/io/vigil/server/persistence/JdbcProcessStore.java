package io.vigil.server.persistence;

import io.vigil.process.ConcurrentChange;
import io.vigil.process.Kind;
import io.vigil.process.ProcessRecord;
import io.vigil.process.ProcessStore;
import io.vigil.process.marking.Classification;
import io.vigil.process.marking.Marking;
import io.vigil.process.marking.Tlp;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The process store over JDBC, the same SQL on H2 and PostgreSQL. Each record is a row of its
 * kind's table: the columns carry what is queried or enforced, the body the record as JSON. Updates
 * check and bump the version, so a concurrent writer is refused rather than silently overwritten.
 */
@Repository
class JdbcProcessStore implements ProcessStore {
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  JdbcProcessStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public <T extends ProcessRecord> Optional<T> find(Kind<T> kind, String id) {
    return jdbc.sql("select body from " + kind.table() + " where id = ?")
        .param(id)
        .query((rs, n) -> json.readValue(rs.getString(1), kind.type()))
        .optional();
  }

  @Override
  public <T extends ProcessRecord> List<T> list(Kind<T> kind, @Nullable String electionId) {
    String sql = "select body from " + kind.table();
    var spec =
        electionId == null
            ? jdbc.sql(sql + " order by created_at, id")
            : jdbc.sql(sql + " where election_id = ? order by created_at, id").param(electionId);
    return spec.query((rs, n) -> json.readValue(rs.getString(1), kind.type())).list();
  }

  @Override
  public <T extends ProcessRecord> List<Marking> markings(
      Kind<T> kind, @Nullable String electionId) {
    String sql =
        "select classification, controls, tlp, originator, shared_with from " + kind.table();
    var spec =
        electionId == null
            ? jdbc.sql(sql)
            : jdbc.sql(sql + " where election_id = ?").param(electionId);
    return spec.query(
            (rs, n) ->
                new Marking(
                    Classification.valueOf(rs.getString(1)),
                    split(rs.getString(2)),
                    Tlp.valueOf(rs.getString(3)),
                    rs.getString(4),
                    split(rs.getString(5))))
        .list();
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
  }

  private static String join(List<String> values) {
    return String.join("\n", values);
  }

  @Override
  public <T extends ProcessRecord> void insert(Kind<T> kind, T r) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            "insert into "
                + kind.table()
                + " (id, election_id, classification, tlp, originator, controls, shared_with, state, body,"
                + " version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
        .params(
            r.id(),
            r.electionId(),
            r.marking().classification().name(),
            r.marking().tlp().name(),
            r.marking().originator(),
            join(r.marking().controls()),
            join(r.marking().sharedWith()),
            r.state(),
            json.writeValueAsString(r),
            now,
            now)
        .update();
  }

  @Override
  public <T extends ProcessRecord> void update(Kind<T> kind, T r) {
    Integer version =
        jdbc.sql("select version from " + kind.table() + " where id = ? for update")
            .param(r.id())
            .query(Integer.class)
            .optional()
            .orElseThrow(() -> new io.vigil.process.RecordNotFound(kind.table(), r.id()));
    int n =
        jdbc.sql(
                "update "
                    + kind.table()
                    + " set classification = ?, tlp = ?, originator = ?, controls = ?, shared_with = ?,"
                    + " state = ?, body = ?, version = ?, updated_at = ?"
                    + " where id = ? and version = ?")
            .params(
                r.marking().classification().name(),
                r.marking().tlp().name(),
                r.marking().originator(),
                join(r.marking().controls()),
                join(r.marking().sharedWith()),
                r.state(),
                json.writeValueAsString(r),
                version + 1,
                Timestamp.from(clock.instant()),
                r.id(),
                version)
            .update();
    if (n != 1) {
      throw new ConcurrentChange(kind.table(), r.id(), version, version + 1);
    }
  }

  @Override
  public void putContent(String evidenceId, byte[] content) {
    jdbc.sql("insert into evidence_content (evidence_id, content) values (?, ?)")
        .params(evidenceId, content)
        .update();
  }

  @Override
  public Optional<byte[]> content(String evidenceId) {
    return jdbc.sql("select content from evidence_content where evidence_id = ?")
        .param(evidenceId)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }
}
