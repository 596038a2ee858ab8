package org.haven.web;

import java.util.ArrayList;
import java.util.List;
import org.haven.identity.Action;
import org.haven.identity.Actor;

/** Which pages a role opens, as links of the main navigation. */
final class Navigation {
  private Navigation() {}

  static List<PageModel.NavLink> of(Actor actor) {
    List<PageModel.NavLink> links = new ArrayList<>();
    if (actor.role().allows(Action.REFERRAL_RESPOND)) {
      links.add(new PageModel.NavLink("nav.referrals", "/referrals"));
    }
    if (actor.role().allows(Action.APPROVE)) {
      links.add(new PageModel.NavLink("nav.approvals", "/approvals"));
    }
    if (MatchPages.mayTrace(actor)) {
      links.add(new PageModel.NavLink("nav.tracing", "/tracing"));
    }
    if (TeamPages.maySupervise(actor)) {
      links.add(new PageModel.NavLink("nav.team", "/team"));
    }
    if (ContextAssessmentsPagesController.mayAssessContext(actor)) {
      links.add(new PageModel.NavLink("nav.contextAssessments", "/assessments/context"));
    }
    if (actor.role().allows(Action.AGGREGATE_READ)) {
      links.add(new PageModel.NavLink("nav.reports", "/reports"));
    }
    if (AdminPages.mayAdminister(actor)) {
      links.add(new PageModel.NavLink("nav.admin", "/admin"));
    }
    links.add(new PageModel.NavLink("nav.account", "/account"));
    return links;
  }
}
