package org.haven.casework;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.haven.identity.Actor;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Tells users what concerns them: assignments, approvals, alerts (trafficking flags, high risk) and
 * confirmed tracing matches. In the app always; by e-mail as well when the deployment has an SMTP server
 * and the user gave an address. Messages carry the case number and a link, never a child's name.
 */
@Service
public class Notifications {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}");

  private final JdbcClient jdbc;
  private final MailNotifier mail;
  private final Clock clock;

  Notifications(JdbcClient jdbc, MailNotifier mail, Clock clock) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.clock = clock;
  }

  /** Notifies each user once, in the caller's transaction; e-mails go out after it commits. */
  void notify(Collection<UUID> userIds, String kind, UUID caseId, UUID subjectId, String message) {
    for (UUID userId : userIds.stream().distinct().toList()) {
      jdbc.sql("""
              insert into notifications (id, user_id, kind, case_id, subject_id, message, created_at)
              values (?,?,?,?,?,?,?)""")
          .params(UUID.randomUUID(), userId, kind, caseId, subjectId, message, Tasks.at(clock.instant())).update();
      addressOf(userId).ifPresent(address -> mail.sendAfterCommit(address, message, caseId));
    }
  }

  public List<Notification> list(Actor actor, boolean unreadOnly) {
    return jdbc.sql("select * from notifications where user_id = ?" + (unreadOnly ? " and read_at is null" : "")
            + " order by created_at desc, id limit 200")
        .param(actor.userId())
        .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
            rs.getString("kind"), rs.getObject("case_id", UUID.class), rs.getObject("subject_id", UUID.class),
            rs.getString("message"), Tasks.instant(rs, "created_at"), Tasks.instant(rs, "read_at")))
        .list();
  }

  public long unreadCount(Actor actor) {
    return jdbc.sql("select count(*) from notifications where user_id = ? and read_at is null")
        .param(actor.userId()).query(Long.class).single();
  }

  /** Marks one of the actor's notifications read; someone else's is not found. */
  public void markRead(Actor actor, UUID id) {
    int changed = jdbc.sql("update notifications set read_at = coalesce(read_at, ?) where id = ? and user_id = ?")
        .params(Tasks.at(clock.instant()), id, actor.userId()).update();
    if (changed == 0) {
      throw new NotFoundException("notification " + id);
    }
  }

  public int markAllRead(Actor actor) {
    return jdbc.sql("update notifications set read_at = ? where user_id = ? and read_at is null")
        .params(Tasks.at(clock.instant()), actor.userId()).update();
  }

  /** Where the actor wants e-mails; null or empty stops them. */
  public void setEmail(Actor actor, String email) {
    jdbc.sql("delete from notification_addresses where user_id = ?").param(actor.userId()).update();
    if (email == null || email.isBlank()) {
      return;
    }
    if (email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
      throw InvalidRequestException.of("email", "is not an e-mail address");
    }
    jdbc.sql("insert into notification_addresses (user_id, email, updated_at) values (?,?,?)")
        .params(actor.userId(), email.strip(), Tasks.at(clock.instant())).update();
  }

  public Optional<String> email(Actor actor) {
    return addressOf(actor.userId());
  }

  private Optional<String> addressOf(UUID userId) {
    return jdbc.sql("select email from notification_addresses where user_id = ?").param(userId).query(String.class)
        .optional();
  }
}
