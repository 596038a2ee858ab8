package org.haven.tracing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.tracing.domain.MatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Potential matches between tracing requests and cases. */
@Repository
public class MatchRows {
  /** Why a pair is not shown: the case's consent no longer allows tracing. */
  public static final String NO_CONSENT = "no_consent";
  /** Why a pair is not shown: the case was deleted. */
  public static final String DELETED = "case_deleted";
  /** Why a pair is not shown: the case was merged into another case as a duplicate. */
  public static final String MERGED = "merged";
  /** Why a pair is not shown: the case no longer resembles the child sought. */
  public static final String NO_LONGER_SIMILAR = "no_longer_similar";

  private final JdbcClient jdbc;

  MatchRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record MatchRow(UUID id, UUID requestId, UUID caseId, double probability, String decision,
      String explanation, MatchStatus status, String withdrawn, UUID decidedBy, Instant decidedAt, String note,
      long version, Instant foundAt, Instant updatedAt) {

    public boolean shown() {
      return withdrawn == null;
    }
  }

  public void insert(UUID id, UUID requestId, UUID caseId, double probability, String decision, String explanation,
      Instant at) {
    jdbc.sql("""
            insert into tracing_matches (id, request_id, case_id, probability, decision, explanation, status,
                version, found_at, updated_at)
            values (?,?,?,?,?,?,?,1,?,?)""")
        .params(id, requestId, caseId, probability, decision, explanation, MatchStatus.PENDING.code(), Times.at(at),
            Times.at(at))
        .update();
  }

  /** New scores for a pending pair, which is shown again if it was withdrawn; unchanged scores write nothing. */
  public void refresh(UUID id, double probability, String decision, String explanation, Instant at) {
    jdbc.sql("""
            update tracing_matches set probability = ?, decision = ?, explanation = ?, withdrawn = null,
                version = version + 1, updated_at = ?
            where id = ? and status = ?
              and (probability <> ? or decision <> ? or explanation <> ? or withdrawn is not null)""")
        .params(probability, decision, explanation, Times.at(at), id, MatchStatus.PENDING.code(), probability,
            decision, explanation)
        .update();
  }

  public void withdraw(UUID id, String reason, Instant at) {
    jdbc.sql("""
            update tracing_matches set withdrawn = ?, version = version + 1, updated_at = ?
            where id = ? and (withdrawn is null or withdrawn <> ?)""")
        .params(reason, Times.at(at), id, reason).update();
  }

  /** Shows a pair again that was hidden because its case might not be matched. */
  public void restore(UUID id, Instant at) {
    jdbc.sql("""
            update tracing_matches set withdrawn = null, version = version + 1, updated_at = ?
            where id = ? and withdrawn in (?, ?)""")
        .params(Times.at(at), id, NO_CONSENT, MERGED).update();
  }

  /** Records a decision; false when the pair changed since {@code expectedVersion}. */
  public boolean decide(UUID id, MatchStatus status, UUID by, Instant at, String note, long expectedVersion) {
    return jdbc.sql("""
            update tracing_matches set status = ?, decided_by = ?, decided_at = ?, note = ?, version = version + 1,
                updated_at = ?
            where id = ? and version = ?""")
        .params(status.code(), by, Times.at(at), note, Times.at(at), id, expectedVersion).update() == 1;
  }

  public Optional<MatchRow> find(UUID id) {
    return jdbc.sql("select * from tracing_matches where id = ?").param(id).query(this::map).optional();
  }

  public List<MatchRow> ofRequest(UUID requestId) {
    return jdbc.sql("select * from tracing_matches where request_id = ? order by probability desc, id")
        .param(requestId).query(this::map).list();
  }

  public List<MatchRow> ofCase(UUID caseId) {
    return jdbc.sql("select * from tracing_matches where case_id = ?").param(caseId).query(this::map).list();
  }

  /** Shown pairs in a status, most probable first, in batches for filtering by the caller's scope. */
  public List<MatchRow> shownWithStatus(MatchStatus status, int limit, int offset) {
    return jdbc.sql("""
            select * from tracing_matches where status = ? and withdrawn is null
            order by probability desc, found_at, id limit ? offset ?""")
        .params(status.code(), limit, offset).query(this::map).list();
  }

  private MatchRow map(ResultSet rs, int row) throws SQLException {
    return new MatchRow(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
        rs.getObject("case_id", UUID.class), rs.getDouble("probability"), rs.getString("decision"),
        rs.getString("explanation"), MatchStatus.fromCode(rs.getString("status")), rs.getString("withdrawn"),
        rs.getObject("decided_by", UUID.class), Times.instant(rs, "decided_at"), rs.getString("note"),
        rs.getLong("version"), Times.instant(rs, "found_at"), Times.instant(rs, "updated_at"));
  }
}
