package org.haven.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.haven.assessment.AssessmentCatalogue;
import org.haven.assessment.Assessments;
import org.haven.assessment.Screenings;
import org.haven.assessment.domain.Assessment;
import org.haven.assessment.domain.Level;
import org.haven.identity.Actor;
import org.haven.shared.ETags;
import org.haven.shared.InvalidRequestException;
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
@RequestMapping("/api/v1")
@Tag(name = "Assessment", description = "Vulnerability assessment on the four DoMV levels, risk level, "
    + "exploitation and trafficking screening, and the catalogue of factors and indicators")
class AssessmentController {
  private final Assessments assessments;
  private final Screenings screenings;
  private final AssessmentCatalogue catalogue;
  private final JsonMapper json;

  AssessmentController(Assessments assessments, Screenings screenings, AssessmentCatalogue catalogue,
      JsonMapper json) {
    this.assessments = assessments;
    this.screenings = screenings;
    this.catalogue = catalogue;
    this.json = json;
  }

  @GetMapping("/assessment-catalogue")
  @Operation(summary = "Risk and protective factors (by DoMV level) and exploitation and trafficking indicators")
  ObjectNode catalogue() {
    return catalogue.view();
  }

  @PostMapping("/assessment-catalogue/factors")
  @Operation(summary = "Add a deployment's own factor", description = "{code, level, domain, polarity: "
      + "risk|protective, weight: 1-3, critical, labels: {en, fr, ar, es}}. Needs the right to manage forms.")
  ResponseEntity<JsonNode> addFactor(Actor actor, @RequestBody JsonNode body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(catalogue.add(actor, "factor", body));
  }

  @PostMapping("/assessment-catalogue/indicators")
  @Operation(summary = "Add a deployment's own indicator", description = "{code, framework, element: "
      + "act|means|purpose|general, labels: {en, fr, ar, es}}. Needs the right to manage forms.")
  ResponseEntity<JsonNode> addIndicator(Actor actor, @RequestBody JsonNode body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(catalogue.add(actor, "indicator", body));
  }

  @PostMapping("/cases/{caseId}/assessments")
  @Operation(summary = "Record an individual or household assessment of the case, as a draft",
      description = "{id?, level: individual|household, findings: [{code, present, evidence}], notes}. The "
          + "answer carries the risk level Haven proposes and the reasons. Send your own UUID as id to make the "
          + "call idempotent (201 the first time, 200 with the same assessment after).")
  ResponseEntity<ObjectNode> recordForCase(Actor actor, @PathVariable UUID caseId, @RequestBody JsonNode body) {
    return recorded(assessments.recordForCase(actor, caseId, body));
  }

  @PostMapping("/context-assessments")
  @Operation(summary = "Record a community (area) or structural (country) assessment, as a draft",
      description = "{level: community, locationId} or {level: structural, country: ISO 3166-1 alpha-3}, with "
          + "findings and notes. Once approved it applies to every case in that area or country.")
  ResponseEntity<ObjectNode> recordContext(Actor actor, @RequestBody JsonNode body) {
    return recorded(assessments.recordContext(actor, body));
  }

  @GetMapping("/context-assessments")
  List<ObjectNode> contextAssessments(Actor actor, @RequestParam String level) {
    Level chosen;
    try {
      chosen = Level.fromCode(level);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("level", e.getMessage());
    }
    return assessments.contextAssessments(actor, chosen).stream().map(this::view).toList();
  }

  @GetMapping("/assessments/{id}")
  ResponseEntity<ObjectNode> get(Actor actor, @PathVariable UUID id) {
    return withTag(assessments.get(actor, id));
  }

  @PutMapping("/assessments/{id}")
  @Operation(summary = "Edit a draft assessment", description = "Needs If-Match: 428 without it, 412 when stale; "
      + "409 once submitted.")
  ResponseEntity<ObjectNode> edit(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody JsonNode body) {
    return withTag(assessments.edit(actor, id, ETags.versionFrom(ifMatch), body));
  }

  @PostMapping("/assessments/{id}/submit")
  @Operation(summary = "Submit a draft", description = "It takes effect once approved; where the deployment "
      + "requires no approval of assessments, at once. Needs If-Match.")
  ResponseEntity<ObjectNode> submit(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return withTag(assessments.submit(actor, id, ETags.versionFrom(ifMatch)));
  }

  record Override(String riskLevel, String reason) {}

  @PostMapping("/assessments/{id}/risk-override")
  @Operation(summary = "Override the proposed risk level, with a reason (supervisors)", description = "Needs "
      + "If-Match. On an approved assessment of a case the case's risk level follows at once.")
  ResponseEntity<ObjectNode> override(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody Override body) {
    return withTag(assessments.overrideRisk(actor, id, ETags.versionFrom(ifMatch), body.riskLevel(),
        body.reason()));
  }

  @GetMapping("/cases/{caseId}/assessments")
  @Operation(summary = "The case's risk level, flags, assessments and screenings, with the community and "
      + "structural assessments that apply to its area and country")
  ObjectNode ofCase(Actor actor, @PathVariable UUID caseId) {
    Assessments.CaseAssessments all = assessments.ofCase(actor, caseId);
    ObjectNode view = json.createObjectNode();
    view.put("caseId", caseId.toString());
    view.put("riskLevel", all.facts().riskLevel());
    var flags = view.putArray("flags");
    if (all.flag() != null) {
      flags.add(all.flag());
    }
    var ofCase = view.putArray("assessments");
    all.ofCase().forEach(a -> ofCase.add(view(a)));
    var community = view.putArray("community");
    all.community().forEach(a -> community.add(view(a)));
    var structural = view.putArray("structural");
    all.structural().forEach(a -> structural.add(view(a)));
    var screened = view.putArray("screenings");
    all.screenings().forEach(screened::add);
    return view;
  }

  @PostMapping("/cases/{caseId}/screenings")
  @Operation(summary = "Screen the case for exploitation and trafficking", description = "{answers: [{code, "
      + "answer: yes|no|unknown, note}], respondent}. For a child (or a person of unknown age) act and purpose "
      + "suffice; a flag alerts the supervisor and proposes a referral; nobody is labelled a victim.")
  ResponseEntity<JsonNode> screen(Actor actor, @PathVariable UUID caseId, @RequestBody JsonNode body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(screenings.screen(actor, caseId, body));
  }

  private ResponseEntity<ObjectNode> recorded(Assessments.Recorded recorded) {
    Assessment a = recorded.assessment();
    return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/v1/assessments/" + a.id())).eTag(ETags.of(a.version())).body(view(a));
  }

  private ResponseEntity<ObjectNode> withTag(Assessment a) {
    return ResponseEntity.ok().eTag(ETags.of(a.version())).body(view(a));
  }

  private ObjectNode view(Assessment a) {
    ObjectNode view = json.createObjectNode();
    view.put("id", a.id().toString());
    view.put("level", a.level().code());
    if (a.caseId() != null) {
      view.put("caseId", a.caseId().toString());
    }
    if (a.locationId() != null) {
      view.put("locationId", a.locationId().toString());
    }
    if (a.country() != null) {
      view.put("country", a.country());
    }
    view.put("status", a.status().code());
    view.put("version", a.version());
    view.put("riskLevel", a.effectiveRisk().code());
    ObjectNode proposal = view.putObject("proposedRisk");
    proposal.put("level", a.proposal().level().code());
    proposal.put("score", a.proposal().score());
    proposal.set("reasons", json.valueToTree(a.proposal().reasons()));
    if (a.overrideRisk() != null) {
      view.putObject("override").put("level", a.overrideRisk().code()).put("reason", a.overrideReason())
          .put("by", a.overriddenBy().toString());
    }
    view.set("findings", json.valueToTree(a.findings()));
    view.put("notes", a.notes());
    view.put("createdAt", a.createdAt().toString());
    view.put("createdBy", a.createdBy().toString());
    view.put("updatedAt", a.updatedAt().toString());
    if (a.approvedAt() != null) {
      view.put("approvedAt", a.approvedAt().toString());
      view.put("approvedBy", a.approvedBy().toString());
    }
    return view;
  }
}
