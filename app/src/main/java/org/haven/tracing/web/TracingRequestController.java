package org.haven.tracing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.audit.RecordHistory;
import org.haven.identity.Actor;
import org.haven.shared.ClientIds;
import org.haven.shared.ETags;
import org.haven.shared.InvalidRequestException;
import org.haven.tracing.MatchReview;
import org.haven.tracing.TracingRequests;
import org.haven.tracing.TracingRequests.TracingRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/tracing-requests")
@Tag(name = "Tracing requests", description = "An inquirer looking for a child; its matches are kept current")
class TracingRequestController {
  private final TracingRequests requests;
  private final MatchReview review;
  private final JsonMapper json;

  TracingRequestController(TracingRequests requests, MatchReview review, JsonMapper json) {
    this.requests = requests;
    this.review = review;
    this.json = json;
  }

  @PostMapping
  @Operation(summary = "File a tracing request", description = "inquirer {name, relationship (the inquirer's "
      + "relationship to the child, from the family_relationship lookup), contact}, sought {the child's identity "
      + "fields as for a case; a name is needed}, separation {date, place, cause}, optional locationId and status. "
      + "Send your own UUID as 'id' to make the call idempotent (201 the first time, 200 after).")
  ResponseEntity<ObjectNode> file(Actor actor, @RequestBody JsonNode body) {
    TracingRequests.Filing filing = requests.file(actor, ClientIds.from(body), body);
    TracingRequest r = filing.request();
    return ResponseEntity.status(filing.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/v1/tracing-requests/" + r.id()))
        .eTag(ETags.of(r.version()))
        .body(view(r));
  }

  @GetMapping("/{id}")
  ResponseEntity<ObjectNode> get(Actor actor, @PathVariable UUID id) {
    TracingRequest r = requests.get(actor, id);
    return ResponseEntity.ok().eTag(ETags.of(r.version())).body(view(r));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Save a new version of the request, its tracing status included", description = "status: "
      + "open, tracing_in_progress, verified, reunified, closed; only open and tracing_in_progress requests are "
      + "matched. If-Match must carry the ETag of the version edited: 428 without it, 412 when it is stale.")
  ResponseEntity<ObjectNode> update(Actor actor, @PathVariable UUID id,
      @Parameter(description = "ETag of the version edited") @RequestHeader(value = HttpHeaders.IF_MATCH,
          required = false) String ifMatch,
      @RequestBody JsonNode body) {
    long version = ETags.versionFrom(ifMatch);
    TracingRequest r = requests.update(actor, id, version, body);
    return ResponseEntity.ok().eTag(ETags.of(r.version())).body(view(r));
  }

  @GetMapping
  @Operation(summary = "Tracing requests within your scope, newest first")
  Map<String, Object> list(Actor actor, @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    TracingRequests.ListPage result = requests.list(actor, new TracingRequests.ListQuery(status, page, size));
    return Map.of("items", result.items().stream().map(this::view).toList(), "total", result.total());
  }

  @GetMapping("/{id}/matches")
  @Operation(summary = "Potential matches of the request, most probable first", description = "Kept current in "
      + "the background: a case registered after the request shows up here within seconds. Only cases that "
      + "consent to tracing and that you may read are listed.")
  Map<String, Object> matches(Actor actor, @PathVariable UUID id) {
    return Map.of("items", review.ofRequest(actor, id).stream().map(MatchViews::of).toList());
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "Field-level changes of the request, oldest first")
  List<RecordHistory.Entry> history(Actor actor, @PathVariable UUID id) {
    return requests.history(actor, id);
  }

  private ObjectNode view(TracingRequest r) {
    ObjectNode view = json.createObjectNode();
    view.put("id", r.id().toString());
    view.put("status", r.status());
    view.put("version", r.version());
    view.put("ownerId", r.ownerId().toString());
    view.put("agencyId", r.agencyId().toString());
    view.put("createdAt", r.createdAt().toString());
    view.put("createdBy", r.createdBy().toString());
    view.put("updatedAt", r.updatedAt().toString());
    view.put("updatedBy", r.updatedBy().toString());
    view.setAll(r.document());
    return view;
  }


}
