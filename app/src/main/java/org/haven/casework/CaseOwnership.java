package org.haven.casework;

import java.util.Map;
import java.util.UUID;
import org.haven.cases.CaseFacts;
import org.haven.cases.CaseLifecycle;
import org.haven.cases.domain.CaseStatus;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.ActorDirectory;
import org.haven.identity.Agencies;
import org.haven.identity.Role;
import org.haven.identity.User;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who holds the case and whether it is open: transfer to another caseworker (of this or another agency),
 * closure and reopening with their reasons, each taking effect once approved where the deployment requires
 * approval of closures. The case itself is changed through the cases module's API, which audits it.
 */
@Service
public class CaseOwnership implements ApprovalHandler {
  static final String CLOSURE = "closure";
  static final String REOPENING = "reopening";

  private final CaseworkAccess access;
  private final CaseLifecycle cases;
  private final ActorDirectory directory;
  private final Agencies agencies;
  private final Approvals approvals;
  private final TransactionTemplate transactions;

  CaseOwnership(CaseworkAccess access, CaseLifecycle cases, ActorDirectory directory, Agencies agencies,
      Approvals approvals, TransactionTemplate transactions) {
    this.access = access;
    this.cases = cases;
    this.directory = directory;
    this.agencies = agencies;
    this.approvals = approvals;
    this.transactions = transactions;
  }

  /** Hands the case to an active caseworker or supervisor; their agency becomes the case's agency. */
  public CaseFacts transfer(Actor actor, UUID caseId, String toUserId, String reason) {
    UUID target = Approvals.uuid("toUserId", toUserId);
    Approvals.requireReason(reason);
    User user = directory.activeUser(target)
        .orElseThrow(() -> InvalidRequestException.of("toUserId", "is not an active user"));
    if (user.role() != Role.CASEWORKER && user.role() != Role.SUPERVISOR) {
      throw InvalidRequestException.of("toUserId", "must be a caseworker or a supervisor");
    }
    if (agencies.get(user.agencyId()).type().isEnforcement()) {
      throw InvalidRequestException.of("toUserId", "child-protection cases never go to immigration enforcement");
    }
    return transactions.execute(tx -> {
      CaseFacts c = cases.require(caseId);
      if (c.ownerId().equals(target)) {
        throw new ConflictException("the case is already held by this user");
      }
      return cases.transfer(actor, caseId, target, user.agencyId(), reason.strip());
    });
  }

  /** What became of a request to close or reopen: done at once, or waiting for approval. */
  public record Outcome(String status, UUID approvalId) {
    public Map<String, Object> view() {
      return approvalId == null ? Map.of("status", status) : Map.of("status", status, "approvalId", approvalId);
    }
  }

  public Outcome requestClosure(Actor actor, UUID caseId, String reason) {
    return request(actor, caseId, reason, CLOSURE, CaseStatus.OPEN);
  }

  public Outcome requestReopening(Actor actor, UUID caseId, String reason) {
    return request(actor, caseId, reason, REOPENING, CaseStatus.CLOSED);
  }

  private Outcome request(Actor actor, UUID caseId, String reason, String kind, CaseStatus required) {
    Approvals.requireReason(reason);
    return transactions.execute(tx -> {
      CaseFacts c = access.requireCase(actor, Action.CASE_CLOSE, caseId, "case." + kind);
      if (c.status() != required) {
        throw new ConflictException("a case that is " + c.status().code() + " cannot be "
            + (CLOSURE.equals(kind) ? "closed" : "reopened"));
      }
      if (approvals.pending(kind, caseId)) {
        throw new ConflictException("a " + kind + " of this case is already waiting for approval");
      }
      access.allowed(actor, "case." + kind + ".request", caseId, reason.strip());
      if (approvals.required(kind)) {
        Approval approval = approvals.request(kind, UUID.randomUUID(), caseId, c.agencyId(), actor, reason.strip());
        return new Outcome("pending_approval", approval.id());
      }
      apply(actor, kind, caseId, reason.strip());
      return new Outcome(CLOSURE.equals(kind) ? "closed" : "open", null);
    });
  }

  private void apply(Actor actor, String kind, UUID caseId, String reason) {
    if (CLOSURE.equals(kind)) {
      cases.close(actor, caseId, reason);
    } else {
      cases.reopen(actor, caseId, reason);
    }
  }

  @Override
  public boolean handles(String kind) {
    return CLOSURE.equals(kind) || REOPENING.equals(kind);
  }

  @Override
  public void approved(Actor approver, Approval approval) {
    apply(approver, approval.kind(), approval.caseId(), approval.requestNote());
  }

  @Override
  public void rejected(Actor approver, Approval approval) {
    // The case stays as it is; the requester is told by the approval queue.
  }
}
