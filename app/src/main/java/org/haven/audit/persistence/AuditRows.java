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

  /** An event as a request wrote it, not yet chained; {@code pos} orders the intake. */
  public record Intake(long pos, UUID id, Instant at, UUID userId, UUID agencyId, String action, String recordType,
      UUID recordId, AuditEvent.Outcome outcome, String purpose) {}

  /** Adds events to the intake: a plain insert, no lock, in the caller's transaction. */
  public void addToIntake(List<Intake> events) {
    for (int from = 0; from < events.size(); from += EVENTS_PER_STATEMENT) {
      List<Intake> chunk = events.subList(from, Math.min(events.size(), from + EVENTS_PER_STATEMENT));
      List<Object> params = new ArrayList<>(chunk.size() * 9);
      for (Intake e : chunk) {
        java.util.Collections.addAll(params, e.id(), OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC), e.userId(),
            e.agencyId(), e.action(), e.recordType(), e.recordId(), e.outcome().code(), e.purpose());
      }
      jdbc.sql("""
              insert into audit_intake (id, at, user_id, agency_id, action, record_type, record_id, outcome, purpose)
              values """ + String.join(",", java.util.Collections.nCopies(chunk.size(), "(?,?,?,?,?,?,?,?,?)")))
          .params(params).update();
    }
  }

  /** The oldest committed events of the intake, at most {@code limit}. */
  public List<Intake> intake(int limit) {
    return jdbc.sql("select * from audit_intake order by pos limit " + limit)
        .query((rs, n) -> new Intake(rs.getLong("pos"), rs.getObject("id", UUID.class),
            rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getObject("user_id", UUID.class),
            rs.getObject("agency_id", UUID.class), rs.getString("action"), rs.getString("record_type"),
            rs.getObject("record_id", UUID.class), AuditEvent.Outcome.valueOf(rs.getString("outcome").toUpperCase()),
            rs.getString("purpose")))
        .list();
  }

  /**
   * Removes chained events from the intake, by position: a range would also remove events of a
   * transaction that committed after the batch was read.
   */
  public void removeFromIntake(List<Long> positions) {
    for (int from = 0; from < positions.size(); from += EVENTS_PER_STATEMENT) {
      List<Long> chunk = positions.subList(from, Math.min(positions.size(), from + EVENTS_PER_STATEMENT));
      jdbc.sql("delete from audit_intake where pos in (" + String.join(",", java.util.Collections.nCopies(chunk.size(),
          "?")) + ")").params(new ArrayList<Object>(chunk)).update();
    }
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

  /** Every event up to {@code lastSeq} in chain order, streamed so that verifying a long log needs little memory. */
  public void forEachInOrder(long lastSeq, Consumer<AuditEvent> consumer) {
    long after = 0;
    while (true) {
      List<AuditEvent> batch = jdbc.sql(
              "select * from audit_events where seq > ? and seq <= ? order by seq limit 10000")
          .params(after, lastSeq).query((rs, n) -> map(rs)).list();
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
