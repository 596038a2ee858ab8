package org.haven.tracing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.haven.identity.Actor;
import org.haven.shared.ETags;
import org.haven.tracing.Reunifications;
import org.haven.tracing.domain.Reunification;
import org.haven.tracing.domain.Verification;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reunification", description = "After a confirmed match: verification checklist, assessment, "
    + "reunification and follow-up visits. Steps the state does not allow answer 409 with what is missing.")
class ReunificationController {
  private final Reunifications reunifications;

  ReunificationController(Reunifications reunifications) {
    this.reunifications = reunifications;
  }

  record AssessmentBody(String recommendation, String reasons, String supportPlan) {}

  record ReunionBody(String date, String place, String type, String reunifiedWith, List<String> carriedOutBy) {}

  record FollowUpBody(String date, String visitedBy, Boolean childSafe, String wellbeing, String notes,
      String nextVisitOn) {}

  record CloseBody(String reason) {}

  @PostMapping("/api/v1/matches/{matchId}/reunification")
  @Operation(summary = "Start the reunification of a confirmed match", description = "409 unless the match is "
      + "confirmed; 200 with the existing one when it was started before.")
  ResponseEntity<Reunification> start(Actor actor, @PathVariable UUID matchId) {
    Reunifications.Started started = reunifications.start(actor, matchId);
    Reunification r = started.reunification();
    return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/v1/reunifications/" + r.id())).eTag(ETags.of(r.version())).body(r);
  }

  @GetMapping("/api/v1/reunifications/{id}")
  ResponseEntity<Reunification> get(Actor actor, @PathVariable UUID id) {
    return withETag(reunifications.get(actor, id));
  }

  @PutMapping("/api/v1/reunifications/{id}/verification")
  @Operation(summary = "Record the verification checklist", description = "adultIdentity, relationshipEvidence, "
      + "childWishes, adultWillingness, safety: each {outcome (confirmed, not_confirmed, pending), note, checkedBy, "
      + "checkedOn}. Complete when all are confirmed. A change withdraws an earlier assessment. If-Match required.")
  ResponseEntity<Reunification> verify(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody Verification body) {
    return withETag(reunifications.verify(actor, id, ETags.versionFrom(ifMatch), body));
  }

  @PutMapping("/api/v1/reunifications/{id}/assessment")
  @Operation(summary = "Record the reunification assessment", description = "recommendation: reunification, "
      + "reunification_enhanced_support, further_tracing, long_term_alternative_care, no; reasons; supportPlan. "
      + "Only once the verification is complete (409). If-Match required.")
  ResponseEntity<Reunification> assess(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody AssessmentBody body) {
    return withETag(reunifications.assess(actor, id, ETags.versionFrom(ifMatch), body.recommendation(),
        body.reasons(), body.supportPlan()));
  }

  @PostMapping("/api/v1/reunifications/{id}/reunify")
  @Operation(summary = "Record the reunification", description = "date, place, type (case_by_case, "
      + "informal_spontaneous, mass_tracing, mediation, photo_tracing, spontaneous, other), reunifiedWith, "
      + "carriedOutBy. 409 before the verification is complete and the assessment positive.")
  ResponseEntity<Reunification> reunify(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody ReunionBody body) {
    return withETag(reunifications.reunify(actor, id, optional(ifMatch), body.date(), body.place(), body.type(),
        body.reunifiedWith(), body.carriedOutBy()));
  }

  @PostMapping("/api/v1/reunifications/{id}/follow-ups")
  @Operation(summary = "Record a follow-up visit after reunification", description = "date, visitedBy, childSafe, "
      + "wellbeing, notes, nextVisitOn.")
  ResponseEntity<Reunification> followUp(Actor actor, @PathVariable UUID id, @RequestBody FollowUpBody body) {
    Reunification r = reunifications.followUp(actor, id, body.date(), body.visitedBy(), body.childSafe(),
        body.wellbeing(), body.notes(), body.nextVisitOn());
    return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(r.version())).body(r);
  }

  @PostMapping("/api/v1/reunifications/{id}/not-reunified")
  @Operation(summary = "Close without reunification", description = "reason: change_of_mind, death, death_of_adult, "
      + "failed_verification, n_a, other.")
  ResponseEntity<Reunification> notReunified(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody CloseBody body) {
    return withETag(reunifications.notReunified(actor, id, optional(ifMatch), body.reason()));
  }

  private static Long optional(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? null : ETags.versionFrom(ifMatch);
  }

  private static ResponseEntity<Reunification> withETag(Reunification r) {
    return ResponseEntity.ok().eTag(ETags.of(r.version())).body(r);
  }
}
