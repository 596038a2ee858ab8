package org.haven.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The non-identifying facts of casework, for read models such as reporting: the type and status of
 * services and referrals, the kind, status and dates of tasks; never a title, a note or a provider's
 * name. It reads for the system itself, so it is neither authorised nor audited.
 */
@Service
public class CaseworkFacts {
  private final JdbcClient jdbc;
  private final JsonMapper json;

  CaseworkFacts(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A service ({@code type} as recorded) or a referral ({@code type}: the service referred to). */
  public record ServiceFacts(UUID id, UUID caseId, String type, String status, Instant createdAt) {}

  /** A task: its kind, status ({@code open}, {@code done}, {@code cancelled}), and when it was due and closed. */
  public record TaskFacts(UUID id, UUID caseId, String kind, String status, Instant createdAt, Instant dueAt,
      Instant closedAt) {}

  /** Everything casework holds on a case, or on every case (rebuilds). */
  public record Facts(List<ServiceFacts> services, List<ServiceFacts> referrals, List<TaskFacts> tasks) {}

  public Facts ofCase(UUID caseId) {
    return new Facts(
        jdbc.sql("select id, case_id, status, document, created_at from case_services where case_id = ?")
            .param(caseId).query((rs, n) -> service(rs, "type")).list(),
        jdbc.sql("select id, case_id, status, document, created_at from referrals where case_id = ?")
            .param(caseId).query((rs, n) -> service(rs, "service")).list(),
        jdbc.sql("select id, case_id, kind, status, created_at, due_at, completed_at from tasks where case_id = ?")
            .param(caseId).query((rs, n) -> task(rs)).list());
  }

  /** Every service, referral and task, streamed, to rebuild a read model. */
  public void forEach(Consumer<ServiceFacts> services, Consumer<ServiceFacts> referrals, Consumer<TaskFacts> tasks) {
    jdbc.sql("select id, case_id, status, document, created_at from case_services")
        .query(rs -> { services.accept(service(rs, "type")); });
    jdbc.sql("select id, case_id, status, document, created_at from referrals")
        .query(rs -> { referrals.accept(service(rs, "service")); });
    jdbc.sql("select id, case_id, kind, status, created_at, due_at, completed_at from tasks")
        .query(rs -> { tasks.accept(task(rs)); });
  }

  private ServiceFacts service(ResultSet rs, String typeField) throws SQLException {
    String type = json.readTree(rs.getString("document")).path(typeField).asString(null);
    return new ServiceFacts(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), type,
        rs.getString("status"), Tasks.instant(rs, "created_at"));
  }

  private static TaskFacts task(ResultSet rs) throws SQLException {
    return new TaskFacts(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("kind"),
        rs.getString("status"), Tasks.instant(rs, "created_at"), Tasks.instant(rs, "due_at"),
        Tasks.instant(rs, "completed_at"));
  }

}
