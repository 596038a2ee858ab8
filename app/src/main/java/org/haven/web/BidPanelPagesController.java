package org.haven.web;

import static org.haven.web.BestInterestsPagesController.blankToNull;
import static org.haven.web.BestInterestsPagesController.parse;
import static org.haven.web.BestInterestsPagesController.run;
import static org.haven.web.BestInterestsPagesController.solutionOrNull;

import java.util.UUID;
import org.haven.bestinterests.BestInterestsDeterminations;
import org.haven.bestinterests.domain.BidOption;
import org.haven.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A BID as its panel members see it. Members may sit on a panel of a case outside their own scope (another
 * team, another agency): they read the BID and vote here, where the use case lets members in, and see
 * nothing else of the child's case. The chair records the decision here too.
 */
@Controller
class BidPanelPagesController extends Pages {
  private final BestInterestsDeterminations bids;

  BidPanelPagesController(BestInterestsDeterminations bids) {
    this.bids = bids;
  }

  @GetMapping("/bids/{id}")
  String show(Actor actor, @PathVariable UUID id, Model model) {
    model.addAttribute("v", bids.get(actor, id));
    model.addAttribute("me", actor.userId());
    model.addAttribute("bidOptions", BidOption.values());
    return "bestinterests/panel";
  }

  @PostMapping("/bids/{id}/vote")
  String vote(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String option,
      @RequestParam(required = false) String comment,
      @RequestParam(required = false) String confidentialityUndertaking, RedirectAttributes flash) {
    return run("/bids/" + id, "vote", "bi.bid.voted", flash, () -> bids.vote(actor, id,
        parse(BidOption::fromCode, option == null ? "" : option, "option"), null, blankToNull(comment),
        "true".equals(confidentialityUndertaking)));
  }

  @PostMapping("/bids/{id}/decision")
  String decide(Actor actor, @PathVariable UUID id, @RequestParam long version,
      @RequestParam(required = false) String option, @RequestParam(required = false) String solution,
      @RequestParam(required = false) String reasons, @RequestParam(required = false) String dissent,
      RedirectAttributes flash) {
    return run("/bids/" + id, "vote", "bi.bid.decided", flash, () -> bids.decide(actor, id, version,
        parse(BidOption::fromCode, option == null ? "" : option, "option"), solutionOrNull(solution),
        blankToNull(reasons), blankToNull(dissent)));
  }
}
