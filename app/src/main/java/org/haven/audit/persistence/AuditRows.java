package org.haven.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.haven.audit.AuditEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit tables. There is no update and no delete here, on purpose. */
@Repository
public class AuditRows {
  private final JdbcClient jdbc;

  AuditRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Head(long lastSeq, String lastHash) {}

  /** Locks the end of the chain until the transaction ends: appenders queue here, in order. */
  public Head lockHead() {
    return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
  }

  public Head head() {
    return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
  }

  public void appendAll(List<AuditEvent> events) {
    for (int from = 0; from < events.size(); from += EVENTS_PER_STATEMENT) {
      List<AuditEvent> chunk = events.subList(from, Math.min(events.size(), from + EVENTS_PER_STATEMENT));
      List<Object> params = new ArrayList<>(chunk.size() * 12);
      for (AuditEvent e : chunk) {
        java.util.Collections.addAll(params, e.seq(), e.id(), OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC),
            e.userId(), e.agencyId(), e.action(), e.recordType(), e.recordId(), e.outcome().code(), e.purpose(),
            e.prevHash(), e.hash());
      }
      String row = "(?,?,?,?,?,?,?,?,?,?,?,?)";
      jdbc.sql("""
              insert into audit_events (seq, id, at, user_id, agency_id, action, record_type, record_id, outcome,
                                        purpose, prev_hash, hash)
              values """ + String.join(",", java.util.Collections.nCopies(chunk.size(), row)))
          .params(params).update();
    }
    AuditEvent last = events.get(events.size() - 1);
    jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(last.seq(), last.hash())
        .update();
  }

  // Well below the 32,767 bind parameters a PostgreSQL statement may carry.
  private static final int EVENTS_PER_STATEMENT = 1000;

  public record Filter(UUID recordId, UUID userId, UUID agencyId, Instant from, Instant to, int limit, int offset) {}

  public List<AuditEvent> find(Filter filter) {
    StringBuilder sql = new StringBuilder("select * from audit_events where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (filter.recordId() != null) {
      sql.append(" and record_id = ?");
      params.add(filter.recordId());
    }
    if (filter.userId() != null) {
      sql.append(" and user_id = ?");
      params.add(filter.userId());
    }
    if (filter.agencyId() != null) {
      sql.append(" and agency_id = ?");
      params.add(filter.agencyId());
    }
    if (filter.from() != null) {
      sql.append(" and at >= ?");
      params.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
    }
    if (filter.to() != null) {
      sql.append(" and at < ?");
      params.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
    }
    sql.append(" order by seq limit ").append(filter.limit()).append(" offset ").append(filter.offset());
    return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
  }

  /** Every event in chain order, streamed so that verifying a long log needs little memory. */
  public void forEachInOrder(Consumer<AuditEvent> consumer) {
    long after = 0;
    while (true) {
      List<AuditEvent> batch = jdbc.sql("select * from audit_events where seq > ? order by seq limit 10000")
          .param(after).query((rs, n) -> map(rs)).list();
      if (batch.isEmpty()) {
        return;
      }
      batch.forEach(consumer);
      after = batch.get(batch.size() - 1).seq();
    }
  }

  private static AuditEvent map(ResultSet rs) throws SQLException {
    return new AuditEvent(rs.getLong("seq"), rs.getObject("id", UUID.class),
        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getObject("user_id", UUID.class),
        rs.getObject("agency_id", UUID.class), rs.getString("action"), rs.getString("record_type"),
        rs.getObject("record_id", UUID.class), AuditEvent.Outcome.valueOf(rs.getString("outcome").toUpperCase()),
        rs.getString("purpose"), rs.getString("prev_hash"), rs.getString("hash"));
  }
}
