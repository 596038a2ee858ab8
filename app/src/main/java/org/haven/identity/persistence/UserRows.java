package org.haven.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.haven.identity.RecordScope;
import org.haven.identity.Role;
import org.haven.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and their password hashes in the database. */
@Repository
public class UserRows {
  private final JdbcClient jdbc;

  UserRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A user with the hash of their password, for login only. */
  public record Credentials(User user, String passwordHash) {}

  public void insert(User user, String passwordHash, UUID createdBy) {
    jdbc.sql("""
            insert into users (id, username, password_hash, full_name, agency_id, role, scope, active, version,
                               created_at, created_by)
            values (?,?,?,?,?,?,?,?,?,?,?)""")
        .params(user.id(), user.username(), passwordHash, user.fullName(), user.agencyId(), user.role().code(),
            user.scope().code(), user.active(), user.version(),
            OffsetDateTime.ofInstant(user.createdAt(), ZoneOffset.UTC), createdBy)
        .update();
    for (UUID location : user.locationIds()) {
      jdbc.sql("insert into user_locations (user_id, location_id) values (?, ?)").params(user.id(), location).update();
    }
  }

  /** Changes role, scope and activity if the user is still at {@code expectedVersion}. */
  public boolean change(UUID id, org.haven.identity.Role role, org.haven.identity.RecordScope scope, boolean active,
      long expectedVersion) {
    return jdbc.sql("update users set role = ?, scope = ?, active = ?, version = version + 1 where id = ? and version = ?")
        .params(role.code(), scope.code(), active, id, expectedVersion).update() == 1;
  }

  public boolean usernameTaken(String username) {
    return jdbc.sql("select count(*) from users where username = ?").param(username).query(Long.class).single() > 0;
  }

  public Optional<User> find(UUID id) {
    return jdbc.sql("select * from users where id = ?").param(id).query((rs, n) -> map(rs)).optional();
  }

  public Optional<Credentials> credentials(String username) {
    return jdbc.sql("select * from users where username = ?").param(username)
        .query((rs, n) -> new Credentials(map(rs), rs.getString("password_hash"))).optional();
  }

  public List<User> byAgency(UUID agencyId) {
    return jdbc.sql("select * from users where agency_id = ? order by username").param(agencyId)
        .query((rs, n) -> map(rs)).list();
  }

  public List<User> all() {
    return jdbc.sql("select * from users order by username").query((rs, n) -> map(rs)).list();
  }

  public long count() {
    return jdbc.sql("select count(*) from users").query(Long.class).single();
  }

  private User map(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new User(id, rs.getString("username"), rs.getString("full_name"), rs.getObject("agency_id", UUID.class),
        Role.fromCode(rs.getString("role")), RecordScope.fromCode(rs.getString("scope")), locations(id),
        rs.getBoolean("active"), rs.getLong("version"), AgencyRows.instant(rs, "created_at"));
  }

  private Set<UUID> locations(UUID userId) {
    return new HashSet<>(jdbc.sql("select location_id from user_locations where user_id = ?").param(userId)
        .query(UUID.class).list());
  }
}
