package org.haven.bestinterests;

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
import org.haven.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Puts every best-interests operation through the access policy and the audit log, as the cases module
 * does for cases. A BIA, BID or durable solution is part of a child's case: the actor needs the action
 * and the case within their scope. Panel members are the one exception, and only for their BID.
 */
@Component
class BestInterestsAccess {
  static final String BIA = "bia";
  static final String BID = "bid";
  static final String DURABLE_SOLUTION = "durable_solution";

  private final AccessPolicy policy;
  private final AuditLog audit;
  private final CaseLifecycle cases;

  BestInterestsAccess(AccessPolicy policy, AuditLog audit, CaseLifecycle cases) {
    this.policy = policy;
    this.audit = audit;
    this.cases = cases;
  }

  /** Refuses, and records the refusal, unless the actor may do this kind of action at all. */
  void require(Actor actor, Action action, String recordType, String auditAction) {
    AccessDecision decision = policy.decide(actor, action);
    if (!decision.allowed()) {
      denied(actor, auditAction, recordType, null, decision.reason());
    }
  }

  /**
   * The case's facts, after refusing (and recording the refusal) unless the actor may do the action on
   * this case. A case that does not exist is a 404.
   */
  CaseFacts requireOnCase(Actor actor, Action action, UUID caseId, String recordType, UUID recordId,
      String auditAction) {
    CaseFacts facts = cases.facts(caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
    AccessDecision decision = policy.decide(actor, action, facts.recordFacts());
    if (!decision.allowed()) {
      denied(actor, auditAction, recordType, recordId, decision.reason());
    }
    return facts;
  }

  boolean may(Actor actor, Action action, UUID caseId) {
    return cases.facts(caseId).map(f -> policy.decide(actor, action, f.recordFacts()).allowed()).orElse(false);
  }

  /** Records the refusal and answers 403; the reason names the rule, never the record's content. */
  void denied(Actor actor, String auditAction, String recordType, UUID recordId, String reason) {
    audit.denied(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, recordType, recordId, reason));
    throw new ForbiddenException(reason);
  }

  void allowed(Actor actor, String auditAction, String recordType, UUID recordId, String purpose) {
    audit.allowed(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, recordType, recordId, purpose));
  }

  void allowedAll(Actor actor, String auditAction, String recordType, java.util.List<UUID> ids, String purpose) {
    audit.allowedAll(ids.stream()
        .map(id -> AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, recordType, id, purpose)).toList());
  }

  /** Whether the actor's role (and the firewall) allow the action at all, whatever the record. */
  boolean mayAtAll(Actor actor, Action action) {
    return policy.decide(actor, action).allowed();
  }

  String reasonAtAll(Actor actor, Action action) {
    return policy.decide(actor, action).reason();
  }
}
