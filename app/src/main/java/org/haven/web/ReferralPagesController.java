package org.haven.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.haven.casework.Referrals;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.Agencies;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The referrals the user's agency received: accept, reject with a reason, mark done, and read the referred
 * case as far as the referral grants it, while it is active (the use case decides and audits that read).
 */
@Controller
class ReferralPagesController extends Pages {
  private final Referrals referrals;
  private final Agencies agencies;

  ReferralPagesController(Referrals referrals, Agencies agencies) {
    this.referrals = referrals;
    this.agencies = agencies;
  }

  /** A granted field of the referred case, by its path, and its value as text. */
  public record SharedField(String field, String value) {}

  @GetMapping("/referrals")
  String incoming(Actor actor, Model model) {
    model.addAttribute("referrals", referrals.incoming(actor, false));
    model.addAttribute("agencyNames", agencies.referralTargets().stream()
        .collect(java.util.stream.Collectors.toMap(a -> a.id(), a -> a.name())));
    model.addAttribute("mayRespond", actor.role().allows(Action.REFERRAL_RESPOND));
    return "work/referrals";
  }

  @GetMapping("/referrals/{id}")
  String shared(Actor actor, @PathVariable UUID id, Model model) {
    ObjectNode view = referrals.sharedCase(actor, id);
    List<SharedField> fields = new ArrayList<>();
    for (var entry : view.properties()) {
      if (!List.of("id", "referralId", "grants", "caseNumber").contains(entry.getKey())) {
        fields.add(new SharedField(entry.getKey(), text(entry.getValue())));
      }
    }
    model.addAttribute("caseNumber", view.path("caseNumber").asString(""));
    model.addAttribute("fields", fields);
    return "work/referral";
  }

  @PostMapping("/referrals/{id}/accept")
  String accept(Actor actor, @PathVariable UUID id, @RequestParam long version, RedirectAttributes flash) {
    return run(flash, "casework.referral.accepted", () -> referrals.accept(actor, id, version));
  }

  @PostMapping("/referrals/{id}/reject")
  String reject(Actor actor, @PathVariable UUID id, @RequestParam long version,
      @RequestParam(required = false) String reason, RedirectAttributes flash) {
    return run(flash, "casework.referral.rejected", () -> referrals.reject(actor, id, version, reason));
  }

  @PostMapping("/referrals/{id}/complete")
  String complete(Actor actor, @PathVariable UUID id, @RequestParam long version, RedirectAttributes flash) {
    return run(flash, "casework.referral.completed", () -> referrals.complete(actor, id, version));
  }

  private static String run(RedirectAttributes flash, String doneKey, Supplier<?> useCase) {
    try {
      useCase.get();
      flash.addFlashAttribute("done", doneKey);
    } catch (InvalidRequestException e) {
      flash.addFlashAttribute("problem", "casework.referral.reasonRequired");
    } catch (StaleVersionException e) {
      flash.addFlashAttribute("problem", "casework.conflict.stale");
    } catch (ConflictException e) {
      flash.addFlashAttribute("problem", "casework.conflict.state");
    }
    return "redirect:/referrals";
  }

  private static String text(JsonNode value) {
    return value.isValueNode() ? value.asString() : value.toString();
  }
}
