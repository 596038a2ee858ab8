package org.haven.shared;

/** The record does not exist, or the caller may not know that it exists. Answered with 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what + " not found");
  }
}
