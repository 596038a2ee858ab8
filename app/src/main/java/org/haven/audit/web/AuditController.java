package org.haven.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditChainer;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditEntry;
import org.haven.audit.persistence.AuditRows;
import org.haven.identity.AccessDecision;
import org.haven.identity.AccessPolicy;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.Role;
import org.haven.shared.ForbiddenException;
import org.haven.shared.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditController {
  private final AuditRows rows;
  private final AccessPolicy policy;
  private final AuditLog log;
  private final AuditChainer chainer;

  AuditController(AuditRows rows, AccessPolicy policy, AuditLog log, AuditChainer chainer) {
    this.rows = rows;
    this.chainer = chainer;
    this.policy = policy;
    this.log = log;
  }

  record EventView(long seq, Instant at, UUID userId, String action, String recordType, UUID recordId,
      String outcome, String purpose) {
    static EventView of(AuditEvent e) {
      return new EventView(e.seq(), e.at(), e.userId(), e.action(), e.recordType(), e.recordId(), e.outcome().code(),
          e.purpose());
    }
  }

  @GetMapping
  @Operation(summary = "Audit events, oldest first; supervisors and administrators see their agency's, "
      + "system administrators all")
  List<EventView> events(Actor actor, @RequestParam(required = false) UUID recordId,
      @RequestParam(required = false) UUID userId, @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    AccessDecision decision = policy.decide(actor, Action.AUDIT_READ);
    if (!decision.allowed()) {
      log.denied(AuditEntry.of(actor.userId(), actor.agencyId(), "audit.read", null, recordId, decision.reason()));
      throw new ForbiddenException(decision.reason());
    }
    if (page < 0 || size < 1 || size > 1000) {
      throw InvalidRequestException.of(size < 1 || size > 1000 ? "size" : "page",
          "page must be 0 or more and size between 1 and 1000");
    }
    // Everything committed before this request is in the chain when it is read.
    chainer.chainPending();
    UUID agency = actor.role() == Role.SYSTEM_ADMIN ? null : actor.agencyId();
    return rows.find(new AuditRows.Filter(recordId, userId, agency, from, to, size, page * size)).stream()
        .map(EventView::of).toList();
  }
}
