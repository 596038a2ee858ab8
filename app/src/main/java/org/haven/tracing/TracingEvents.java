package org.haven.tracing;

import java.util.UUID;

/** Facts about family tracing other modules react to (tasks, reporting). They carry ids only. */
public final class TracingEvents {
  private TracingEvents() {}

  /** A tracing request was filed. */
  public record TracingRequestFiled(UUID requestId) {}

  /** A tracing request was edited (its status, place or the child sought). */
  public record TracingRequestUpdated(UUID requestId) {}

  /** The potential matches of a request changed: found, withdrawn, restored or decided. */
  public record MatchesChanged(UUID requestId) {}

  /**
   * The matcher found a new potential match between a request and a case: once per pair, not again when
   * the pair is re-scored or shown again. {@code decision} is the matcher's {@code match} or {@code review}.
   */
  public record PotentialMatchFound(UUID matchId, UUID requestId, UUID caseId, String decision) {}

  /** A person confirmed that a tracing request and a case are about the same child. */
  public record MatchConfirmed(UUID matchId, UUID requestId, UUID caseId) {}

  /** Every point of the verification checklist of a confirmed match is confirmed. */
  public record FamilyVerified(UUID reunificationId, UUID matchId, UUID requestId, UUID caseId) {}

  /** The child was reunified with the family a tracing match found. */
  public record ReunificationCompleted(UUID reunificationId, UUID matchId, UUID requestId, UUID caseId) {}

  /** A follow-up visit after reunification; {@code childSafe} false calls for action. */
  public record ReunificationFollowedUp(UUID reunificationId, UUID caseId, boolean childSafe) {}
}
