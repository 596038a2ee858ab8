package org.haven.casework.domain;

/**
 * A case plan is drafted, submitted, then approved (where the deployment requires approval, by a
 * supervisor; otherwise at once). Only an approved plan is in effect. Editing an approved plan starts a
 * revision (a draft again); a submitted plan cannot be edited until it is decided.
 */
public enum PlanStatus {
  DRAFT, SUBMITTED, APPROVED;

  public PlanStatus edit() {
    if (this == SUBMITTED) {
      throw Transitions.illegal("case plan", code(), "edited before the supervisor has decided on it");
    }
    return DRAFT;
  }

  public PlanStatus submit() {
    if (this != DRAFT) {
      throw Transitions.illegal("case plan", code(), "submitted");
    }
    return SUBMITTED;
  }

  public PlanStatus approve() {
    if (this != SUBMITTED) {
      throw Transitions.illegal("case plan", code(), "approved");
    }
    return APPROVED;
  }

  public PlanStatus reject() {
    if (this != SUBMITTED) {
      throw Transitions.illegal("case plan", code(), "rejected");
    }
    return DRAFT;
  }

  public String code() {
    return name().toLowerCase();
  }

  public static PlanStatus fromCode(String code) {
    return valueOf(code.toUpperCase());
  }
}
