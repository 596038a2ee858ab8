package org.haven.tracing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.haven.identity.Actor;
import org.haven.tracing.MatchReview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/matches")
@Tag(name = "Matches", description = "Potential matches between tracing requests and cases, and their review")
class MatchController {
  private final MatchReview review;

  MatchController(MatchReview review) {
    this.review = review;
  }

  /** A decision; {@code change} must be true to change a decision taken before. */
  record DecisionBody(String decision, String note, Boolean change) {}

  @GetMapping
  @Operation(summary = "The review queue: matches in a status (default pending), most probable first, limited to "
      + "requests and cases within your scope")
  Map<String, Object> queue(Actor actor, @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "20") int size) {
    return Map.of("items", review.queue(actor, status, size).stream().map(MatchViews::of).toList());
  }

  @GetMapping("/{matchId}")
  @Operation(summary = "Side-by-side comparison", description = "The request's description of the child next to "
      + "the case's, field by field, with the evidence each field gave. Reading the case is audited as a case read.")
  Map<String, Object> compare(Actor actor, @PathVariable UUID matchId) {
    MatchReview.Comparison comparison = review.compare(actor, matchId);
    Map<String, Object> view = new LinkedHashMap<>(MatchViews.of(comparison.match()));
    view.put("caseNumber", comparison.caseNumber());
    view.put("fields", comparison.fields());
    return view;
  }

  @PostMapping("/{matchId}/decision")
  @Operation(summary = "Confirm or reject a match", description = "decision: confirmed or rejected, with an "
      + "optional note. A decided match changes only with \"change\": true; other illegal transitions answer 409.")
  Map<String, Object> decide(Actor actor, @PathVariable UUID matchId, @RequestBody DecisionBody body) {
    return MatchViews.of(review.decide(actor, matchId, body.decision(), Boolean.TRUE.equals(body.change()),
        body.note()));
  }
}
