package org.haven.tracing.persistence;

import java.util.Optional;
import java.util.UUID;
import org.haven.tracing.domain.Reunification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reunifications of confirmed matches: the record as a JSON document, state and version as columns. */
@Repository
public class ReunificationRows {
  private final JdbcClient jdbc;
  private final JsonMapper json;

  ReunificationRows(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(Reunification r) {
    jdbc.sql("""
            insert into reunifications (id, match_id, request_id, case_id, status, version, document, created_at,
                updated_at)
            values (?,?,?,?,?,?,?,?,?)""")
        .params(r.id(), r.matchId(), r.requestId(), r.caseId(), r.status().code(), r.version(),
            json.writeValueAsString(r), Times.at(r.createdAt()), Times.at(r.updatedAt()))
        .update();
  }

  /** Writes a new version; false when the stored version is no longer {@code expectedVersion}. */
  public boolean update(Reunification r, long expectedVersion) {
    return jdbc.sql("update reunifications set status = ?, version = ?, document = ?, updated_at = ?"
            + " where id = ? and version = ?")
        .params(r.status().code(), r.version(), json.writeValueAsString(r), Times.at(r.updatedAt()), r.id(),
            expectedVersion)
        .update() == 1;
  }

  public Optional<Reunification> find(UUID id) {
    return jdbc.sql("select document from reunifications where id = ?").param(id)
        .query((rs, n) -> json.readValue(rs.getString(1), Reunification.class)).optional();
  }

  public Optional<Reunification> ofMatch(UUID matchId) {
    return jdbc.sql("select document from reunifications where match_id = ?").param(matchId)
        .query((rs, n) -> json.readValue(rs.getString(1), Reunification.class)).optional();
  }

  /** The reunifications of a case, or of every case when {@code caseId} is null (rebuilds of read models). */
  public java.util.List<Reunification> ofCase(UUID caseId) {
    return (caseId == null ? jdbc.sql("select document from reunifications")
        : jdbc.sql("select document from reunifications where case_id = ?").param(caseId))
        .query((rs, n) -> json.readValue(rs.getString(1), Reunification.class)).list();
  }
}
