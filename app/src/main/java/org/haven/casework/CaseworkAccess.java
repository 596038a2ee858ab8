package org.haven.casework;

import java.util.UUID;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.cases.CaseFacts;
import org.haven.cases.CaseLifecycle;
import org.haven.identity.AccessDecision;
import org.haven.identity.AccessPolicy;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Casework records are part of the child's record: access is decided on the case's facts by the access
 * policy, and allowed and refused attempts are audited against the case.
 */
@Component
class CaseworkAccess {
  static final String CASE = "case";

  private final AccessPolicy policy;
  private final AuditLog audit;
  private final CaseLifecycle cases;

  CaseworkAccess(AccessPolicy policy, AuditLog audit, CaseLifecycle cases) {
    this.policy = policy;
    this.audit = audit;
    this.cases = cases;
  }

  CaseFacts requireCase(Actor actor, Action action, UUID caseId, String auditAction) {
    require(actor, action, auditAction, caseId);
    CaseFacts facts = cases.require(caseId);
    AccessDecision decision = policy.decide(actor, action, facts.recordFacts());
    if (!decision.allowed()) {
      deny(actor, auditAction, caseId, decision.reason());
    }
    return facts;
  }

  boolean may(Actor actor, Action action, CaseFacts facts) {
    return policy.decide(actor, action, facts.recordFacts()).allowed();
  }

  void require(Actor actor, Action action, String auditAction, UUID caseId) {
    AccessDecision decision = policy.decide(actor, action);
    if (!decision.allowed()) {
      deny(actor, auditAction, caseId, decision.reason());
    }
  }

  void allowed(Actor actor, String auditAction, UUID caseId, String purpose) {
    audit.allowed(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, CASE, caseId, purpose));
  }

  void deny(Actor actor, String auditAction, UUID caseId, String reason) {
    audit.denied(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, CASE, caseId, reason));
    throw new ForbiddenException(reason);
  }
}
