package org.haven.bestinterests.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.bestinterests.Created;
import org.haven.bestinterests.DurableSolutions;
import org.haven.bestinterests.domain.DecisionKind;
import org.haven.bestinterests.domain.DurableSolution;
import org.haven.bestinterests.domain.DurableSolutionStatus;
import org.haven.bestinterests.domain.DurableSolutionType;
import org.haven.bestinterests.domain.Requirement;
import org.haven.bestinterests.domain.SolutionStep;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Durable solutions", description = "Voluntary repatriation and reintegration, local integration, "
    + "resettlement, complementary pathways: steps and status. Implementation waits for the best-interests "
    + "procedure the rules require; the 409 names the missing procedure.")
class DurableSolutionController {
  private final DurableSolutions solutions;

  DurableSolutionController(DurableSolutions solutions) {
    this.solutions = solutions;
  }

  record SolutionBody(UUID id, String type, String note, List<SolutionStep> steps) {}

  record StatusBody(String status, String reason) {}

  @PostMapping("/api/v1/cases/{caseId}/durable-solutions")
  @Operation(summary = "Identify a durable solution for the child", description = "type: voluntary_repatriation, "
      + "avrr, local_integration, resettlement, complementary_pathway_family, complementary_pathway_education, "
      + "complementary_pathway_labour, complementary_pathway_humanitarian, family_reunification_in_country, "
      + "alternative_care_long_term. Without steps it starts with the standard steps of its type.")
  ResponseEntity<DurableSolution> identify(Actor actor, @PathVariable UUID caseId, @RequestBody SolutionBody body) {
    Fields fields = new Fields();
    DurableSolutionType type = fields.code(body.type(), "type", DurableSolutionType::fromCode);
    fields.orRefuse();
    Created<DurableSolution> created = solutions.identify(actor, caseId, body.id(), type, body.note(), body.steps());
    DurableSolution s = created.value();
    return ResponseEntity.status(created.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/v1/durable-solutions/" + s.id())).eTag(ETags.of(s.version())).body(s);
  }

  @GetMapping("/api/v1/cases/{caseId}/durable-solutions")
  Map<String, List<DurableSolution>> ofCase(Actor actor, @PathVariable UUID caseId) {
    return Map.of("items", solutions.ofCase(actor, caseId));
  }

  @GetMapping("/api/v1/cases/{caseId}/best-interests/requirement")
  @Operation(summary = "Which best-interests procedure a decision about the child needs", description = "decision: "
      + "durable_solution (with solution), separation_from_parents, temporary_care_exceptional, care_arrangement. "
      + "Answers {procedure: bid, bia or none, rule}.")
  Requirement requirement(Actor actor, @PathVariable UUID caseId, @RequestParam(required = false) String decision,
      @RequestParam(required = false) String solution) {
    Fields fields = new Fields();
    DecisionKind kind = fields.code(decision, "decision", DecisionKind::fromCode);
    DurableSolutionType type = fields.code(solution, "solution", DurableSolutionType::fromCode);
    fields.orRefuse();
    return solutions.requirement(actor, caseId, kind, type);
  }

  @GetMapping("/api/v1/durable-solutions/{id}")
  ResponseEntity<DurableSolution> get(Actor actor, @PathVariable UUID id) {
    return withETag(solutions.get(actor, id));
  }

  @PutMapping("/api/v1/durable-solutions/{id}")
  @Operation(summary = "Save the note and steps", description = "steps [{name, status (pending, done, "
      + "not_applicable), dueOn, doneOn, note}]. If-Match required: 428 without, 412 when stale.")
  ResponseEntity<DurableSolution> edit(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody SolutionBody body) {
    return withETag(solutions.edit(actor, id, ETags.versionFrom(ifMatch), body.note(), body.steps()));
  }

  @PostMapping("/api/v1/durable-solutions/{id}/status")
  @Operation(summary = "Move the solution on", description = "status: in_preparation, implementing, completed, "
      + "cancelled (with a reason). implementing and completed need the best-interests procedure the rules require "
      + "(a communicated BID deciding this solution for an unaccompanied or separated child, at least an approved "
      + "BIA otherwise); 409 naming what is missing. completed needs every step done or not_applicable.")
  ResponseEntity<DurableSolution> status(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody StatusBody body) {
    Fields fields = new Fields();
    DurableSolutionStatus status = fields.code(body.status(), "status", DurableSolutionStatus::fromCode);
    fields.orRefuse();
    return withETag(solutions.moveTo(actor, id, Versions.optional(ifMatch), status, body.reason()));
  }

  private static ResponseEntity<DurableSolution> withETag(DurableSolution s) {
    return ResponseEntity.ok().eTag(ETags.of(s.version())).body(s);
  }
}
