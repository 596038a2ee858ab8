package org.haven.bestinterests;

import java.util.UUID;

/**
 * Facts about best-interests procedures other modules react to (tasks, notifications, reporting). They
 * carry ids and codes only, never what was recorded about the child.
 */
public final class BestInterestsEvents {
  private BestInterestsEvents() {}

  /** A BIA was submitted and waits for a supervisor. */
  public record BiaSubmitted(UUID biaId, UUID caseId) {}

  /** A supervisor approved or returned a BIA; {@code status} is {@code approved} or {@code returned}. */
  public record BiaReviewed(UUID biaId, UUID caseId, String status) {}

  /** A BID report waits for the supervisor's review. */
  public record BidReportSubmitted(UUID bidId, UUID caseId) {}

  /** The supervisor approved or returned a BID report; {@code status} is {@code approved} or {@code returned}. */
  public record BidReportReviewed(UUID bidId, UUID caseId, String status) {}

  /** A panel member is asked to vote on a BID. */
  public record BidPanelVoteRequested(UUID bidId, UUID caseId, UUID memberId, String meetingOn) {}

  /** A panel member voted (what they voted for stays with the BID). */
  public record BidVoteCast(UUID bidId, UUID caseId, UUID memberId) {}

  /** The panel decided; {@code option} and {@code durableSolution} are codes, the latter may be null. */
  public record BidDecided(UUID bidId, UUID caseId, String option, String durableSolution, boolean dissent) {}

  /** A decided BID is to be reviewed, or was reopened. */
  public record BidReviewRequested(UUID bidId, UUID caseId) {}

  public record BidReopened(UUID bidId, UUID caseId, int round) {}

  /** A durable solution was identified or changed status. */
  public record DurableSolutionChanged(UUID solutionId, UUID caseId, String type, String status) {}
}
