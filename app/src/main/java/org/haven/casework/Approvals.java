package org.haven.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.cases.CaseLifecycle;
import org.haven.cases.ReachableCases;
import org.haven.casework.domain.ApprovalStatus;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.ActorDirectory;
import org.haven.identity.RecordScope;
import org.haven.identity.Role;
import org.haven.shared.FieldError;
import org.haven.shared.ForbiddenException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The supervisors' approval queue. What needs approval is configured per deployment; a request is pending
 * until a supervisor who reaches the case approves or rejects it with a comment, and nobody decides on
 * their own request. The decision is handed to the kind's {@link ApprovalHandler}, in the same
 * transaction, so that an approved record takes effect with its approval or not at all.
 */
@Service
public class Approvals {
  private final JdbcClient jdbc;
  private final CaseworkAccess access;
  private final CaseworkSettings settings;
  private final CaseLifecycle cases;
  private final ActorDirectory directory;
  private final Notifications notifications;
  private final ObjectProvider<ApprovalHandler> handlers;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Approvals(JdbcClient jdbc, CaseworkAccess access, CaseworkSettings settings, CaseLifecycle cases,
      ActorDirectory directory, Notifications notifications, ObjectProvider<ApprovalHandler> handlers,
      TransactionTemplate transactions, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.settings = settings;
    this.cases = cases;
    this.directory = directory;
    this.notifications = notifications;
    this.handlers = handlers;
    this.transactions = transactions;
    this.clock = clock;
  }

  boolean required(String kind) {
    return settings.requiresApproval(kind);
  }

  /** Queues a request and tells the agency's supervisors; in the caller's transaction. */
  Approval request(String kind, UUID subjectId, UUID caseId, UUID agencyId, Actor requester, String note) {
    Instant now = clock.instant();
    Approval approval = new Approval(UUID.randomUUID(), kind, subjectId, caseId, agencyId, ApprovalStatus.PENDING,
        note, requester.userId(), now, null, null, null, 1);
    jdbc.sql("""
            insert into approvals (id, kind, subject_id, case_id, agency_id, status, request_note, requested_by,
                requested_at, version)
            values (?,?,?,?,?,?,?,?,?,?)""")
        .params(approval.id(), kind, subjectId, caseId, agencyId, "pending", note, requester.userId(), Tasks.at(now), 1)
        .update();
    String caseNumber = caseId == null ? null : cases.require(caseId).caseNumber();
    notifications.notify(directory.activeUsers(agencyId, Role.SUPERVISOR), "approval_requested", caseId,
        approval.id(), label(kind) + " awaits approval" + (caseNumber == null ? "" : " on case " + caseNumber));
    return approval;
  }

  /** Whether a request of this kind is pending on the case (a second one would be a duplicate). */
  boolean pending(String kind, UUID caseId) {
    return jdbc.sql("select count(*) from approvals where kind = ? and case_id = ? and status = 'pending'")
        .params(kind, caseId).query(Long.class).single() > 0;
  }

  /** The pending requests the actor may decide: on cases within their scope, or of their agency. */
  public List<Approval> pendingFor(Actor actor) {
    access.require(actor, Action.APPROVE, "approval.list", null);
    // One query scoped by the database: requests on cases the actor reaches, and those on no case
    // (context assessments) of their agency, or of any agency for a user who reaches everything.
    ReachableCases reachable = cases.reachable(actor, "a.case_id");
    StringBuilder sql = new StringBuilder("select a.* from approvals a where a.status = 'pending' and (")
        .append(reachable.sql());
    List<Object> params = new ArrayList<>(reachable.params());
    if (actor.scope() == RecordScope.ALL) {
      sql.append(" or a.case_id is null");
    } else {
      sql.append(" or (a.case_id is null and a.agency_id = ?)");
      params.add(actor.agencyId());
    }
    sql.append(") order by a.requested_at, a.id");
    return jdbc.sql(sql.toString()).params(params).query(this::map).list();
  }

  public Approval get(Actor actor, UUID id) {
    Approval approval = find(id);
    access.require(actor, Action.APPROVE, "approval.read", approval.caseId());
    if (!reaches(actor, approval)) {
      access.deny(actor, "approval.read", approval.caseId(), "request outside the actor's scope");
    }
    return approval;
  }

  /** Approves or rejects a pending request with a comment (required to reject). */
  public Approval decide(Actor actor, UUID id, long expectedVersion, String decision, String comment) {
    if (!"approved".equals(decision) && !"rejected".equals(decision)) {
      throw InvalidRequestException.of("decision", "must be approved or rejected");
    }
    boolean approve = "approved".equals(decision);
    if ((!approve && (comment == null || comment.isBlank())) || (comment != null && comment.length() > 1000)) {
      throw new InvalidRequestException(List.of(new FieldError("comment",
          "is required to reject, at most 1000 characters")));
    }
    return transactions.execute(tx -> {
      Approval current = get(actor, id);
      if (current.version() != expectedVersion) {
        throw new StaleVersionException(expectedVersion, current.version());
      }
      ApprovalStatus next = current.status().decide(approve);
      if (current.requestedBy().equals(actor.userId())) {
        access.deny(actor, "approval.decide", current.caseId(), "nobody decides on their own request");
      }
      Instant now = clock.instant();
      int changed = jdbc.sql("""
              update approvals set status = ?, decided_by = ?, decided_at = ?, comment = ?, version = version + 1
              where id = ? and version = ?""")
          .params(next.code(), actor.userId(), Tasks.at(now), comment == null ? null : comment.strip(), id,
              expectedVersion)
          .update();
      if (changed != 1) {
        throw new StaleVersionException(expectedVersion, find(id).version());
      }
      Approval decided = find(id);
      ApprovalHandler handler = handlers.stream().filter(h -> h.handles(current.kind())).findFirst()
          .orElseThrow(() -> new IllegalStateException("no handler for approvals of " + current.kind()));
      if (approve) {
        handler.approved(actor, decided);
      } else {
        handler.rejected(actor, decided);
      }
      access.allowed(actor, "approval." + next.code(), current.caseId(), current.kind() + " " + current.subjectId());
      notifications.notify(List.of(current.requestedBy()), "approval_decided", current.caseId(), id,
          label(current.kind()) + " was " + next.code());
      return decided;
    });
  }

  private boolean reaches(Actor actor, Approval approval) {
    if (approval.caseId() == null) {
      return actor.scope() == RecordScope.ALL || approval.agencyId().equals(actor.agencyId());
    }
    return cases.facts(approval.caseId()).map(f -> access.may(actor, Action.APPROVE, f)).orElse(false);
  }

  private Approval find(UUID id) {
    return jdbc.sql("select * from approvals where id = ?").param(id).query(this::map).optional()
        .orElseThrow(() -> new NotFoundException("approval " + id));
  }

  private Approval map(ResultSet rs, int n) throws SQLException {
    return new Approval(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("subject_id", UUID.class),
        rs.getObject("case_id", UUID.class), rs.getObject("agency_id", UUID.class),
        ApprovalStatus.fromCode(rs.getString("status")), rs.getString("request_note"),
        rs.getObject("requested_by", UUID.class), Tasks.instant(rs, "requested_at"),
        rs.getObject("decided_by", UUID.class), Tasks.instant(rs, "decided_at"), rs.getString("comment"),
        rs.getLong("version"));
  }

  private static String label(String kind) {
    return switch (kind) {
      case "assessment" -> "An assessment";
      case "case_plan" -> "A case plan";
      case "closure" -> "A case closure";
      case "reopening" -> "A case reopening";
      default -> "A request";
    };
  }

  /** Rejects an id that is not a UUID the way the rest of the API does. */
  static UUID uuid(String field, String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidRequestException.of(field, "must be a UUID");
    }
  }

  static void requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw InvalidRequestException.of("reason", "is required, at most 1000 characters");
    }
  }

  static ForbiddenException forbidden(String reason) {
    return new ForbiddenException(reason);
  }
}
