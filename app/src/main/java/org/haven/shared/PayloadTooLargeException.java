package org.haven.shared;

/** The request body is larger than this deployment accepts. Answered with 413. */
public class PayloadTooLargeException extends RuntimeException {
  public PayloadTooLargeException(long limit) {
    super("the request body is larger than " + limit + " bytes");
  }
}
