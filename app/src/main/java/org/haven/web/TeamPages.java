package org.haven.web;

import org.haven.identity.Actor;
import org.haven.identity.Role;

/** Who sees the supervisors' pages. */
final class TeamPages {
  private TeamPages() {}

  static boolean maySupervise(Actor actor) {
    return actor.role() == Role.SUPERVISOR || actor.role() == Role.SYSTEM_ADMIN;
  }
}
