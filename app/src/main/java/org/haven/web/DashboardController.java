package org.haven.web;

import org.haven.cases.CaseRegistry;
import org.haven.cases.CaseRegistry.SearchQuery;
import org.haven.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after login: recently registered cases and high-risk cases within the user's scope.
 * New potential matches waiting for review, for those who trace. The template keeps empty slots for tasks
 * and approvals, which later modules fill.
 */
@Controller
class DashboardController extends Pages {
  private static final int SHOWN = 8;
  private final CaseRegistry registry;
  private final MatchPages matches;

  DashboardController(CaseRegistry registry, MatchPages matches) {
    this.registry = registry;
    this.matches = matches;
  }

  @GetMapping("/")
  String dashboard(Actor actor, Model model) {
    model.addAttribute("recent", registry.search(actor, new SearchQuery(null, "open", null, 0, SHOWN)));
    model.addAttribute("highRisk", registry.search(actor, new SearchQuery(null, "open", "high", 0, SHOWN)));
    model.addAttribute("mayTrace", MatchPages.mayTrace(actor));
    model.addAttribute("matches", matches.pending(actor, SHOWN));
    return "dashboard";
  }
}
