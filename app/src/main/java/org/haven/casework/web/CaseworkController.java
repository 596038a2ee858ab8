package org.haven.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.cases.CaseFacts;
import org.haven.casework.CaseActivities;
import org.haven.casework.CaseOwnership;
import org.haven.casework.CasePlans;
import org.haven.casework.CaseServices;
import org.haven.casework.Recorded;
import org.haven.identity.Actor;
import org.haven.shared.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Casework", description = "Case plan, services, follow-ups, case conferences, transfer, closure and "
    + "reopening of a child's case")
class CaseworkController {
  private final CasePlans plans;
  private final CaseServices services;
  private final CaseActivities activities;
  private final CaseOwnership ownership;

  CaseworkController(CasePlans plans, CaseServices services, CaseActivities activities, CaseOwnership ownership) {
    this.plans = plans;
    this.services = services;
    this.activities = activities;
    this.ownership = ownership;
  }

  @GetMapping("/cases/{caseId}/plan")
  ResponseEntity<Map<String, Object>> plan(Actor actor, @PathVariable UUID caseId) {
    return plan(plans.get(actor, caseId));
  }

  @PutMapping("/cases/{caseId}/plan")
  @Operation(summary = "Write the case plan", description = "{goals: [{description, actions: [{description, "
      + "responsible, dueDate, status: open|done|dropped}]}]}. The first version needs no If-Match, later ones do; "
      + "editing an approved plan starts a revision (a draft, not in effect until approved again).")
  ResponseEntity<Map<String, Object>> savePlan(Actor actor, @PathVariable UUID caseId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody JsonNode body) {
    Long version = ifMatch == null || ifMatch.isBlank() ? null : ETags.versionFrom(ifMatch);
    return plan(plans.save(actor, caseId, version, body));
  }

  @PostMapping("/cases/{caseId}/plan/submit")
  @Operation(summary = "Submit the case plan for approval", description = "Needs If-Match. Where the deployment "
      + "requires no approval of case plans, it is in effect at once.")
  ResponseEntity<Map<String, Object>> submitPlan(Actor actor, @PathVariable UUID caseId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return plan(plans.submit(actor, caseId, ETags.versionFrom(ifMatch)));
  }

  @GetMapping("/cases/{caseId}/services")
  Map<String, Object> services(Actor actor, @PathVariable UUID caseId) {
    return Map.of("items", services.ofCase(actor, caseId).stream().map(CaseworkController::view).toList());
  }

  @PostMapping("/cases/{caseId}/services")
  @Operation(summary = "Add a service", description = "{type, provider, timeframe: 1_hour|3_hours|1_day|3_days|"
      + "1_week, startDate, endDate, status: planned|in_progress|completed, notes, id?}. A client-chosen id makes "
      + "it idempotent: a repeat answers 200.")
  ResponseEntity<Map<String, Object>> addService(Actor actor, @PathVariable UUID caseId, @RequestBody JsonNode body) {
    Recorded<CaseServices.CaseService> recorded = services.add(actor, caseId, body);
    CaseServices.CaseService s = recorded.value();
    return ResponseEntity.status(created(recorded)).location(URI.create("/api/v1/services/" + s.id()))
        .eTag(ETags.of(s.version())).body(view(s));
  }

  @PutMapping("/services/{id}")
  @Operation(summary = "Change a service's status or details", description = "Needs If-Match. Status moves "
      + "planned → in_progress → completed, or to cancelled before completion; other moves answer 409.")
  ResponseEntity<Map<String, Object>> updateService(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody JsonNode body) {
    CaseServices.CaseService s = services.update(actor, id, ETags.versionFrom(ifMatch), body);
    return ResponseEntity.ok().eTag(ETags.of(s.version())).body(view(s));
  }

  @GetMapping("/cases/{caseId}/follow-ups")
  List<JsonNode> followUps(Actor actor, @PathVariable UUID caseId) {
    return activities.list(actor, caseId, "follow_up");
  }

  @PostMapping("/cases/{caseId}/follow-ups")
  @Operation(summary = "Record a follow-up", description = "{date, type, notes, id?}. Answers the open first-response "
      + "and follow-up tasks and schedules the next follow-up by the case's risk level.")
  ResponseEntity<JsonNode> followUp(Actor actor, @PathVariable UUID caseId, @RequestBody JsonNode body) {
    Recorded<JsonNode> recorded = activities.recordFollowUp(actor, caseId, body);
    return ResponseEntity.status(created(recorded)).body(recorded.value());
  }

  @GetMapping("/cases/{caseId}/conferences")
  List<JsonNode> conferences(Actor actor, @PathVariable UUID caseId) {
    return activities.list(actor, caseId, "conference");
  }

  @PostMapping("/cases/{caseId}/conferences")
  @Operation(summary = "Record a case conference", description = "{date, participants: [...], decisions, notes, id?}; a repeat "
      + "with the same client-chosen id answers 200.")
  ResponseEntity<JsonNode> conference(Actor actor, @PathVariable UUID caseId, @RequestBody JsonNode body) {
    Recorded<JsonNode> recorded = activities.recordConference(actor, caseId, body);
    return ResponseEntity.status(created(recorded)).body(recorded.value());
  }

  /** 201 for a new record, 200 for a repeat of a request with the same client-chosen id. */
  private static HttpStatus created(Recorded<?> recorded) {
    return recorded.created() ? HttpStatus.CREATED : HttpStatus.OK;
  }

  record Transfer(String toUserId, String reason) {}

  @PostMapping("/cases/{caseId}/transfer")
  @Operation(summary = "Transfer the case to another caseworker or supervisor (of any agency but immigration "
      + "enforcement)", description = "{toUserId, reason}. The case's owner and agency change; audited; the new "
      + "owner is notified and gets the open tasks.")
  Map<String, Object> transfer(Actor actor, @PathVariable UUID caseId, @RequestBody Transfer body) {
    CaseFacts c = ownership.transfer(actor, caseId, body.toUserId(), body.reason());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("caseId", c.id());
    view.put("ownerId", c.ownerId());
    view.put("agencyId", c.agencyId());
    view.put("version", c.version());
    return view;
  }

  record Reason(String reason) {}

  @PostMapping("/cases/{caseId}/closure")
  @Operation(summary = "Ask for the case to be closed, with a reason", description = "Answers status "
      + "pending_approval with the approvalId where closures need approval, otherwise closed.")
  ResponseEntity<Map<String, Object>> close(Actor actor, @PathVariable UUID caseId, @RequestBody Reason body) {
    return ResponseEntity.accepted().body(ownership.requestClosure(actor, caseId, body.reason()).view());
  }

  @PostMapping("/cases/{caseId}/reopening")
  @Operation(summary = "Ask for a closed case to be reopened, with a reason", description = "Approved like a "
      + "closure where closures need approval.")
  ResponseEntity<Map<String, Object>> reopen(Actor actor, @PathVariable UUID caseId, @RequestBody Reason body) {
    return ResponseEntity.accepted().body(ownership.requestReopening(actor, caseId, body.reason()).view());
  }

  private static ResponseEntity<Map<String, Object>> plan(CasePlans.Plan p) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", p.id());
    view.put("caseId", p.caseId());
    view.put("status", p.status().code());
    view.put("effective", p.effective());
    view.put("version", p.version());
    view.put("goals", p.goals());
    view.put("updatedAt", p.updatedAt().toString());
    view.put("updatedBy", p.updatedBy());
    if (p.approvedAt() != null) {
      view.put("approvedAt", p.approvedAt().toString());
      view.put("approvedBy", p.approvedBy());
    }
    return ResponseEntity.ok().eTag(ETags.of(p.version())).body(view);
  }

  private static Map<String, Object> view(CaseServices.CaseService s) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", s.id());
    view.put("caseId", s.caseId());
    view.put("status", s.status().code());
    view.put("version", s.version());
    s.details().properties().forEach(e -> view.put(e.getKey(), e.getValue().asString()));
    return view;
  }
}
