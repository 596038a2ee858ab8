package org.haven.shared;

/** The client edited an older version than the stored one. Answered with 412 so that nothing is overwritten. */
public class StaleVersionException extends RuntimeException {
  public StaleVersionException(long expected, long actual) {
    super("the record was changed by someone else: you sent version " + expected + ", it is now at version " + actual);
  }
}
