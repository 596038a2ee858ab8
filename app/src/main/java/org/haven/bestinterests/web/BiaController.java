package org.haven.bestinterests.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.bestinterests.BestInterestsAssessments;
import org.haven.bestinterests.Created;
import org.haven.bestinterests.domain.Bia;
import org.haven.bestinterests.domain.BiaContent;
import org.haven.bestinterests.domain.BiaType;
import org.haven.bestinterests.domain.ChildViews;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Best interests assessments", description = "Short and comprehensive BIAs with the child's views, "
    + "submitted by the caseworker and approved or returned by a supervisor")
class BiaController {
  private final BestInterestsAssessments assessments;

  BiaController(BestInterestsAssessments assessments) {
    this.assessments = assessments;
  }

  /** A BIA as written: the type on creation only, the content at any time while it is editable. */
  record BiaBody(UUID id, String type, ChildViews childViews, String familyViews, String safety,
      String familyRelationships, String developmentAndIdentity, String recommendation, String priority) {
    BiaContent content() {
      return new BiaContent(childViews, familyViews, safety, familyRelationships, developmentAndIdentity,
          recommendation, priority);
    }
  }

  record ReviewBody(String outcome, String comment) {}

  @PostMapping("/api/v1/cases/{caseId}/bias")
  @Operation(summary = "Start a BIA for the child", description = "type: short or comprehensive. childViews "
      + "{views, howObtained (interview, interview_with_interpreter, play_or_drawing, through_trusted_adult, other), "
      + "obtainedOn, ageAtInterview, maturity, weightGiven, notObtainedReason}, familyViews, safety, "
      + "familyRelationships, developmentAndIdentity, recommendation, priority (2_days, 1_week, 30_days, "
      + "non_urgent). Send your own UUID as id to make the call idempotent.")
  ResponseEntity<Bia> start(Actor actor, @PathVariable UUID caseId, @RequestBody BiaBody body) {
    Fields fields = new Fields();
    BiaType type = fields.code(body.type(), "type", BiaType::fromCode);
    fields.orRefuse();
    Created<Bia> started = assessments.start(actor, caseId, body.id(), type, body.content());
    Bia bia = started.value();
    return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).location(URI.create("/api/v1/bias/" + bia.id())).eTag(ETags.of(bia.version())).body(bia);
  }

  @GetMapping("/api/v1/cases/{caseId}/bias")
  @Operation(summary = "The child's BIAs, oldest first")
  Map<String, List<Bia>> ofCase(Actor actor, @PathVariable UUID caseId) {
    return Map.of("items", assessments.ofCase(actor, caseId));
  }

  @GetMapping("/api/v1/bias/{id}")
  ResponseEntity<Bia> get(Actor actor, @PathVariable UUID id) {
    return withETag(assessments.get(actor, id));
  }

  @PutMapping("/api/v1/bias/{id}")
  @Operation(summary = "Save a new version of the BIA's content", description = "Only while in_progress or "
      + "returned (409 otherwise). If-Match must carry the ETag of the version edited: 428 without, 412 when stale.")
  ResponseEntity<Bia> revise(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody BiaBody body) {
    return withETag(assessments.revise(actor, id, ETags.versionFrom(ifMatch), body.content()));
  }

  @PostMapping("/api/v1/bias/{id}/submit")
  @Operation(summary = "Submit the BIA to a supervisor", description = "400 naming each field still missing for "
      + "its type (a short BIA needs the child's views, safety, recommendation and priority; a comprehensive one "
      + "every element); 409 when it is not in progress or returned.")
  ResponseEntity<Bia> submit(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return withETag(assessments.submit(actor, id, Versions.optional(ifMatch)));
  }

  @PostMapping("/api/v1/bias/{id}/review")
  @Operation(summary = "A supervisor approves or returns a submitted BIA", description = "outcome: approved or "
      + "returned (with a comment). The reviewer must not be the person who submitted it.")
  ResponseEntity<Bia> review(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody ReviewBody body) {
    return withETag(assessments.review(actor, id, Versions.optional(ifMatch), body.outcome(), body.comment()));
  }

  private static ResponseEntity<Bia> withETag(Bia bia) {
    return ResponseEntity.ok().eTag(ETags.of(bia.version())).body(bia);
  }
}
