package org.haven.shared;

/** The request contradicts what is stored (a taken username, an illegal transition). Answered with 409. */
public class ConflictException extends RuntimeException {
  public ConflictException(String detail) {
    super(detail);
  }
}
