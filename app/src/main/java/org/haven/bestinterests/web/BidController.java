package org.haven.bestinterests.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.bestinterests.BestInterestsDeterminations;
import org.haven.bestinterests.BestInterestsDeterminations.View;
import org.haven.bestinterests.Created;
import org.haven.bestinterests.domain.Bid;
import org.haven.bestinterests.domain.BidOption;
import org.haven.bestinterests.domain.BidReason;
import org.haven.bestinterests.domain.BidReport;
import org.haven.bestinterests.domain.ChildViews;
import org.haven.bestinterests.domain.DurableSolutionType;
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
@Tag(name = "Best interests determinations", description = "BIDs: report, supervisor review, panel votes, "
    + "decision with reasons and dissent, communication to the child, review and reopening. Steps the BID's state "
    + "does not allow answer 409; If-Match is optional on steps and checked when sent.")
class BidController {
  private static final String IF_MATCH = HttpHeaders.IF_MATCH;

  private final BestInterestsDeterminations bids;

  BidController(BestInterestsDeterminations bids) {
    this.bids = bids;
  }

  record OpenBody(UUID id, String reason, String note) {}

  record ReviewBody(String outcome, String comment) {}

  record PanelBody(List<UUID> members, UUID chairId, Integer quorum, String meetingOn) {}

  record VoteBody(String option, String durableSolution, String comment, Boolean confidentialityUndertaking) {}

  record DecisionBody(String option, String durableSolution, String reasons, String dissent) {}

  /** The BID report as sent; options and solutions are codes. */
  record ReportBody(String background, ChildViews childViews, String familyViews, String safety,
      String familyRelationships, String developmentAndIdentity, List<String> optionsConsidered,
      String recommendedOption, String recommendedSolution) {

    BidReport report() {
      Fields fields = new Fields();
      BidReport report = new BidReport(background, childViews, familyViews, safety, familyRelationships,
          developmentAndIdentity, fields.codes(optionsConsidered, "optionsConsidered", BidOption::fromCode),
          fields.code(recommendedOption, "recommendedOption", BidOption::fromCode),
          fields.code(recommendedSolution, "recommendedSolution", DurableSolutionType::fromCode));
      fields.orRefuse();
      return report;
    }
  }

  record CommunicationBody(String communicatedOn, String how, String communicatedBy, Boolean familyInformed,
      String childResponse) {}

  record ReasonBody(String reason) {}

  record ReviewAnswerBody(String outcome, String reason) {}

  @PostMapping("/api/v1/cases/{caseId}/bids")
  @Operation(summary = "Open a BID for the child (supervisors)", description = "reason: durable_solution, "
      + "separation_from_parents, temporary_care_exceptional or other. Send your own UUID as id to make the call "
      + "idempotent.")
  ResponseEntity<View> open(Actor actor, @PathVariable UUID caseId, @RequestBody OpenBody body) {
    Fields fields = new Fields();
    BidReason reason = fields.code(body.reason(), "reason", BidReason::fromCode);
    fields.orRefuse();
    Created<View> opened = bids.open(actor, caseId, body.id(), reason, body.note());
    Bid bid = opened.value().bid();
    return ResponseEntity.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/v1/bids/" + bid.id())).eTag(ETags.of(bid.version())).body(opened.value());
  }

  @GetMapping("/api/v1/cases/{caseId}/bids")
  @Operation(summary = "The child's BIDs, oldest first")
  Map<String, List<Bid>> ofCase(Actor actor, @PathVariable UUID caseId) {
    return Map.of("items", bids.ofCase(actor, caseId));
  }

  @GetMapping("/api/v1/bids/{id}")
  @Operation(summary = "A BID with the votes of its current round", description = "For the case's staff in scope "
      + "and for the members of its panel.")
  ResponseEntity<View> get(Actor actor, @PathVariable UUID id) {
    return withETag(bids.get(actor, id));
  }

  @PutMapping("/api/v1/bids/{id}/report")
  @Operation(summary = "Write the BID report", description = "background, childViews {as for a BIA}, familyViews, "
      + "safety, familyRelationships, developmentAndIdentity, optionsConsidered [options], recommendedOption, "
      + "recommendedSolution. Options: local_integration, maintain_change_current_arrangements, medical, "
      + "repatriation, resettlement_to_3rd_country, reunification. If-Match required.")
  ResponseEntity<View> report(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody ReportBody body) {
    long version = ETags.versionFrom(ifMatch);
    return withETag(bids.saveReport(actor, id, version, body.report()));
  }

  @PostMapping("/api/v1/bids/{id}/report/submit")
  @Operation(summary = "Send the report to the supervisor", description = "400 naming each field still missing.")
  ResponseEntity<View> submitReport(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
    return withETag(bids.submitReport(actor, id, Versions.optional(ifMatch)));
  }

  @PostMapping("/api/v1/bids/{id}/supervisor-review")
  @Operation(summary = "The supervisor approves the report for the panel or returns it", description = "outcome: "
      + "approved or returned (with a comment).")
  ResponseEntity<View> supervisorReview(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody ReviewBody body) {
    return withETag(bids.reviewReport(actor, id, Versions.optional(ifMatch), body.outcome(), body.comment()));
  }

  @PostMapping("/api/v1/bids/{id}/panel")
  @Operation(summary = "Convene the panel", description = "members: user ids (at least the quorum; users of an "
      + "immigration enforcement agency cannot sit), chairId (default the first member), quorum (at least the "
      + "deployment's haven.best-interests.panel-quorum, default 3), meetingOn. Each member is asked to vote.")
  ResponseEntity<View> panel(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody PanelBody body) {
    return withETag(bids.schedulePanel(actor, id, Versions.optional(ifMatch), body.members(), body.chairId(),
        body.quorum(), body.meetingOn()));
  }

  @PostMapping("/api/v1/bids/{id}/votes")
  @Operation(summary = "A panel member's vote", description = "option, durableSolution (the solution that carries "
      + "it out, e.g. reunification through resettlement), comment, confidentialityUndertaking: true. Only members "
      + "of this BID's panel vote (403 for anyone else), once each per round (409 the second time).")
  ResponseEntity<View> vote(Actor actor, @PathVariable UUID id, @RequestBody VoteBody body) {
    Fields fields = new Fields();
    BidOption option = fields.code(body.option(), "option", BidOption::fromCode);
    DurableSolutionType solution = fields.code(body.durableSolution(), "durableSolution",
        DurableSolutionType::fromCode);
    fields.orRefuse();
    View view = bids.vote(actor, id, option, solution, body.comment(), body.confidentialityUndertaking());
    return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(view.bid().version())).body(view);
  }

  @PostMapping("/api/v1/bids/{id}/decision")
  @Operation(summary = "The chair records the panel's decision", description = "option, durableSolution, reasons, "
      + "dissent. The quorum must have voted and the decision must be the majority's choice (409 otherwise); votes "
      + "for other choices are kept as the dissent.")
  ResponseEntity<View> decide(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody DecisionBody body) {
    Fields fields = new Fields();
    BidOption option = fields.code(body.option(), "option", BidOption::fromCode);
    DurableSolutionType solution = fields.code(body.durableSolution(), "durableSolution",
        DurableSolutionType::fromCode);
    fields.orRefuse();
    return withETag(bids.decide(actor, id, Versions.optional(ifMatch), option, solution, body.reasons(),
        body.dissent()));
  }

  @PostMapping("/api/v1/bids/{id}/communication")
  @Operation(summary = "Record the communication of the decision to the child", description = "communicatedOn "
      + "(date), how (in_person, in_person_with_interpreter, phone, video, other), communicatedBy, familyInformed, "
      + "childResponse.")
  ResponseEntity<View> communicate(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody CommunicationBody body) {
    return withETag(bids.communicate(actor, id, Versions.optional(ifMatch), body.communicatedOn(), body.how(),
        body.communicatedBy(), body.familyInformed(), body.childResponse()));
  }

  @PostMapping("/api/v1/bids/{id}/review-request")
  @Operation(summary = "Ask for a review of a decided BID on new information")
  ResponseEntity<View> requestReview(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody ReasonBody body) {
    return withETag(bids.requestReview(actor, id, Versions.optional(ifMatch), body.reason()));
  }

  @PostMapping("/api/v1/bids/{id}/review")
  @Operation(summary = "The supervisor reopens the BID for a new round, or declines the review", description =
      "outcome: reopen or decline, with a reason.")
  ResponseEntity<View> answerReview(Actor actor, @PathVariable UUID id,
      @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody ReviewAnswerBody body) {
    return withETag(bids.answerReview(actor, id, Versions.optional(ifMatch), body.outcome(), body.reason()));
  }

  private static ResponseEntity<View> withETag(View view) {
    return ResponseEntity.ok().eTag(ETags.of(view.bid().version())).body(view);
  }
}
