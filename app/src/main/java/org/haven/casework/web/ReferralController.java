package org.haven.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.haven.casework.Recorded;
import org.haven.casework.Referral;
import org.haven.casework.Referrals;
import org.haven.identity.Actor;
import org.haven.shared.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Referrals", description = "Referrals to other agencies and service providers, checked against "
    + "consent; the recipient reads only the granted parts of the case while the referral is active")
class ReferralController {
  private final Referrals referrals;

  ReferralController(Referrals referrals) {
    this.referrals = referrals;
  }

  @PostMapping("/cases/{caseId}/referrals")
  @Operation(summary = "Refer the case", description = "{toAgencyId, service, reason, grants: [identity, "
      + "protection, family, journey, location], consentOverrideReason?}. Without consent to services (or to "
      + "sharing with this agency) the answer is 409 unless a supervisor gives consentOverrideReason. With a "
      + "client-chosen id, a repeat answers 200 with the referral made the first time.")
  ResponseEntity<Map<String, Object>> refer(Actor actor, @PathVariable UUID caseId, @RequestBody JsonNode body) {
    Recorded<Referral> recorded = referrals.refer(actor, caseId, body);
    Referral r = recorded.value();
    return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).location(URI.create("/api/v1/referrals/" + r.id()))
        .eTag(ETags.of(r.version())).body(view(r));
  }

  @GetMapping("/cases/{caseId}/referrals")
  Map<String, Object> ofCase(Actor actor, @PathVariable UUID caseId) {
    return Map.of("items", referrals.ofCase(actor, caseId).stream().map(ReferralController::view).toList());
  }

  @GetMapping("/referrals/incoming")
  @Operation(summary = "Referrals my agency received", description = "Active ones (in progress, accepted) unless "
      + "all=true.")
  Map<String, Object> incoming(Actor actor, @RequestParam(defaultValue = "false") boolean all) {
    return Map.of("items", referrals.incoming(actor, all).stream().map(ReferralController::view).toList());
  }

  @GetMapping("/referrals/{id}")
  ResponseEntity<Map<String, Object>> get(Actor actor, @PathVariable UUID id) {
    return tagged(referrals.get(actor, id));
  }

  @GetMapping("/referrals/{id}/case")
  @Operation(summary = "The referred case as the recipient may see it", description = "Only the granted parts, "
      + "and only while the referral is in progress or accepted; 403 after.")
  ObjectNode sharedCase(Actor actor, @PathVariable UUID id) {
    return referrals.sharedCase(actor, id);
  }

  record Reason(String reason) {}

  @PostMapping("/referrals/{id}/accept")
  @Operation(summary = "Accept (the recipient agency)", description = "Needs If-Match; 409 unless in progress.")
  ResponseEntity<Map<String, Object>> accept(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return tagged(referrals.accept(actor, id, ETags.versionFrom(ifMatch)));
  }

  @PostMapping("/referrals/{id}/reject")
  @Operation(summary = "Reject with a reason (the recipient agency)", description = "Needs If-Match; 409 unless "
      + "in progress.")
  ResponseEntity<Map<String, Object>> reject(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody Reason body) {
    return tagged(referrals.reject(actor, id, ETags.versionFrom(ifMatch), body.reason()));
  }

  @PostMapping("/referrals/{id}/revoke")
  @Operation(summary = "Revoke with a reason (the referring side)", description = "Needs If-Match; 409 unless in "
      + "progress or accepted. The recipient's access ends.")
  ResponseEntity<Map<String, Object>> revoke(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody Reason body) {
    return tagged(referrals.revoke(actor, id, ETags.versionFrom(ifMatch), body.reason()));
  }

  @PostMapping("/referrals/{id}/complete")
  @Operation(summary = "Mark an accepted referral done (the recipient agency)", description = "Needs If-Match; 409 "
      + "unless accepted. The recipient's access ends.")
  ResponseEntity<Map<String, Object>> complete(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return tagged(referrals.complete(actor, id, ETags.versionFrom(ifMatch)));
  }

  private static ResponseEntity<Map<String, Object>> tagged(Referral r) {
    return ResponseEntity.ok().eTag(ETags.of(r.version())).body(view(r));
  }

  private static Map<String, Object> view(Referral r) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", r.id());
    view.put("caseId", r.caseId());
    view.put("fromAgencyId", r.fromAgencyId());
    view.put("toAgencyId", r.toAgencyId());
    view.put("status", r.status().code());
    view.put("active", r.status().active());
    view.put("version", r.version());
    r.details().properties().forEach(e -> view.put(e.getKey(), e.getValue()));
    view.put("createdAt", r.createdAt().toString());
    view.put("createdBy", r.createdBy());
    view.put("updatedAt", r.updatedAt().toString());
    return view;
  }
}
