package org.haven.tracing;

import java.util.List;
import java.util.UUID;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.identity.AccessDecision;
import org.haven.identity.AccessPolicy;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.RecordFacts;
import org.haven.identity.RecordFilter;
import org.haven.locations.Locations;
import org.haven.shared.ForbiddenException;
import org.haven.tracing.persistence.TracingRequestRows;
import org.haven.tracing.persistence.TracingRequestRows.RequestRow;
import org.springframework.stereotype.Component;

/**
 * Puts every tracing operation through the access policy and the audit log, as the cases module does
 * for cases: allowed reads and writes are recorded with the operation, refusals on their own with 403.
 */
@Component
class TracingAccess {
  static final String REQUEST = "tracing_request";
  static final String MATCH = "tracing_match";
  static final String DUPLICATE = "duplicate_pair";

  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Locations locations;

  TracingAccess(AccessPolicy policy, AuditLog audit, Locations locations) {
    this.policy = policy;
    this.audit = audit;
    this.locations = locations;
  }

  /** Refuses, and records the refusal, unless the actor may do this kind of action at all. */
  void require(Actor actor, Action action, String recordType, String auditAction) {
    AccessDecision decision = policy.decide(actor, action);
    if (!decision.allowed()) {
      denied(actor, auditAction, recordType, null, decision.reason());
    }
  }

  /** Refuses, and records the refusal, unless the actor may do the action to this request. */
  void require(Actor actor, Action action, RequestRow request, String auditAction) {
    AccessDecision decision = policy.decide(actor, action, facts(request));
    if (!decision.allowed()) {
      denied(actor, auditAction, REQUEST, request.id(), decision.reason());
    }
  }

  boolean may(Actor actor, Action action, RequestRow request) {
    return policy.decide(actor, action, facts(request)).allowed();
  }

  /** Records the refusal and answers 403; the reason names the rule, never the record's content. */
  void denied(Actor actor, String auditAction, String recordType, UUID recordId, String reason) {
    audit.denied(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, recordType, recordId, reason));
    throw new ForbiddenException(reason);
  }

  void allowed(Actor actor, String auditAction, String recordType, UUID recordId, String purpose) {
    audit.allowed(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, recordType, recordId, purpose));
  }

  void allowedAll(Actor actor, String auditAction, String recordType, List<UUID> ids, String purpose) {
    audit.allowedAll(ids.stream()
        .map(id -> AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, recordType, id, purpose)).toList());
  }

  /** The requests the actor reaches, for queries; the same rules as {@link AccessPolicy}, as a filter. */
  RecordFilter scopeOf(Actor actor) {
    return RecordFilter.of(actor, locations::withDescendants);
  }

  private RecordFacts facts(RequestRow r) {
    return new RecordFacts(r.ownerId(), r.agencyId(),
        r.locationId() == null ? List.of() : locations.withAncestors(r.locationId()));
  }
}
