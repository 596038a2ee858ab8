package org.haven.web;

import org.haven.identity.Action;
import org.haven.identity.Actor;

/** Who sees the administrators' pages: anyone whose role manages users, agencies, locations or forms. */
final class AdminPages {
  private AdminPages() {}

  static boolean mayAdminister(Actor actor) {
    return actor.role().allows(Action.USER_MANAGE) || actor.role().allows(Action.AGENCY_MANAGE)
        || actor.role().allows(Action.LOCATION_MANAGE) || actor.role().allows(Action.FORM_MANAGE);
  }
}
