package org.haven.tracing.domain;

/** A decision that the pair's current state does not allow; the message says why and what to do. */
public class IllegalTransition extends RuntimeException {
  public IllegalTransition(String message) {
    super(message);
  }
}
