package org.haven.bestinterests.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * BIAs, BIDs and durable solutions in their tables: the record as a JSON document, with the case, kind,
 * status and version as columns. Writes check the version, so that concurrent edits never overwrite.
 */
@Repository
public class ProcedureRows {
  /** The tables of this module's records; names come from here only, never from input. */
  public enum Table {
    BIAS("bias"), BIDS("bids"), DURABLE_SOLUTIONS("durable_solutions");

    private final String name;

    Table(String name) {
      this.name = name;
    }
  }

  /** What the columns say of a record. */
  public record Columns(UUID id, UUID caseId, String kind, String status, long version, Instant createdAt,
      Instant updatedAt) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ProcedureRows(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(Table table, Columns c, Object record) {
    jdbc.sql("insert into " + table.name + " (id, case_id, kind, status, version, document, created_at, updated_at)"
            + " values (?,?,?,?,?,?,?,?)")
        .params(c.id(), c.caseId(), c.kind(), c.status(), c.version(), json.writeValueAsString(record),
            at(c.createdAt()), at(c.updatedAt()))
        .update();
  }

  /** Writes a new version; false when the stored version is no longer {@code expectedVersion}. */
  public boolean update(Table table, Columns c, Object record, long expectedVersion) {
    return jdbc.sql("update " + table.name + " set status = ?, version = ?, document = ?, updated_at = ?"
            + " where id = ? and version = ?")
        .params(c.status(), c.version(), json.writeValueAsString(record), at(c.updatedAt()), c.id(), expectedVersion)
        .update() == 1;
  }

  public <T> Optional<T> find(Table table, UUID id, Class<T> type) {
    return jdbc.sql("select document from " + table.name + " where id = ?").param(id)
        .query((rs, n) -> json.readValue(rs.getString(1), type)).optional();
  }

  /** The case's records of the table, oldest first. */
  public <T> List<T> ofCase(Table table, UUID caseId, Class<T> type) {
    return jdbc.sql("select document from " + table.name + " where case_id = ? order by created_at, id")
        .param(caseId).query((rs, n) -> json.readValue(rs.getString(1), type)).list();
  }

  /** The cases that have records in the table, to rebuild read models case by case. */
  public List<UUID> caseIds(Table table) {
    return jdbc.sql("select distinct case_id from " + table.name).query(UUID.class).list();
  }

  static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
