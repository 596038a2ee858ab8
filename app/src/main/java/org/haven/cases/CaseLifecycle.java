package org.haven.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.haven.audit.FieldChange;
import org.haven.audit.RecordHistory;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.persistence.CaseRows;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.locations.Location;
import org.haven.locations.Locations;
import org.haven.shared.ConflictException;
import org.haven.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What casework changes on the case itself: its risk level (as assessed), its owner (a transfer), its
 * status (closure and reopening, once approved). Callers decide when; this class checks access where
 * the change is an actor's own act, writes the history and the audit entry in the caller's transaction
 * and publishes the case's events. Also answers the facts other modules decide access on.
 */
@Service
public class CaseLifecycle {
  private final CaseRows rows;
  private final CaseAccess access;
  private final RecordHistory history;
  private final Locations locations;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CaseLifecycle(CaseRows rows, CaseAccess access, RecordHistory history, Locations locations,
      ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
    this.rows = rows;
    this.access = access;
    this.history = history;
    this.locations = locations;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The facts of a live case; nothing is audited, as nothing of the child's record is returned. */
  public Optional<CaseFacts> facts(UUID caseId) {
    return rows.find(caseId).map(this::factsOf);
  }

  /** The live cases within the actor's scope, as a condition over {@code caseIdColumn} (see {@link ReachableCases}). */
  public ReachableCases reachable(Actor actor, String caseIdColumn) {
    if (!caseIdColumn.matches("[a-z_]+(\\.[a-z_]+)?")) {
      throw new IllegalArgumentException("not a column name: " + caseIdColumn);
    }
    StringBuilder where = new StringBuilder(caseIdColumn
        + " in (select reached.id from cases reached where reached.deleted_at is null");
    List<Object> params = new java.util.ArrayList<>();
    access.scopeOf(actor).appendTo("reached", where, params);
    return new ReachableCases(where.append(")").toString(), params);
  }

  public CaseFacts require(UUID caseId) {
    return facts(caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
  }

  /**
   * The case for a reader who reaches it only because active referrals share it with their agency
   * ({@code sharedWith}); the caller shows them only the parts the referral grants. Audited as such.
   */
  public ChildCase readShared(Actor actor, UUID caseId, Set<UUID> sharedWith, String purpose) {
    return transactions.execute(tx -> {
      ChildCase c = load(caseId);
      access.requireShared(actor, c, sharedWith, "case.read.shared");
      access.allowed(actor, "case.read.shared", caseId, purpose);
      return c;
    });
  }

  /** Stores the risk level an approved assessment (or a supervisor's override) gives the case. */
  public void recordRiskLevel(Actor actor, UUID caseId, String riskLevel, String why) {
    transactions.executeWithoutResult(tx -> {
      ChildCase current = load(caseId);
      String before = current.details().riskLevel();
      if (riskLevel.equals(before)) {
        return;
      }
      Instant now = clock.instant();
      ChildCase changed = current.withDetails(current.details().withRiskLevel(riskLevel), actor.userId(), now);
      save(current, changed);
      history.record(CaseAccess.RECORD_TYPE, caseId, actor.userId(), now,
          List.of(new FieldChange("riskLevel", before, riskLevel)));
      access.allowed(actor, "case.risk-level", caseId, why);
      events.publishEvent(new CaseEvents.CaseUpdated(caseId, changed.version()));
    });
  }

  /** Hands the case to another caseworker (and agency); the actor needs the right to transfer it. */
  public CaseFacts transfer(Actor actor, UUID caseId, UUID newOwnerId, UUID newAgencyId, String reason) {
    return transactions.execute(tx -> {
      ChildCase current = load(caseId);
      access.require(actor, Action.CASE_TRANSFER, current, "case.transfer");
      Instant now = clock.instant();
      if (!rows.updateOwnership(caseId, current.version(), newOwnerId, newAgencyId, actor.userId(), now)) {
        throw new ConflictException("the case changed while it was being transferred; try again");
      }
      history.record(CaseAccess.RECORD_TYPE, caseId, actor.userId(), now, List.of(
          new FieldChange("ownerId", current.ownerId().toString(), newOwnerId.toString()),
          new FieldChange("agencyId", current.agencyId().toString(), newAgencyId.toString())));
      access.allowed(actor, "case.transfer", caseId, reason);
      events.publishEvent(new CaseEvents.CaseTransferred(caseId, current.ownerId(), newOwnerId, newAgencyId));
      return require(caseId);
    });
  }

  /** Closes the case once its closure was approved; {@code approver} is who made it effective. */
  public void close(Actor approver, UUID caseId, String reason) {
    changeStatus(approver, caseId, CaseStatus.CLOSED, reason);
  }

  public void reopen(Actor approver, UUID caseId, String reason) {
    changeStatus(approver, caseId, CaseStatus.OPEN, reason);
  }

  private void changeStatus(Actor actor, UUID caseId, CaseStatus target, String reason) {
    transactions.executeWithoutResult(tx -> {
      ChildCase current = load(caseId);
      CaseStatus from = current.status();
      boolean legal = (target == CaseStatus.CLOSED && from == CaseStatus.OPEN)
          || (target == CaseStatus.OPEN && from == CaseStatus.CLOSED);
      if (!legal) {
        throw new ConflictException("a case that is " + from.code() + " cannot become " + target.code());
      }
      Instant now = clock.instant();
      ChildCase changed = new ChildCase(current.id(), current.caseNumber(), target, current.version() + 1,
          current.ownerId(), current.agencyId(), current.createdAt(), current.createdBy(), now, actor.userId(),
          current.details());
      save(current, changed);
      history.record(CaseAccess.RECORD_TYPE, caseId, actor.userId(), now,
          List.of(new FieldChange("status", from.code(), target.code())));
      access.allowed(actor, target == CaseStatus.CLOSED ? "case.close" : "case.reopen", caseId, reason);
      events.publishEvent(target == CaseStatus.CLOSED ? new CaseEvents.CaseClosed(caseId)
          : new CaseEvents.CaseReopened(caseId));
    });
  }

  private void save(ChildCase current, ChildCase changed) {
    if (!rows.update(changed, current.version())) {
      throw new ConflictException("the case changed at the same moment; try again");
    }
  }

  private ChildCase load(UUID id) {
    return rows.find(id).orElseThrow(() -> new NotFoundException("case " + id));
  }

  private CaseFacts factsOf(ChildCase c) {
    CaseDetails d = c.details();
    String country = d.locationId() == null ? null
        : locations.find(d.locationId()).map(Location::country).orElse(null);
    return new CaseFacts(c.id(), c.caseNumber(), c.status(), c.version(), c.ownerId(), c.agencyId(), d.locationId(),
        country, ageOf(d), d.consent(), d.riskLevel(), d.protectionStatus(), access.factsOf(c));
  }

  private Integer ageOf(CaseDetails d) {
    if (d.dateOfBirth() != null) {
      // The latest day the date can stand for: a child born "in 2010" is not taken for older than they may be.
      return Period.between(d.dateOfBirth().latest(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
          .getYears();
    }
    return d.ageYears();
  }
}
