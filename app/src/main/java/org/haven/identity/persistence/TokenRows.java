package org.haven.identity.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issued API tokens, by hash. Kept in the database so that any node of a cluster accepts them. */
@Repository
public class TokenRows {
  private final JdbcClient jdbc;

  TokenRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String tokenHash, UUID userId, Instant issuedAt, Instant expiresAt) {
    jdbc.sql("insert into api_tokens (token_hash, user_id, issued_at, expires_at) values (?,?,?,?)")
        .params(tokenHash, userId, OffsetDateTime.ofInstant(issuedAt, ZoneOffset.UTC),
            OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
        .update();
  }

  /** The user of a token that has not expired yet. */
  public Optional<UUID> userOf(String tokenHash, Instant now) {
    return jdbc.sql("select user_id from api_tokens where token_hash = ? and expires_at > ?")
        .params(tokenHash, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).query(UUID.class).optional();
  }

  /** Who holds a token that has not expired yet, and until when it is valid. */
  public record Holder(UUID userId, Instant expiresAt) {}

  public Optional<Holder> holderOf(String tokenHash, Instant now) {
    return jdbc.sql("select user_id, expires_at from api_tokens where token_hash = ? and expires_at > ?")
        .params(tokenHash, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .query((rs, n) -> new Holder(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant()))
        .optional();
  }

  public int deleteExpired(Instant now) {
    return jdbc.sql("delete from api_tokens where expires_at <= ?")
        .param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
  }
}
