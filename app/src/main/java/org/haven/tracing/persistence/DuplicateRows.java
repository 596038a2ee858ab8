package org.haven.tracing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.tracing.domain.DuplicateStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pairs of cases that may be one child registered twice. {@code caseId} is the later registration. */
@Repository
public class DuplicateRows {
  private final JdbcClient jdbc;

  DuplicateRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record DuplicateRow(UUID id, UUID caseId, UUID otherCaseId, double probability, String explanation,
      DuplicateStatus status, UUID decidedBy, Instant decidedAt, String note, long version, Instant foundAt) {}

  /** Whether the two cases are paired already, in either order. */
  public boolean paired(UUID a, UUID b) {
    return jdbc.sql("""
            select count(*) from duplicate_pairs
            where (case_id = ? and other_case_id = ?) or (case_id = ? and other_case_id = ?)""")
        .params(a, b, b, a).query(Long.class).single() > 0;
  }

  public Optional<DuplicateRow> findPair(UUID a, UUID b) {
    return jdbc.sql("""
            select * from duplicate_pairs
            where (case_id = ? and other_case_id = ?) or (case_id = ? and other_case_id = ?)""")
        .params(a, b, b, a).query(this::map).optional();
  }

  public void insert(UUID id, UUID caseId, UUID otherCaseId, double probability, String explanation, Instant at) {
    jdbc.sql("""
            insert into duplicate_pairs (id, case_id, other_case_id, probability, explanation, status, version,
                found_at)
            values (?,?,?,?,?,?,1,?)""")
        .params(id, caseId, otherCaseId, probability, explanation, DuplicateStatus.PENDING.code(), Times.at(at))
        .update();
  }

  public Optional<DuplicateRow> find(UUID id) {
    return jdbc.sql("select * from duplicate_pairs where id = ?").param(id).query(this::map).optional();
  }

  public boolean decide(UUID id, DuplicateStatus status, UUID by, Instant at, String note, long expectedVersion) {
    return jdbc.sql("""
            update duplicate_pairs set status = ?, decided_by = ?, decided_at = ?, note = ?, version = version + 1
            where id = ? and version = ?""")
        .params(status.code(), by, Times.at(at), note, id, expectedVersion).update() == 1;
  }

  public List<DuplicateRow> withStatus(DuplicateStatus status, int limit, int offset) {
    return jdbc.sql("""
            select * from duplicate_pairs where status = ?
            order by probability desc, found_at, id limit ? offset ?""")
        .params(status.code(), limit, offset).query(this::map).list();
  }

  private DuplicateRow map(ResultSet rs, int row) throws SQLException {
    return new DuplicateRow(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
        rs.getObject("other_case_id", UUID.class), rs.getDouble("probability"), rs.getString("explanation"),
        DuplicateStatus.fromCode(rs.getString("status")), rs.getObject("decided_by", UUID.class),
        Times.instant(rs, "decided_at"), rs.getString("note"), rs.getLong("version"), Times.instant(rs, "found_at"));
  }
}
