package org.haven.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.casework.domain.Deadlines;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.ForbiddenException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasks with deadlines, created by casework as it happens (a risk level set, a follow-up recorded, a flag
 * raised) and listed for their assignee ("my tasks") and for the assignee's agency ("team tasks"), all or
 * only what is due or overdue. Overdue means the deadline has passed; deadlines are instants, so the
 * answer is the same in every time zone.
 */
@Service
public class Tasks {
  private final JdbcClient jdbc;
  private final CaseworkAccess access;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Tasks(JdbcClient jdbc, CaseworkAccess access, TransactionTemplate transactions, Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Which open tasks to list: all of them, those not yet overdue, or the overdue ones. */
  public enum Filter {
    OPEN, DUE, OVERDUE;

    public static Filter fromCode(String code) {
      if (code == null || code.isBlank()) {
        return OPEN;
      }
      for (Filter f : values()) {
        if (f.name().equalsIgnoreCase(code)) {
          return f;
        }
      }
      throw InvalidRequestException.of("filter", "must be open, due or overdue");
    }
  }

  Task create(UUID caseId, String caseNumber, String kind, String title, UUID assigneeId, UUID agencyId,
      Instant dueAt, UUID sourceId) {
    // Milliseconds: what every database keeps exactly, so the deadline reads back as it was set.
    dueAt = dueAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    Task task = new Task(UUID.randomUUID(), caseId, caseNumber, kind, title, assigneeId, agencyId, dueAt, Task.OPEN,
        sourceId, 1, clock.instant(), null, null);
    jdbc.sql("""
            insert into tasks (id, case_id, case_number, kind, title, assignee_id, agency_id, due_at, status,
                source_id, version, created_at)
            values (?,?,?,?,?,?,?,?,?,?,?,?)""")
        .params(task.id(), caseId, caseNumber, kind, title, assigneeId, agencyId, at(dueAt), Task.OPEN, sourceId, 1,
            at(task.createdAt()))
        .update();
    changed(caseId);
    return task;
  }

  public List<Task> mine(Actor actor, Filter filter) {
    return list("assignee_id = ?", actor.userId(), filter);
  }

  /** The open tasks of everyone in the actor's agency; for those who do casework there. */
  public List<Task> team(Actor actor, Filter filter) {
    access.require(actor, Action.CASEWORK_MANAGE, "task.team", null);
    return list("agency_id = ?", actor.agencyId(), filter);
  }

  public List<Task> ofCase(Actor actor, UUID caseId) {
    return transactions.execute(tx -> {
      access.requireCase(actor, Action.CASE_READ, caseId, "task.list");
      return jdbc.sql("select * from tasks where case_id = ? order by due_at, id").param(caseId).query(this::map)
          .list();
    });
  }

  /** The assignee (or whoever may do casework on the case) marks the task done. */
  public Task complete(Actor actor, UUID id, long expectedVersion) {
    return transactions.execute(tx -> {
      Task task = find(id);
      if (!task.assigneeId().equals(actor.userId())) {
        access.requireCase(actor, Action.CASEWORK_MANAGE, task.caseId(), "task.complete");
      } else if (actor.agencyType().isEnforcement()) {
        throw new ForbiddenException("immigration enforcement receives aggregate statistics only");
      }
      if (task.version() != expectedVersion) {
        throw new StaleVersionException(expectedVersion, task.version());
      }
      if (!Task.OPEN.equals(task.status())) {
        throw new ConflictException("a task that is " + task.status() + " cannot be done");
      }
      close(task.id(), Task.DONE, actor.userId());
      changed(task.caseId());
      access.allowed(actor, "task.complete", task.caseId(), task.kind());
      return find(id);
    });
  }

  /** Marks the open tasks of a kind on a case done, as the work they asked for happened. */
  void completeOpen(UUID caseId, String kind, UUID by) {
    jdbc.sql("""
            update tasks set status = 'done', version = version + 1, completed_at = ?, completed_by = ?
            where case_id = ? and kind = ? and status = 'open'""")
        .params(at(clock.instant()), by, caseId, kind).update();
    changed(caseId);
  }

  /** Marks one person's open tasks of a kind on a case done (a panel member who voted). */
  void completeOpen(UUID caseId, String kind, UUID assigneeId, UUID by) {
    jdbc.sql("""
            update tasks set status = 'done', version = version + 1, completed_at = ?, completed_by = ?
            where case_id = ? and kind = ? and assignee_id = ? and status = 'open'""")
        .params(at(clock.instant()), by, caseId, kind, assigneeId).update();
  }

  /** Open tasks of a kind that a newer one replaces (a new risk level brings new deadlines). */
  void supersedeOpen(UUID caseId, String kind, UUID by) {
    jdbc.sql("""
            update tasks set status = 'cancelled', version = version + 1, completed_at = ?, completed_by = ?
            where case_id = ? and kind = ? and status = 'open'""")
        .params(at(clock.instant()), by, caseId, kind).update();
    changed(caseId);
  }

  /** A closed case needs no more work. */
  void cancelOpen(UUID caseId, UUID by) {
    jdbc.sql("""
            update tasks set status = 'cancelled', version = version + 1, completed_at = ?, completed_by = ?
            where case_id = ? and status = 'open'""")
        .params(at(clock.instant()), by, caseId).update();
    changed(caseId);
  }

  /** A transferred case's open work goes to its new owner. */
  void reassignOpen(UUID caseId, UUID assigneeId, UUID agencyId) {
    jdbc.sql("""
            update tasks set assignee_id = ?, agency_id = ?, version = version + 1
            where case_id = ? and status = 'open'""")
        .params(assigneeId, agencyId, caseId).update();
  }

  private List<Task> list(String who, UUID id, Filter filter) {
    StringBuilder sql = new StringBuilder("select * from tasks where " + who + " and status = 'open'");
    List<Object> params = new ArrayList<>(List.of(id));
    Instant now = clock.instant();
    if (filter == Filter.DUE) {
      sql.append(" and due_at >= ?");
      params.add(at(now));
    } else if (filter == Filter.OVERDUE) {
      sql.append(" and due_at < ?");
      params.add(at(now));
    }
    sql.append(" order by due_at, id limit 500");
    return jdbc.sql(sql.toString()).params(params).query(this::map).list();
  }

  /** Whether the task is overdue now. */
  public boolean overdue(Task task) {
    return Task.OPEN.equals(task.status()) && Deadlines.overdue(task.dueAt(), clock.instant());
  }

  private Task find(UUID id) {
    return jdbc.sql("select * from tasks where id = ?").param(id).query(this::map).optional()
        .orElseThrow(() -> new NotFoundException("task " + id));
  }

  private void close(UUID id, String status, UUID by) {
    jdbc.sql("update tasks set status = ?, version = version + 1, completed_at = ?, completed_by = ? where id = ?")
        .params(status, at(clock.instant()), by, id).update();
  }

  /** Tells read models that the case's work changed; their listeners run in this transaction. */
  private void changed(UUID caseId) {
    events.publishEvent(new CaseworkEvents.CaseworkChanged(caseId));
  }

  private Task map(ResultSet rs, int n) throws SQLException {
    return new Task(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("case_number"),
        rs.getString("kind"), rs.getString("title"), rs.getObject("assignee_id", UUID.class),
        rs.getObject("agency_id", UUID.class), instant(rs, "due_at"), rs.getString("status"),
        rs.getObject("source_id", UUID.class), rs.getLong("version"), instant(rs, "created_at"),
        instant(rs, "completed_at"), rs.getObject("completed_by", UUID.class));
  }

  static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
