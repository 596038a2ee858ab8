package org.haven.casework.domain;

import org.haven.shared.ConflictException;

/** The one wording of a refused transition, so that every record's error reads the same. */
final class Transitions {
  private Transitions() {}

  static ConflictException illegal(String record, String from, String attempted) {
    return new ConflictException("a " + record + " that is " + from.replace('_', ' ') + " cannot be " + attempted);
  }
}
