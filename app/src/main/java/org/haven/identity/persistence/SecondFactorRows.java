package org.haven.identity.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users' second factors: the encrypted secret, whether it is confirmed, and the last step used. */
@Repository
public class SecondFactorRows {
  private final JdbcClient jdbc;

  SecondFactorRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Row(UUID userId, String secretEncrypted, boolean confirmed, Long lastStep) {}

  /** Starts (or restarts) an enrolment: a new unconfirmed secret replaces any unconfirmed one. */
  public void saveUnconfirmed(UUID userId, String secretEncrypted, Instant at) {
    jdbc.sql("delete from user_second_factors where user_id = ? and confirmed_at is null").param(userId).update();
    jdbc.sql("insert into user_second_factors (user_id, secret_encrypted, created_at) values (?, ?, ?)")
        .params(userId, secretEncrypted, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
  }

  public Optional<Row> find(UUID userId) {
    return jdbc.sql("select user_id, secret_encrypted, confirmed_at, last_step from user_second_factors where user_id = ?")
        .param(userId)
        .query((rs, n) -> new Row(rs.getObject("user_id", UUID.class), rs.getString("secret_encrypted"),
            rs.getObject("confirmed_at") != null, (Long) rs.getObject("last_step", Long.class)))
        .optional();
  }

  /** Records a used step, only if it is later than the last one: false when the code was used already. */
  public boolean use(UUID userId, long step, Instant confirmedAt) {
    return jdbc.sql("""
            update user_second_factors set last_step = ?, confirmed_at = coalesce(confirmed_at, ?)
            where user_id = ? and (last_step is null or last_step < ?)""")
        .params(step, OffsetDateTime.ofInstant(confirmedAt, ZoneOffset.UTC), userId, step).update() == 1;
  }
}
