package org.haven.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.casework.Task;
import org.haven.casework.Tasks;
import org.haven.identity.Actor;
import org.haven.shared.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tasks", description = "Work with deadlines: first responses by risk level, follow-ups, proposed referrals")
class TaskController {
  private final Tasks tasks;

  TaskController(Tasks tasks) {
    this.tasks = tasks;
  }

  @GetMapping("/tasks/mine")
  @Operation(summary = "My open tasks, soonest first", description = "filter: open (default), due (not yet "
      + "overdue) or overdue (the deadline has passed). Deadlines are instants (UTC).")
  Map<String, Object> mine(Actor actor, @RequestParam(required = false) String filter) {
    return page(tasks.mine(actor, Tasks.Filter.fromCode(filter)));
  }

  @GetMapping("/tasks/team")
  @Operation(summary = "The open tasks of everyone in my agency", description = "Same filters as my tasks.")
  Map<String, Object> team(Actor actor, @RequestParam(required = false) String filter) {
    return page(tasks.team(actor, Tasks.Filter.fromCode(filter)));
  }

  @GetMapping("/cases/{caseId}/tasks")
  Map<String, Object> ofCase(Actor actor, @PathVariable UUID caseId) {
    return page(tasks.ofCase(actor, caseId));
  }

  @PostMapping("/tasks/{id}/complete")
  @Operation(summary = "Mark a task done", description = "Needs If-Match with the task's version.")
  ResponseEntity<Map<String, Object>> complete(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Task task = tasks.complete(actor, id, ETags.versionFrom(ifMatch));
    return ResponseEntity.ok().eTag(ETags.of(task.version())).body(view(task));
  }

  private Map<String, Object> page(List<Task> items) {
    return Map.of("items", items.stream().map(this::view).toList(), "total", items.size());
  }

  private Map<String, Object> view(Task t) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", t.id());
    view.put("caseId", t.caseId());
    view.put("caseNumber", t.caseNumber());
    view.put("kind", t.kind());
    view.put("title", t.title());
    view.put("assigneeId", t.assigneeId());
    view.put("dueAt", t.dueAt().toString());
    view.put("status", t.status());
    view.put("overdue", tasks.overdue(t));
    view.put("version", t.version());
    view.put("createdAt", t.createdAt().toString());
    if (t.completedAt() != null) {
      view.put("completedAt", t.completedAt().toString());
    }
    return view;
  }
}
