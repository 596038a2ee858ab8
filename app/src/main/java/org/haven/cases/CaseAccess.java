package org.haven.cases;

import java.util.List;
import java.util.UUID;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.persistence.CaseRows;
import org.haven.identity.AccessDecision;
import org.haven.identity.AccessPolicy;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.RecordFacts;
import org.haven.identity.RecordFilter;
import org.haven.locations.Locations;
import org.haven.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Puts every case operation through the access policy and the audit log: allowed reads and writes are
 * recorded with the operation, refusals are recorded on their own and answered with 403.
 */
@Component
class CaseAccess {
  static final String RECORD_TYPE = "case";

  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Locations locations;

  CaseAccess(AccessPolicy policy, AuditLog audit, Locations locations) {
    this.policy = policy;
    this.audit = audit;
    this.locations = locations;
  }

  /** Refuses, and records the refusal, unless the actor may do this kind of action at all. */
  void require(Actor actor, Action action, String auditAction) {
    AccessDecision decision = policy.decide(actor, action);
    if (!decision.allowed()) {
      audit.denied(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, RECORD_TYPE, null, decision.reason()));
      throw new ForbiddenException(decision.reason());
    }
  }

  /** Refuses, and records the refusal, unless the actor may do the action to this case. */
  void require(Actor actor, Action action, ChildCase c, String auditAction) {
    AccessDecision decision = decide(actor, action, c);
    if (!decision.allowed()) {
      audit.denied(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, RECORD_TYPE, c.id(),
          decision.reason()));
      throw new ForbiddenException(decision.reason());
    }
  }

  AccessDecision decide(Actor actor, Action action, ChildCase c) {
    return policy.decide(actor, action, facts(c));
  }

  boolean mayRead(Actor actor, ChildCase c) {
    return decide(actor, Action.CASE_READ, c).allowed();
  }

  void allowed(Actor actor, String auditAction, UUID caseId, String purpose) {
    audit.allowed(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, RECORD_TYPE, caseId, purpose));
  }

  void allowedAll(Actor actor, String auditAction, List<UUID> caseIds, String purpose) {
    audit.allowedAll(caseIds.stream()
        .map(id -> AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, RECORD_TYPE, id, purpose)).toList());
  }

  /** The records the actor reaches, for queries; the same rules as {@link AccessPolicy}, as a filter. */
  RecordFilter scopeOf(Actor actor) {
    return RecordFilter.of(actor, locations::withDescendants);
  }

  /** Refuses unless the actor may read the case, counting agencies that active referrals share it with. */
  void requireShared(Actor actor, ChildCase c, java.util.Set<UUID> sharedWith, String auditAction) {
    AccessDecision decision = policy.decide(actor, Action.CASE_READ, facts(c).sharedWith(sharedWith));
    if (!decision.allowed()) {
      audit.denied(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, RECORD_TYPE, c.id(),
          decision.reason()));
      throw new ForbiddenException(decision.reason());
    }
  }

  RecordFacts factsOf(ChildCase c) {
    return facts(c);
  }

  private RecordFacts facts(ChildCase c) {
    UUID location = c.details().locationId();
    return new RecordFacts(c.ownerId(), c.agencyId(), location == null ? List.of() : locations.withAncestors(location));
  }
}
