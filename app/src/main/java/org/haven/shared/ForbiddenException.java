package org.haven.shared;

/** The access policy refused the action. Answered with 403; the reason names the rule, never data. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String reason) {
    super(reason);
  }
}
