package org.haven.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.audit.RecordHistory;
import org.haven.cases.CaseRegistry;
import org.haven.cases.CaseRegistry.Registration;
import org.haven.cases.domain.ChildCase;
import org.haven.identity.Actor;
import org.haven.shared.ClientIds;
import org.haven.shared.ETags;
import org.haven.shared.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "A child's case: registration, reading, editing, search, duplicates, history")
class CaseController {
  private final CaseRegistry registry;
  private final CaseViews views;

  CaseController(CaseRegistry registry, CaseViews views) {
    this.registry = registry;
    this.views = views;
  }

  @PostMapping
  @Operation(summary = "Register a child", description = "Send your own UUID as 'id' to make the call idempotent: "
      + "the same id twice registers one case (201 the first time, 200 with the same case after).")
  ResponseEntity<ObjectNode> register(Actor actor, @RequestBody JsonNode body) {
    Registration registration = registry.register(actor, ClientIds.from(body), body);
    ChildCase c = registration.childCase();
    return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/v1/cases/" + c.id()))
        .eTag(ETags.of(c.version()))
        .body(views.of(c));
  }

  @GetMapping("/{id}")
  ResponseEntity<ObjectNode> get(Actor actor, @PathVariable UUID id) {
    ChildCase c = registry.get(actor, id);
    return ResponseEntity.ok().eTag(ETags.of(c.version())).body(views.of(c));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Save a new version of the case", description = "If-Match must carry the ETag of the "
      + "version edited: 428 without it, 412 when someone saved another version since.")
  ResponseEntity<ObjectNode> update(Actor actor, @PathVariable UUID id,
      @Parameter(description = "ETag of the version edited") @RequestHeader(value = HttpHeaders.IF_MATCH,
          required = false) String ifMatch,
      @RequestBody JsonNode body) {
    long version = ETags.versionFrom(ifMatch);
    ChildCase c = registry.update(actor, id, version, body);
    return ResponseEntity.ok().eTag(ETags.of(c.version())).body(views.of(c));
  }

  record Deletion(String reason) {}

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete the case softly, with a reason", description = "Supervisors and administrators. "
      + "The record, its history and its audit trail are kept; it no longer shows. Needs If-Match.")
  ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody(required = false) Deletion deletion) {
    long version = ETags.versionFrom(ifMatch);
    registry.delete(actor, id, version, deletion == null ? null : deletion.reason());
    return ResponseEntity.noContent().build();
  }

  @GetMapping
  @Operation(summary = "List and search cases within your scope", description = "q matches names fuzzily: "
      + "spelling variants, transliterations and other scripts. page starts at 0.")
  Map<String, Object> list(Actor actor, @RequestParam(required = false) String q,
      @RequestParam(required = false) String status, @RequestParam(required = false) String riskLevel,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    CaseRegistry.SearchPage result = registry.search(actor, new CaseRegistry.SearchQuery(q, status, riskLevel, page,
        size));
    return Map.of("items", result.items().stream().map(views::of).toList(), "total", result.total());
  }

  @PostMapping("/duplicates-check")
  @Operation(summary = "Cases within your scope that may be the child described, most likely first")
  Map<String, Object> duplicates(Actor actor, @RequestBody JsonNode body) {
    List<Map<String, Object>> candidates = registry.duplicatesOf(actor, body).stream()
        .map(d -> Map.<String, Object>of("caseId", d.childCase().id(), "caseNumber", d.childCase().caseNumber(),
            "probability", d.probability(), "explanation", d.explanation()))
        .toList();
    return Map.of("candidates", candidates);
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "Field-level changes of the case, oldest first")
  List<RecordHistory.Entry> history(Actor actor, @PathVariable UUID id) {
    return registry.history(actor, id);
  }


}
