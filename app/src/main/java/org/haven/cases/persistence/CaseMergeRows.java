package org.haven.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Merges of duplicate cases with the before-images of both cases, so that a merge can be undone
 * exactly, and the pointer from a duplicate case to the case that survived it.
 */
@Repository
public class CaseMergeRows {
  private final JdbcClient jdbc;

  CaseMergeRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One merge; the before-images are the case documents (JSON) and statuses as they were. */
  public record MergeRow(UUID id, UUID survivorId, UUID duplicateId, String reason, String survivorBefore,
      String survivorStatusBefore, long survivorVersionAfter, String duplicateBefore, String duplicateStatusBefore,
      long duplicateVersionAfter, UUID mergedBy, Instant mergedAt, UUID undoneBy, Instant undoneAt) {

    public boolean undone() {
      return undoneAt != null;
    }
  }

  public void insert(MergeRow m) {
    jdbc.sql("""
            insert into case_merges (id, survivor_id, duplicate_id, reason, survivor_before, survivor_status_before,
                survivor_version_after, duplicate_before, duplicate_status_before, duplicate_version_after,
                merged_by, merged_at)
            values (?,?,?,?,?,?,?,?,?,?,?,?)""")
        .params(m.id(), m.survivorId(), m.duplicateId(), m.reason(), m.survivorBefore(), m.survivorStatusBefore(),
            m.survivorVersionAfter(), m.duplicateBefore(), m.duplicateStatusBefore(), m.duplicateVersionAfter(),
            m.mergedBy(), at(m.mergedAt()))
        .update();
  }

  public Optional<MergeRow> find(UUID id) {
    return jdbc.sql("select * from case_merges where id = ?").param(id).query(this::map).optional();
  }

  /** Marks the merge undone; false when someone undid it first. */
  public boolean markUndone(UUID id, UUID by, Instant at) {
    return jdbc.sql("update case_merges set undone_by = ?, undone_at = ? where id = ? and undone_at is null")
        .params(by, at(at), id).update() == 1;
  }

  public void pointTo(UUID caseId, UUID survivorId) {
    jdbc.sql("update cases set merged_into = ? where id = ?").params(survivorId, caseId).update();
  }

  public Optional<UUID> mergedInto(UUID caseId) {
    return jdbc.sql("select merged_into from cases where id = ? and merged_into is not null").param(caseId)
        .query(UUID.class).optional();
  }

  private MergeRow map(ResultSet rs, int row) throws SQLException {
    return new MergeRow(rs.getObject("id", UUID.class), rs.getObject("survivor_id", UUID.class),
        rs.getObject("duplicate_id", UUID.class), rs.getString("reason"), rs.getString("survivor_before"),
        rs.getString("survivor_status_before"), rs.getLong("survivor_version_after"),
        rs.getString("duplicate_before"), rs.getString("duplicate_status_before"),
        rs.getLong("duplicate_version_after"), rs.getObject("merged_by", UUID.class), instant(rs, "merged_at"),
        rs.getObject("undone_by", UUID.class), instant(rs, "undone_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
