package org.haven.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.haven.casework.Approval;
import org.haven.casework.Approvals;
import org.haven.identity.Actor;
import org.haven.shared.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "The supervisors' queue: assessments, case plans, closures and reopenings")
class ApprovalController {
  private final Approvals approvals;

  ApprovalController(Approvals approvals) {
    this.approvals = approvals;
  }

  @GetMapping
  @Operation(summary = "Pending requests I may decide (cases within my scope), oldest first")
  Map<String, Object> pending(Actor actor) {
    return Map.of("items", approvals.pendingFor(actor).stream().map(ApprovalController::view).toList());
  }

  @GetMapping("/{id}")
  ResponseEntity<Map<String, Object>> get(Actor actor, @PathVariable UUID id) {
    Approval a = approvals.get(actor, id);
    return ResponseEntity.ok().eTag(ETags.of(a.version())).body(view(a));
  }

  record Decision(String decision, String comment) {}

  @PostMapping("/{id}/decision")
  @Operation(summary = "Approve or reject with a comment", description = "{decision: approved|rejected, comment} "
      + "(a comment is required to reject). Needs If-Match. Nobody decides on their own request; a decided "
      + "request answers 409.")
  ResponseEntity<Map<String, Object>> decide(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody Decision body) {
    Approval a = approvals.decide(actor, id, ETags.versionFrom(ifMatch), body.decision(), body.comment());
    return ResponseEntity.ok().eTag(ETags.of(a.version())).body(view(a));
  }

  static Map<String, Object> view(Approval a) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", a.id());
    view.put("kind", a.kind());
    view.put("subjectId", a.subjectId());
    view.put("caseId", a.caseId());
    view.put("status", a.status().code());
    view.put("requestNote", a.requestNote());
    view.put("requestedBy", a.requestedBy());
    view.put("requestedAt", a.requestedAt().toString());
    if (a.decidedAt() != null) {
      view.put("decidedBy", a.decidedBy());
      view.put("decidedAt", a.decidedAt().toString());
      view.put("comment", a.comment());
    }
    view.put("version", a.version());
    return view;
  }
}
