package org.haven.casework.domain;

/** An approval request is pending until a supervisor approves or rejects it; the decision is final. */
public enum ApprovalStatus {
  PENDING, APPROVED, REJECTED;

  public ApprovalStatus decide(boolean approve) {
    if (this != PENDING) {
      throw Transitions.illegal("request for approval", code(), approve ? "approved" : "rejected");
    }
    return approve ? APPROVED : REJECTED;
  }

  public String code() {
    return name().toLowerCase();
  }

  public static ApprovalStatus fromCode(String code) {
    return valueOf(code.toUpperCase());
  }
}
