package org.haven.assessment;

import java.time.Instant;
import java.util.UUID;
import org.haven.identity.Actor;

/**
 * Facts about assessments other modules react to (approvals, tasks, alerts). They carry ids, codes and
 * the acting user, never a child's data. They are published inside the transaction of the change, so a
 * listener's work commits with it or not at all.
 */
public final class AssessmentEvents {
  private AssessmentEvents() {}

  /** An assessment was submitted; it takes effect once approved (at once where no approval is required). */
  public record AssessmentSubmitted(UUID assessmentId, UUID caseId, UUID agencyId, String level, Actor submittedBy) {}

  /** An assessment was returned to its author for revision. */
  public record AssessmentReturned(UUID assessmentId, UUID caseId, UUID authorId) {}

  /** The case's risk level changed (an approved assessment, or a supervisor's override). {@code from} may be null. */
  public record RiskLevelChanged(UUID caseId, String from, String to, UUID assessmentId, Actor changedBy,
      Instant at) {}

  /**
   * A screening raised a flag on the case ({@code trafficking_indicators} or {@code exploitation_indicators})
   * and proposes a referral; it labels nobody a victim.
   */
  public record ScreeningFlagRaised(UUID caseId, UUID screeningId, String flag, String proposedReferral,
      Actor screenedBy, Instant at) {}
}
