package org.haven.bestinterests.web;

import org.haven.shared.ETags;

/** If-Match on a step of a procedure is optional: when sent it must name the stored version (else 412). */
final class Versions {
  private Versions() {}

  static Long optional(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? null : ETags.versionFrom(ifMatch);
  }
}
