package org.haven.bestinterests.domain;

/**
 * A step the procedure's current state does not allow, or a rule that is not met yet. The message says
 * what is missing or what to do instead; the API answers it with 409.
 */
public class ProcedureConflict extends RuntimeException {
  public ProcedureConflict(String message) {
    super(message);
  }
}
