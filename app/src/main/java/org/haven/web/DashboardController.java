package org.haven.web;

import java.util.Set;
import org.haven.cases.CaseRegistry;
import org.haven.cases.CaseRegistry.SearchQuery;
import org.haven.casework.Approvals;
import org.haven.casework.Notifications;
import org.haven.casework.Tasks;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after login: recently registered cases and high-risk cases within the user's scope.
 * Cards for new potential matches waiting for review (for those who trace), the user's tasks due and
 * overdue, the approvals waiting for a supervisor, and alerts (unread notifications of high risk or of
 * trafficking or exploitation indicators), each linking to its page.
 */
@Controller
class DashboardController extends Pages {
  private static final int SHOWN = 8;
  private static final Set<String> ALERTS = Set.of("high_risk", "trafficking_indicators", "exploitation_indicators");
  private final CaseRegistry registry;
  private final MatchPages matches;
  private final Tasks tasks;
  private final Approvals approvals;
  private final Notifications notifications;

  DashboardController(CaseRegistry registry, MatchPages matches, Tasks tasks, Approvals approvals,
      Notifications notifications) {
    this.registry = registry;
    this.matches = matches;
    this.tasks = tasks;
    this.approvals = approvals;
    this.notifications = notifications;
  }

  @GetMapping("/")
  String dashboard(Actor actor, Model model) {
    model.addAttribute("recent", registry.search(actor, new SearchQuery(null, "open", null, 0, SHOWN)));
    model.addAttribute("highRisk", registry.search(actor, new SearchQuery(null, "open", "high", 0, SHOWN)));
    model.addAttribute("mayTrace", MatchPages.mayTrace(actor));
    model.addAttribute("matches", matches.pending(actor, SHOWN));
    model.addAttribute("tasksDue", tasks.mine(actor, Tasks.Filter.DUE).size());
    model.addAttribute("tasksOverdue", tasks.mine(actor, Tasks.Filter.OVERDUE).size());
    if (actor.role().allows(Action.APPROVE)) {
      model.addAttribute("approvalsWaiting", approvals.pendingFor(actor).size());
    }
    model.addAttribute("alerts", notifications.list(actor, true).stream().filter(n -> ALERTS.contains(n.kind()))
        .limit(SHOWN).toList());
    return "dashboard";
  }
}
