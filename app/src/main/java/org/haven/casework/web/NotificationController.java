package org.haven.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.haven.casework.Notification;
import org.haven.casework.Notifications;
import org.haven.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "What concerns me: assignments, approvals, alerts, tracing matches")
class NotificationController {
  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping
  @Operation(summary = "My notifications, newest first (at most 200)")
  Map<String, Object> list(Actor actor, @RequestParam(defaultValue = "false") boolean unread) {
    return Map.of("items", notifications.list(actor, unread).stream().map(NotificationController::view).toList());
  }

  @GetMapping("/unread-count")
  Map<String, Object> unreadCount(Actor actor) {
    return Map.of("unread", notifications.unreadCount(actor));
  }

  @PostMapping("/{id}/read")
  ResponseEntity<Void> markRead(Actor actor, @PathVariable UUID id) {
    notifications.markRead(actor, id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/read-all")
  Map<String, Object> markAllRead(Actor actor) {
    return Map.of("marked", notifications.markAllRead(actor));
  }

  record Address(String email) {}

  @PutMapping("/email")
  @Operation(summary = "Where I want notifications by e-mail too", description = "Sent only when the deployment "
      + "configured an SMTP server (spring.mail.host). The e-mail links to the case; it never names a child. "
      + "An empty address stops them.")
  Map<String, Object> setEmail(Actor actor, @RequestBody Address address) {
    notifications.setEmail(actor, address.email());
    return Map.of("email", notifications.email(actor).orElse(""));
  }

  private static Map<String, Object> view(Notification n) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", n.id());
    view.put("kind", n.kind());
    view.put("caseId", n.caseId());
    view.put("subjectId", n.subjectId());
    view.put("message", n.message());
    view.put("createdAt", n.createdAt().toString());
    view.put("read", n.readAt() != null);
    return view;
  }
}
