package org.haven.assessment.domain;

import org.haven.shared.ConflictException;

/**
 * An assessment is drafted, submitted, then approved (where the deployment requires approval, by a
 * supervisor; otherwise at once). Only an approved assessment counts for the case's risk level. A
 * submitted assessment a supervisor rejects goes back to draft for revision.
 */
public enum AssessmentStatus {
  DRAFT, SUBMITTED, APPROVED;

  public AssessmentStatus submit() {
    require(this == DRAFT, "submitted");
    return SUBMITTED;
  }

  public AssessmentStatus approve() {
    require(this == SUBMITTED, "approved");
    return APPROVED;
  }

  public AssessmentStatus returnForRevision() {
    require(this == SUBMITTED, "returned for revision");
    return DRAFT;
  }

  public void requireEditable() {
    if (this != DRAFT) {
      throw new ConflictException("an assessment that is " + code() + " cannot be edited; only a draft can");
    }
  }

  private void require(boolean legal, String target) {
    if (!legal) {
      throw new ConflictException("an assessment that is " + code() + " cannot be " + target);
    }
  }

  public String code() {
    return name().toLowerCase();
  }

  public static AssessmentStatus fromCode(String code) {
    return valueOf(code.toUpperCase());
  }
}
