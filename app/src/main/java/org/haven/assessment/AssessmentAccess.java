package org.haven.assessment;

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
 * Assessments of a child are part of the child's record: decided on the case's facts by the access
 * policy and audited against the case, so that the case's audit trail shows everything done to it.
 */
@Component
class AssessmentAccess {
  static final String CASE = "case";
  static final String CONTEXT = "context_assessment";

  private final AccessPolicy policy;
  private final AuditLog audit;
  private final CaseLifecycle cases;

  AssessmentAccess(AccessPolicy policy, AuditLog audit, CaseLifecycle cases) {
    this.policy = policy;
    this.audit = audit;
    this.cases = cases;
  }

  /** The case's facts once the actor may do the action to it; a refusal is audited and answered with 403. */
  CaseFacts requireCase(Actor actor, Action action, UUID caseId, String auditAction) {
    require(actor, action, auditAction, CASE, caseId);
    CaseFacts facts = cases.require(caseId);
    AccessDecision decision = policy.decide(actor, action, facts.recordFacts());
    if (!decision.allowed()) {
      deny(actor, auditAction, CASE, caseId, decision.reason());
    }
    return facts;
  }

  void require(Actor actor, Action action, String auditAction, String recordType, UUID recordId) {
    AccessDecision decision = policy.decide(actor, action);
    if (!decision.allowed()) {
      deny(actor, auditAction, recordType, recordId, decision.reason());
    }
  }

  void allowed(Actor actor, String auditAction, String recordType, UUID recordId, String purpose) {
    audit.allowed(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, recordType, recordId, purpose));
  }

  private void deny(Actor actor, String auditAction, String recordType, UUID recordId, String reason) {
    audit.denied(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, recordType, recordId, reason));
    throw new ForbiddenException(reason);
  }
}
