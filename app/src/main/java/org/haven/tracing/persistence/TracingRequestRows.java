package org.haven.tracing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.haven.tracing.domain.TracingStatus;
import org.haven.identity.RecordFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tracing requests in the database: typed columns for status and scope, the request itself as JSON. */
@Repository
public class TracingRequestRows {
  private final JdbcClient jdbc;

  TracingRequestRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One request. {@code document} is the request as the API shows it (inquirer, sought, separation);
   * {@code description} the sought child as the matching library's description, in JSON.
   */
  public record RequestRow(UUID id, TracingStatus status, long version, UUID ownerId, UUID agencyId,
      UUID locationId, String document, String description, Instant createdAt, UUID createdBy, Instant updatedAt,
      UUID updatedBy) {}

  /** Which requests a caller reaches; the same shape of rule as for cases. */
  public void insert(RequestRow r) {
    jdbc.sql("""
            insert into tracing_requests (id, status, version, owner_id, agency_id, location_id, document,
                description, created_at, created_by, updated_at, updated_by)
            values (?,?,?,?,?,?,?,?,?,?,?,?)""")
        .params(r.id(), r.status().code(), r.version(), r.ownerId(), r.agencyId(), r.locationId(), r.document(),
            r.description(), at(r.createdAt()), r.createdBy(), at(r.updatedAt()), r.updatedBy())
        .update();
  }

  /** Writes a new version; false when the stored version is no longer {@code expectedVersion}. */
  public boolean update(RequestRow r, long expectedVersion) {
    return jdbc.sql("""
            update tracing_requests set status = ?, version = ?, location_id = ?, document = ?, description = ?,
                updated_at = ?, updated_by = ?
            where id = ? and version = ? and deleted_at is null""")
        .params(r.status().code(), r.version(), r.locationId(), r.document(), r.description(), at(r.updatedAt()),
            r.updatedBy(), r.id(), expectedVersion)
        .update() == 1;
  }

  public Optional<RequestRow> find(UUID id) {
    return jdbc.sql("select * from tracing_requests where id = ? and deleted_at is null").param(id).query(this::map)
        .optional();
  }

  /** As {@link #find}, holding the row's lock to the end of the transaction. */
  public Optional<RequestRow> findForUpdate(UUID id) {
    return jdbc.sql("select * from tracing_requests where id = ? and deleted_at is null for update").param(id)
        .query(this::map).optional();
  }

  public boolean exists(UUID id) {
    return jdbc.sql("select count(*) from tracing_requests where id = ?").param(id).query(Long.class).single() > 0;
  }

  public List<RequestRow> findAll(Set<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from tracing_requests where deleted_at is null and id in (" + placeholders(ids.size())
        + ")").params(new ArrayList<>(ids)).query(this::map).list();
  }

  /** The ids of every live request, for rebuilding read models. */
  public List<UUID> allIds() {
    return jdbc.sql("select id from tracing_requests where deleted_at is null order by id").query(UUID.class).list();
  }

  /** Requests whose child is still being looked for, for the in-memory index of requests. */
  public List<RequestRow> searching() {
    return jdbc.sql("select * from tracing_requests where deleted_at is null and status in (?, ?)")
        .params(TracingStatus.OPEN.code(), TracingStatus.TRACING_IN_PROGRESS.code()).query(this::map).list();
  }

  public record Page(List<RequestRow> items, long total) {}

  public Page list(RecordFilter scope, TracingStatus status, int limit, int offset) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where r.deleted_at is null");
    if (status != null) {
      where.append(" and r.status = ?");
      params.add(status.code());
    }
    scope.appendTo("r", where, params);
    long total = jdbc.sql("select count(*) from tracing_requests r" + where).params(params).query(Long.class)
        .single();
    List<RequestRow> items = jdbc.sql("select r.* from tracing_requests r" + where
        + " order by r.created_at desc, r.id limit " + limit + " offset " + offset).params(params).query(this::map)
        .list();
    return new Page(items, total);
  }


  private RequestRow map(ResultSet rs, int row) throws SQLException {
    return new RequestRow(rs.getObject("id", UUID.class), TracingStatus.fromCode(rs.getString("status")),
        rs.getLong("version"), rs.getObject("owner_id", UUID.class), rs.getObject("agency_id", UUID.class),
        rs.getObject("location_id", UUID.class), rs.getString("document"), rs.getString("description"),
        Times.instant(rs, "created_at"), rs.getObject("created_by", UUID.class), Times.instant(rs, "updated_at"),
        rs.getObject("updated_by", UUID.class));
  }

  private static OffsetDateTime at(Instant instant) {
    return Times.at(instant);
  }

  static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
