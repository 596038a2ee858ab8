package org.haven.tracing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The reunification of a child with the family a confirmed tracing match found, and its rules: verify
 * every point of the checklist, assess, reunify only when verification is complete and the assessment
 * positive, then follow up. Changing the verification withdraws an assessment made on the old one.
 * Every method returns the next state or throws {@link IllegalTransition} saying what is missing.
 */
@org.springframework.modulith.NamedInterface("reunification")
public record Reunification(UUID id, UUID matchId, UUID requestId, UUID caseId, ReunificationStatus status,
    long version, Verification verification, ReunificationAssessment assessment, Reunion reunion,
    List<FollowUpVisit> followUps, String notReunifiedReason, Instant createdAt, UUID createdBy, Instant updatedAt,
    UUID updatedBy) {

  /** Reasons for not reunifying with the verified adult, by the standard lookup. */
  public static final List<String> NOT_REUNIFIED_REASONS = List.of("change_of_mind", "death", "death_of_adult",
      "failed_verification", "n_a", "other");

  public Reunification {
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
  }

  /** Starts from a match; only a confirmed match leads to reunification. */
  public static Reunification start(UUID id, MatchStatus match, UUID matchId, UUID requestId, UUID caseId, UUID by,
      Instant at) {
    if (match != MatchStatus.CONFIRMED) {
      throw new IllegalTransition("reunification follows a confirmed match; this match is " + match.code());
    }
    return new Reunification(id, matchId, requestId, caseId, ReunificationStatus.VERIFYING, 1,
        Verification.PENDING, null, null, List.of(), null, at, by, at, by);
  }

  public Reunification verify(Verification checks, UUID by, Instant at) {
    requireOpen();
    ReunificationStatus next = checks.complete() ? ReunificationStatus.VERIFIED
        : checks.failed() ? ReunificationStatus.VERIFICATION_FAILED : ReunificationStatus.VERIFYING;
    return new Reunification(id, matchId, requestId, caseId, next, version + 1, checks, null, null, followUps, null,
        createdAt, createdBy, at, by);
  }

  public Reunification assess(ReunificationAssessment a, UUID by, Instant at) {
    requireOpen();
    requireVerified("assessed");
    return new Reunification(id, matchId, requestId, caseId,
        a.positive() ? ReunificationStatus.ASSESSED : ReunificationStatus.NOT_RECOMMENDED, version + 1, verification,
        a, null, followUps, null, createdAt, createdBy, at, by);
  }

  public Reunification reunify(Reunion r, UUID by, Instant at) {
    requireOpen();
    requireVerified("reunified");
    if (assessment == null) {
      throw new IllegalTransition("the child cannot be reunified before the reunification assessment");
    }
    if (!assessment.positive()) {
      throw new IllegalTransition("the reunification assessment recommends " + assessment.recommendation()
          + ", not reunification");
    }
    return new Reunification(id, matchId, requestId, caseId, ReunificationStatus.REUNIFIED, version + 1, verification,
        assessment, r, followUps, null, createdAt, createdBy, at, by);
  }

  public Reunification followUp(FollowUpVisit visit, UUID by, Instant at) {
    if (status != ReunificationStatus.REUNIFIED) {
      throw new IllegalTransition("follow-up visits come after reunification; this one is " + status.code());
    }
    List<FollowUpVisit> all = new ArrayList<>(followUps);
    all.add(visit);
    return new Reunification(id, matchId, requestId, caseId, status, version + 1, verification, assessment, reunion,
        all, null, createdAt, createdBy, at, by);
  }

  public Reunification notReunified(String reason, UUID by, Instant at) {
    requireOpen();
    return new Reunification(id, matchId, requestId, caseId, ReunificationStatus.NOT_REUNIFIED, version + 1,
        verification, assessment, null, followUps, reason, createdAt, createdBy, at, by);
  }

  private void requireOpen() {
    if (status.closed()) {
      throw new IllegalTransition("this reunification is " + status.code() + " and no longer changes");
    }
  }

  private void requireVerified(String what) {
    if (!verification.complete()) {
      throw new IllegalTransition("the child cannot be " + what + " before the verification is complete; not "
          + "confirmed: " + String.join(", ", verification.unconfirmed()));
    }
  }
}
