package org.haven.bestinterests.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A best-interests assessment of one child, and the rules of its life: written and revised while in
 * progress or returned, submitted when complete for its type, then approved or returned by a supervisor
 * other than the one who submitted it. An approved BIA is not changed; a re-assessment is a new BIA.
 */
public record Bia(UUID id, UUID caseId, BiaType type, BiaStatus status, long version, BiaContent content,
    UUID submittedBy, Instant submittedAt, UUID reviewedBy, Instant reviewedAt, String reviewComment,
    Instant createdAt, UUID createdBy, Instant updatedAt, UUID updatedBy) {

  public static Bia start(UUID id, UUID caseId, BiaType type, BiaContent content, UUID by, Instant at) {
    return new Bia(id, caseId, type, BiaStatus.IN_PROGRESS, 1, content, null, null, null, null, null, at, by, at,
        by);
  }

  public Bia revise(BiaContent newContent, UUID by, Instant at) {
    if (!status.editable()) {
      throw new ProcedureConflict("a " + status.code() + " BIA cannot be changed"
          + (status == BiaStatus.APPROVED ? "; start a new BIA to re-assess" : "; wait for the supervisor's review"));
    }
    return new Bia(id, caseId, type, BiaStatus.IN_PROGRESS, version + 1, newContent, submittedBy, submittedAt,
        reviewedBy, reviewedAt, reviewComment, createdAt, createdBy, at, by);
  }

  /** The fields still missing; submitting with any missing is refused with those fields named. */
  public List<String> missingForSubmission() {
    return content.missingFor(type);
  }

  public Bia submit(UUID by, Instant at) {
    if (!status.editable()) {
      throw new ProcedureConflict("only a BIA in progress or returned can be submitted; this one is " + status.code());
    }
    return new Bia(id, caseId, type, BiaStatus.SUBMITTED, version + 1, content, by, at, null, null, null, createdAt,
        createdBy, at, by);
  }

  public Bia approve(UUID by, Instant at, String comment) {
    requireSubmitted(by);
    return new Bia(id, caseId, type, BiaStatus.APPROVED, version + 1, content, submittedBy, submittedAt, by, at,
        comment, createdAt, createdBy, at, by);
  }

  public Bia returnForRevision(UUID by, Instant at, String reason) {
    requireSubmitted(by);
    return new Bia(id, caseId, type, BiaStatus.RETURNED, version + 1, content, submittedBy, submittedAt, by, at,
        reason, createdAt, createdBy, at, by);
  }

  private void requireSubmitted(UUID reviewer) {
    if (status != BiaStatus.SUBMITTED) {
      throw new ProcedureConflict("only a submitted BIA can be reviewed; this one is " + status.code());
    }
    if (reviewer.equals(submittedBy)) {
      throw new ProcedureConflict("the BIA must be reviewed by someone other than the person who submitted it");
    }
  }
}
