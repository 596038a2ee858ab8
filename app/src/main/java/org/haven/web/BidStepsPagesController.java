package org.haven.web;

import static org.haven.web.BestInterestsPagesController.blankToNull;
import static org.haven.web.BestInterestsPagesController.childViews;
import static org.haven.web.BestInterestsPagesController.parse;
import static org.haven.web.BestInterestsPagesController.run;
import static org.haven.web.BestInterestsPagesController.solutionOrNull;
import static org.haven.web.BestInterestsPagesController.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.bestinterests.BestInterestsDeterminations;
import org.haven.bestinterests.domain.BidOption;
import org.haven.bestinterests.domain.BidReport;
import org.haven.identity.Actor;
import org.haven.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of a BID after it is opened, from the best-interests page: the caseworker's report and its
 * submission, the supervisor's review of it, convening the panel, telling the child the decision, and a review
 * of a decided BID (asked by the caseworker, answered by the supervisor). Each form carries the version the
 * user saw; the refusals come back with the redirect like every other form of the page.
 */
@Controller
class BidStepsPagesController extends Pages {
  private final BestInterestsDeterminations bids;

  BidStepsPagesController(BestInterestsDeterminations bids) {
    this.bids = bids;
  }

  @PostMapping("/cases/{id}/best-interests/bids/{bidId}/report")
  String saveReport(Actor actor, @PathVariable UUID id, @PathVariable UUID bidId, @RequestParam long version,
      @RequestParam MultiValueMap<String, String> values, RedirectAttributes flash) {
    Map<String, String> form = values.toSingleValueMap();
    return run(id, "bid", "bi.bid.reportSaved", flash, () -> {
      List<BidOption> considered = new ArrayList<>();
      for (String code : values.getOrDefault("optionsConsidered", List.of())) {
        considered.add(parse(BidOption::fromCode, code, "optionsConsidered"));
      }
      String recommended = text(form, "recommendedOption");
      BidReport report = new BidReport(text(form, "background"), childViews(form), text(form, "familyViews"),
          text(form, "safety"), text(form, "familyRelationships"), text(form, "developmentAndIdentity"), considered,
          recommended == null ? null : parse(BidOption::fromCode, recommended, "recommendedOption"),
          solutionOrNull(form.get("recommendedSolution")));
      return bids.saveReport(actor, bidId, version, report);
    });
  }

  @PostMapping("/cases/{id}/best-interests/bids/{bidId}/report/submit")
  String submitReport(Actor actor, @PathVariable UUID id, @PathVariable UUID bidId, @RequestParam long version,
      RedirectAttributes flash) {
    return run(id, "bid", "bi.bid.reportSubmitted", flash, () -> bids.submitReport(actor, bidId, version));
  }

  @PostMapping("/cases/{id}/best-interests/bids/{bidId}/report/review")
  String reviewReport(Actor actor, @PathVariable UUID id, @PathVariable UUID bidId, @RequestParam long version,
      @RequestParam(required = false) String outcome, @RequestParam(required = false) String comment,
      RedirectAttributes flash) {
    return run(id, "bid", "bi.bid.reportReviewed", flash,
        () -> bids.reviewReport(actor, bidId, version, outcome, blankToNull(comment)));
  }

  @PostMapping("/cases/{id}/best-interests/bids/{bidId}/panel")
  String convene(Actor actor, @PathVariable UUID id, @PathVariable UUID bidId, @RequestParam long version,
      @RequestParam(required = false) List<String> members, @RequestParam(required = false) String chairId,
      @RequestParam(required = false) String meetingOn, RedirectAttributes flash) {
    return run(id, "bid", "bi.bid.panelConvened", flash, () -> bids.schedulePanel(actor, bidId, version,
        members == null ? null : members.stream().map(m -> uuid(m, "members")).toList(),
        chairId == null || chairId.isBlank() ? null : uuid(chairId, "chairId"), null, blankToNull(meetingOn)));
  }

  @PostMapping("/cases/{id}/best-interests/bids/{bidId}/communication")
  String communicate(Actor actor, @PathVariable UUID id, @PathVariable UUID bidId, @RequestParam long version,
      @RequestParam(required = false) String communicatedOn, @RequestParam(required = false) String how,
      @RequestParam(required = false) String communicatedBy,
      @RequestParam(required = false) String familyInformed,
      @RequestParam(required = false) String childResponse, RedirectAttributes flash) {
    return run(id, "bid", "bi.bid.communicated", flash, () -> bids.communicate(actor, bidId, version,
        blankToNull(communicatedOn), blankToNull(how), blankToNull(communicatedBy), "true".equals(familyInformed),
        blankToNull(childResponse)));
  }

  @PostMapping("/cases/{id}/best-interests/bids/{bidId}/review-request")
  String requestReview(Actor actor, @PathVariable UUID id, @PathVariable UUID bidId, @RequestParam long version,
      @RequestParam(required = false) String reason, RedirectAttributes flash) {
    return run(id, "bid", "bi.bid.reviewRequested", flash,
        () -> bids.requestReview(actor, bidId, version, blankToNull(reason)));
  }

  @PostMapping("/cases/{id}/best-interests/bids/{bidId}/review")
  String answerReview(Actor actor, @PathVariable UUID id, @PathVariable UUID bidId, @RequestParam long version,
      @RequestParam(required = false) String outcome, @RequestParam(required = false) String reason,
      RedirectAttributes flash) {
    return run(id, "bid", "bi.bid.reviewAnswered", flash,
        () -> bids.answerReview(actor, bidId, version, outcome, blankToNull(reason)));
  }

  private static UUID uuid(String value, String field) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of(field, "must be a user of your agency");
    }
  }
}
