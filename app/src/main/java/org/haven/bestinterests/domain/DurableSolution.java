package org.haven.bestinterests.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A durable solution pursued for a child: its type, its steps, and its status. Moving into
 * implementation is gated by the best-interests rules; the service asks them and passes what is missing.
 */
public record DurableSolution(UUID id, UUID caseId, DurableSolutionType type, DurableSolutionStatus status,
    long version, String note, List<SolutionStep> steps, String statusReason, UUID bidId, Instant createdAt,
    UUID createdBy, Instant updatedAt, UUID updatedBy) {

  public DurableSolution {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  public static DurableSolution identify(UUID id, UUID caseId, DurableSolutionType type, String note,
      List<SolutionStep> steps, UUID by, Instant at) {
    return new DurableSolution(id, caseId, type, DurableSolutionStatus.IDENTIFIED, 1, note,
        steps == null ? DefaultSteps.of(type) : steps, null, null, at, by, at, by);
  }

  public DurableSolution edit(String newNote, List<SolutionStep> newSteps, UUID by, Instant at) {
    if (status == DurableSolutionStatus.COMPLETED || status == DurableSolutionStatus.CANCELLED) {
      throw new ProcedureConflict("a " + status.code() + " durable solution is not changed");
    }
    return new DurableSolution(id, caseId, type, status, version + 1, newNote, newSteps, statusReason, bidId,
        createdAt, createdBy, at, by);
  }

  /**
   * Moves to {@code next}. {@code missingProcedure} is what the best-interests rules say is missing for
   * implementation (null when nothing is); {@code bidId} the BID that decided it, if any.
   */
  public DurableSolution moveTo(DurableSolutionStatus next, String reason, String missingProcedure, UUID decidingBid,
      UUID by, Instant at) {
    if (!status.mayBecome(next)) {
      throw new ProcedureConflict("a durable solution that is " + status.code() + " cannot become " + next.code());
    }
    if (next.implementing() && missingProcedure != null) {
      throw new ProcedureConflict(missingProcedure);
    }
    if (next == DurableSolutionStatus.COMPLETED && steps.stream().anyMatch(SolutionStep::open)) {
      throw new ProcedureConflict("steps are still pending: mark each done or not_applicable first");
    }
    return new DurableSolution(id, caseId, type, next, version + 1, note, steps, reason,
        decidingBid != null ? decidingBid : bidId, createdAt, createdBy, at, by);
  }
}
