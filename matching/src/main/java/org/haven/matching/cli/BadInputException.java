package org.haven.matching.cli;

/** A file that cannot be used; the message names the file, line and column. */
final class BadInputException extends Exception {
  BadInputException(String message) {
    super(message);
  }
}
