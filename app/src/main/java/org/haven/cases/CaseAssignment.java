package org.haven.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.haven.audit.FieldChange;
import org.haven.audit.RecordHistory;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.persistence.CaseRows;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.Authentication;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who works which case: the team's workload (open cases per owner within the actor's scope, counts only)
 * and the reassignment of a case to another caseworker of the case's agency, by a supervisor. A
 * reassignment is a new version of the case, in its field-level history and in the audit log.
 */
@Service
public class CaseAssignment {
  private final CaseRows rows;
  private final CaseAccess access;
  private final Authentication users;
  private final RecordHistory history;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CaseAssignment(CaseRows rows, CaseAccess access, Authentication users, RecordHistory history,
      ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
    this.rows = rows;
    this.access = access;
    this.users = users;
    this.history = history;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  public record OwnerWorkload(UUID ownerId, long openCases, long highRisk) {}

  /** Open cases per owner, counted only over cases the actor may read; no case is read or listed. */
  public List<OwnerWorkload> workload(Actor actor) {
    access.require(actor, Action.CASE_READ, "case.workload");
    return rows.workload(access.scopeOf(actor)).stream()
        .map(l -> new OwnerWorkload(l.ownerId(), l.open(), l.highRisk())).toList();
  }

  /**
   * Gives the case to {@code newOwnerId}: whoever may transfer the case (supervisors, system administrators),
   * to an active user of the case's agency whose role works cases. 412 on a stale version.
   */
  public ChildCase reassign(Actor actor, UUID caseId, long expectedVersion, UUID newOwnerId) {
    access.require(actor, Action.CASE_TRANSFER, "case.reassign");
    return transactions.execute(tx -> {
      ChildCase current = rows.find(caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
      access.require(actor, Action.CASE_TRANSFER, current, "case.reassign");
      if (current.version() != expectedVersion) {
        throw new StaleVersionException(expectedVersion, current.version());
      }
      Actor owner = newOwnerId == null ? null : users.currentActor(newOwnerId).orElse(null);
      if (owner == null || !owner.agencyId().equals(current.agencyId()) || !owner.role().allows(Action.CASE_UPDATE)) {
        throw InvalidRequestException.of("ownerId", "must be an active caseworker or supervisor of the case's agency");
      }
      if (owner.userId().equals(current.ownerId())) {
        return current;
      }
      Instant now = clock.instant();
      if (!rows.updateOwnership(caseId, expectedVersion, owner.userId(), current.agencyId(), actor.userId(), now)) {
        throw new StaleVersionException(expectedVersion, expectedVersion + 1);
      }
      history.record(CaseAccess.RECORD_TYPE, caseId, actor.userId(), now,
          List.of(new FieldChange("ownerId", current.ownerId().toString(), owner.userId().toString())));
      access.allowed(actor, "case.reassign", caseId, "to user " + owner.userId());
      events.publishEvent(new CaseEvents.CaseUpdated(caseId, expectedVersion + 1));
      // Casework moves the open tasks to the new owner and tells them, as for a transfer through the API.
      events.publishEvent(new CaseEvents.CaseTransferred(caseId, current.ownerId(), owner.userId(), current.agencyId()));
      return rows.find(caseId).orElseThrow();
    });
  }
}
