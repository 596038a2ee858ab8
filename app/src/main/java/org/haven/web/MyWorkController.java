package org.haven.web;

import java.util.List;
import java.util.UUID;
import org.haven.casework.Notifications;
import org.haven.casework.Task;
import org.haven.casework.Tasks;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My work": the open tasks of the user (overdue first) and of their team, and their notifications. A
 * task is marked done with the version it was shown at, so that a task someone else closed meanwhile is
 * reported rather than closed twice.
 */
@Controller
class MyWorkController extends Pages {
  private final Tasks tasks;
  private final Notifications notifications;

  MyWorkController(Tasks tasks, Notifications notifications) {
    this.tasks = tasks;
    this.notifications = notifications;
  }

  /** A task with what the page says of it, and the page where it is done. */
  public record TaskRow(Task task, boolean overdue) {
    public String href() {
      return switch (task.kind()) {
        case "bia_review" -> "/cases/" + task.caseId() + "/best-interests#bia";
        case "bid_report_review" -> "/cases/" + task.caseId() + "/best-interests#bid";
        // A member may sit on the panel of a case outside their scope: the BID's own page lets members in.
        case "bid_panel_vote" -> task.sourceId() == null ? "/cases/" + task.caseId() + "/best-interests#bid"
            : "/bids/" + task.sourceId();
        case "reunification_follow_up" -> task.sourceId() == null ? "/cases/" + task.caseId() + "/casework"
            : "/reunifications/" + task.sourceId() + "#follow-up";
        default -> "/cases/" + task.caseId() + "/casework";
      };
    }
  }

  @GetMapping("/work")
  String work(Actor actor, Model model) {
    model.addAttribute("overdue", rows(tasks.mine(actor, Tasks.Filter.OVERDUE), true));
    model.addAttribute("due", rows(tasks.mine(actor, Tasks.Filter.DUE), false));
    boolean team = actor.role().allows(Action.CASEWORK_MANAGE);
    model.addAttribute("showTeam", team);
    if (team) {
      model.addAttribute("team", tasks.team(actor, Tasks.Filter.OPEN).stream()
          .filter(t -> !t.assigneeId().equals(actor.userId()))
          .map(t -> new TaskRow(t, tasks.overdue(t))).toList());
    }
    model.addAttribute("notifications", notifications.list(actor, false));
    return "work/index";
  }

  @PostMapping("/work/tasks/{id}/done")
  String done(Actor actor, @PathVariable UUID id, @RequestParam long version) {
    try {
      tasks.complete(actor, id, version);
      return "redirect:/work?taskDone";
    } catch (StaleVersionException | ConflictException e) {
      return "redirect:/work?taskChanged";
    }
  }

  @PostMapping("/work/notifications/{id}/read")
  String read(Actor actor, @PathVariable UUID id) {
    notifications.markRead(actor, id);
    return "redirect:/work#notifications";
  }

  @PostMapping("/work/notifications/read")
  String readAll(Actor actor) {
    notifications.markAllRead(actor);
    return "redirect:/work#notifications";
  }

  private static List<TaskRow> rows(List<Task> list, boolean overdue) {
    return list.stream().map(t -> new TaskRow(t, overdue)).toList();
  }
}
