package org.haven.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.identity.Agency;
import org.haven.identity.AgencyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies in the database. */
@Repository
public class AgencyRows {
  private final JdbcClient jdbc;

  AgencyRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Agency agency, UUID createdBy) {
    jdbc.sql("insert into agencies (id, code, name, type, version, created_at, created_by) values (?,?,?,?,?,?,?)")
        .params(agency.id(), agency.code(), agency.name(), agency.type().code(), agency.version(),
            OffsetDateTime.ofInstant(agency.createdAt(), java.time.ZoneOffset.UTC), createdBy)
        .update();
  }

  public Optional<Agency> find(UUID id) {
    return jdbc.sql("select * from agencies where id = ?").param(id).query(AgencyRows::map).optional();
  }

  public boolean codeTaken(String code) {
    return jdbc.sql("select count(*) from agencies where code = ?").param(code).query(Long.class).single() > 0;
  }

  public List<Agency> all() {
    return jdbc.sql("select * from agencies order by code").query(AgencyRows::map).list();
  }

  public long count() {
    return jdbc.sql("select count(*) from agencies").query(Long.class).single();
  }

  private static Agency map(ResultSet rs, int row) throws SQLException {
    return new Agency(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
        AgencyType.fromCode(rs.getString("type")), rs.getLong("version"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
