package io.vigil.server.audit;

import io.vigil.process.audit.AuditChain;
import io.vigil.process.audit.AuditEntry;
import io.vigil.process.audit.ChainVerification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads audit rows; shared by the server and the {@code vigil audit verify} command. */
public final class AuditRows {
  private AuditRows() {}

  static AuditEntry entry(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong("seq"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("entity_type"),
        rs.getString("entity_id"),
        rs.getString("before_json"),
        rs.getString("after_json"),
        rs.getString("prev_hash").strip(),
        rs.getString("hash").strip());
  }

  /** Streams the chain in order and verifies it, without holding it all in memory. */
  public static ChainVerification verify(JdbcClient jdbc) {
    ChainVerification chain = verifyRows(jdbc);
    if (chain instanceof ChainVerification.Intact(long entries, String headHash)) {
      var head =
          jdbc.sql("select seq, hash from audit_head where id = 1")
              .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2).strip()})
              .optional();
      if (head.isEmpty()) {
        return new ChainVerification.Broken(entries + 1, entries, "the audit head row is missing");
      }
      long seq = (Long) head.get()[0];
      if (seq != entries || !head.get()[1].equals(headHash)) {
        return new ChainVerification.Broken(
            Math.min(seq, entries) + 1,
            entries,
            "the log ends at entry "
                + entries
                + " but its head records entry "
                + seq
                + ": entries were removed or added behind Vigil's back");
      }
    }
    return chain;
  }

  private static ChainVerification verifyRows(JdbcClient jdbc) {
    try (Stream<AuditEntry> rows =
        jdbc.sql("select * from audit_log order by seq").query((rs, n) -> entry(rs)).stream()) {
      Iterator<AuditEntry> it = rows.iterator();
      return AuditChain.verify(
          () ->
              new Iterator<>() {
                @Override
                public boolean hasNext() {
                  return it.hasNext();
                }

                @Override
                public AuditEntry next() {
                  if (!it.hasNext()) {
                    throw new NoSuchElementException();
                  }
                  return it.next();
                }
              });
    }
  }
}
