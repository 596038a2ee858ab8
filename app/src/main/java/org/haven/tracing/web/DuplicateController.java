package org.haven.tracing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.haven.cases.CaseMerging;
import org.haven.cases.domain.ChildCase;
import org.haven.identity.Actor;
import org.haven.shared.ETags;
import org.haven.shared.InvalidRequestException;
import org.haven.tracing.DuplicateReview;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Duplicates", description = "Likely second registrations of one child: review, merge and undo")
class DuplicateController {
  private final DuplicateReview review;

  DuplicateController(DuplicateReview review) {
    this.review = review;
  }

  record DecisionBody(String decision, String note, Boolean change) {}

  record MergeBody(String duplicateId, String reason) {}

  @GetMapping("/api/v1/duplicates")
  @Operation(summary = "Pairs of cases found at registration that are likely one child, most probable first")
  Map<String, Object> queue(Actor actor, @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "20") int size) {
    return Map.of("items", review.queue(actor, status, size));
  }

  @PostMapping("/api/v1/duplicates/{id}/decision")
  @Operation(summary = "Decide a pair: duplicate or not_duplicate", description = "A decided pair changes only with "
      + "\"change\": true; other illegal transitions answer 409.")
  DuplicateReview.DuplicatePair decide(Actor actor, @PathVariable UUID id, @RequestBody DecisionBody body) {
    return review.decide(actor, id, body.decision(), Boolean.TRUE.equals(body.change()), body.note());
  }

  @PostMapping("/api/v1/cases/{survivorId}/merge")
  @Operation(summary = "Merge a duplicate case into this one", description = "The duplicate gets the status "
      + "duplicate and points to this case, which takes over the other names and family members it lacked. "
      + "If-Match must carry this case's ETag. Undo with POST /api/v1/merges/{mergeId}/undo.")
  ResponseEntity<Map<String, Object>> merge(Actor actor, @PathVariable UUID survivorId,
      @Parameter(description = "ETag of the surviving case") @RequestHeader(value = HttpHeaders.IF_MATCH,
          required = false) String ifMatch,
      @RequestBody MergeBody body) {
    long version = ETags.versionFrom(ifMatch);
    CaseMerging.Merge merge = review.merge(actor, survivorId, version, uuid("duplicateId", body.duplicateId()),
        body.reason());
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/merges/" + merge.id()))
        .eTag(ETags.of(merge.survivor().version())).body(view(merge));
  }

  @PostMapping("/api/v1/merges/{mergeId}/undo")
  @Operation(summary = "Undo a merge", description = "Restores both cases as they were before the merge; 409 when "
      + "either was edited since, or the merge was undone already.")
  Map<String, Object> undo(Actor actor, @PathVariable UUID mergeId) {
    return view(review.undoMerge(actor, mergeId));
  }

  private static Map<String, Object> view(CaseMerging.Merge m) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("mergeId", m.id());
    view.put("survivor", caseView(m.survivor()));
    Map<String, Object> duplicate = new LinkedHashMap<>(caseView(m.duplicate()));
    if (m.undoneAt() == null) {
      duplicate.put("mergedInto", m.survivor().id());
    }
    view.put("duplicate", duplicate);
    view.put("reason", m.reason());
    view.put("mergedBy", m.mergedBy());
    view.put("mergedAt", m.mergedAt());
    if (m.undoneAt() != null) {
      view.put("undoneBy", m.undoneBy());
      view.put("undoneAt", m.undoneAt());
    }
    return view;
  }

  private static Map<String, Object> caseView(ChildCase c) {
    return Map.of("id", c.id(), "caseNumber", c.caseNumber(), "status", c.status().code(), "version", c.version());
  }

  private static UUID uuid(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidRequestException.of(field, "is required");
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of(field, "must be a UUID");
    }
  }
}
