package org.haven.web;

import java.util.Map;
import java.util.UUID;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.StaleVersionException;
import org.haven.tracing.MatchReview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review of a potential match: the request's description of the child next to the case's, field by
 * field with the evidence each gave, and the decision. The decision carries the version of the match the
 * reviewer looked at; if someone decided meanwhile, or new evidence changed the match, nothing is decided
 * and the page says so with the match as it is now.
 */
@Controller
class MatchReviewController extends Pages {
  private final MatchReview review;
  private final MatchPages matches;

  MatchReviewController(MatchReview review, MatchPages matches) {
    this.review = review;
    this.matches = matches;
  }

  @GetMapping("/matches")
  String queue(Actor actor, Model model) {
    model.addAttribute("matches", matches.pending(actor, 50));
    return "tracing/queue";
  }

  @GetMapping("/matches/{id}")
  String show(Actor actor, @PathVariable UUID id, Model model) {
    return page(actor, id, null, Map.of(), null, model);
  }

  @PostMapping("/matches/{id}")
  String decide(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
      @RequestParam(required = false) String decision, @RequestParam(defaultValue = "false") boolean change,
      @RequestParam(required = false) String note, Model model) {
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    try {
      MatchReview.Match decided = review.decide(actor, id, version, decision, change, cleanNote);
      return "redirect:/matches/" + id + "?" + decided.status();
    } catch (StaleVersionException e) {
      return page(actor, id, "match.stale", Map.of(), cleanNote, model);
    } catch (ConflictException e) {
      return page(actor, id, "match.conflict", Map.of(), cleanNote, model);
    } catch (InvalidRequestException e) {
      return page(actor, id, null, FieldErrors.of(e.errors()), cleanNote, model);
    }
  }

  private String page(Actor actor, UUID id, String problem, Map<String, String> errors, String note, Model model) {
    MatchReview.Comparison comparison = review.compare(actor, id);
    model.addAttribute("cmp", comparison);
    model.addAttribute("m", comparison.match());
    // The other children this request may be about: a reviewer confirms one knowing what else fits.
    model.addAttribute("others", matches.ofRequest(actor, comparison.match().requestId()).stream()
        .filter(r -> !r.matchId().equals(id)).toList());
    model.addAttribute("percent", Math.round(comparison.match().probability() * 100));
    model.addAttribute("problem", problem);
    model.addAttribute("errors", errors);
    model.addAttribute("note", note);
    model.addAttribute("mayReunify", actor.role().allows(org.haven.identity.Action.TRACING_MANAGE));
    return "tracing/match";
  }
}
