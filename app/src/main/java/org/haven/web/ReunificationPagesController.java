package org.haven.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.StaleVersionException;
import org.haven.tracing.Reunifications;
import org.haven.tracing.domain.Reunification;
import org.haven.tracing.domain.ReunificationAssessment;
import org.haven.tracing.domain.Reunion;
import org.haven.tracing.domain.Verification;
import org.haven.tracing.domain.VerificationCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reunification of a confirmed match, step by step: the verification checklist, the assessment, the
 * reunification itself, then the follow-up visits (or closing without reunification). Started from the match
 * page; the follow-up tasks of My work link here. Forms post and redirect back with what happened.
 */
@Controller
class ReunificationPagesController extends Pages {
  private final Reunifications reunifications;

  ReunificationPagesController(Reunifications reunifications) {
    this.reunifications = reunifications;
  }

  @PostMapping("/matches/{matchId}/reunification")
  String start(Actor actor, @PathVariable UUID matchId, RedirectAttributes flash) {
    try {
      return "redirect:/reunifications/" + reunifications.start(actor, matchId).reunification().id();
    } catch (ConflictException e) {
      return "redirect:/matches/" + matchId + "?notConfirmed";
    }
  }

  @GetMapping("/reunifications/{id}")
  String show(Actor actor, @PathVariable UUID id, Model model) {
    Reunification r = reunifications.get(actor, id);
    model.addAttribute("r", r);
    model.addAttribute("mayAct", actor.role().allows(Action.TRACING_MANAGE));
    model.addAttribute("checkOutcomes", VerificationCheck.OUTCOMES);
    model.addAttribute("recommendations", ReunificationAssessment.RECOMMENDATIONS);
    model.addAttribute("reunionTypes", Reunion.TYPES);
    model.addAttribute("notReunifiedReasons", Reunification.NOT_REUNIFIED_REASONS);
    return "tracing/reunification";
  }

  @PostMapping("/reunifications/{id}/verification")
  String verify(Actor actor, @PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> form,
      RedirectAttributes flash) {
    return run(id, "verification", "reunification.verified", flash, () -> reunifications.verify(actor, id, version,
        new Verification(check(form, "adultIdentity"), check(form, "relationshipEvidence"),
            check(form, "childWishes"), check(form, "adultWillingness"), check(form, "safety"))));
  }

  @PostMapping("/reunifications/{id}/assessment")
  String assess(Actor actor, @PathVariable UUID id, @RequestParam long version,
      @RequestParam(required = false) String recommendation, @RequestParam(required = false) String reasons,
      @RequestParam(required = false) String supportPlan, RedirectAttributes flash) {
    return run(id, "assessment", "reunification.assessed", flash, () -> reunifications.assess(actor, id, version,
        blankToNull(recommendation), blankToNull(reasons), blankToNull(supportPlan)));
  }

  @PostMapping("/reunifications/{id}/reunion")
  String reunify(Actor actor, @PathVariable UUID id, @RequestParam long version,
      @RequestParam(required = false) String date, @RequestParam(required = false) String place,
      @RequestParam(required = false) String type, @RequestParam(required = false) String reunifiedWith,
      @RequestParam(required = false) String carriedOutBy, RedirectAttributes flash) {
    // One name a line (or separated by commas): who carried the reunification out.
    List<String> people = carriedOutBy == null ? List.of() : Arrays.stream(carriedOutBy.split("[,\\n]"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return run(id, "reunion", "reunification.reunified", flash, () -> reunifications.reunify(actor, id, version,
        blankToNull(date), blankToNull(place), blankToNull(type), blankToNull(reunifiedWith), people));
  }

  @PostMapping("/reunifications/{id}/follow-ups")
  String followUp(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String date,
      @RequestParam(required = false) String visitedBy, @RequestParam(required = false) String childSafe,
      @RequestParam(required = false) String wellbeing, @RequestParam(required = false) String notes,
      @RequestParam(required = false) String nextVisitOn, RedirectAttributes flash) {
    Boolean safe = childSafe == null || childSafe.isBlank() ? null : "yes".equals(childSafe);
    return run(id, "follow-up", "reunification.followedUp", flash, () -> reunifications.followUp(actor, id,
        blankToNull(date), blankToNull(visitedBy), safe, blankToNull(wellbeing), blankToNull(notes),
        blankToNull(nextVisitOn)));
  }

  @PostMapping("/reunifications/{id}/not-reunified")
  String notReunified(Actor actor, @PathVariable UUID id, @RequestParam long version,
      @RequestParam(required = false) String reason, RedirectAttributes flash) {
    return run(id, "close", "reunification.closed", flash,
        () -> reunifications.notReunified(actor, id, version, blankToNull(reason)));
  }

  private static VerificationCheck check(Map<String, String> form, String point) {
    String outcome = blankToNull(form.get(point + ".outcome"));
    return new VerificationCheck(outcome == null ? "pending" : outcome, blankToNull(form.get(point + ".note")),
        blankToNull(form.get(point + ".checkedBy")), blankToNull(form.get(point + ".checkedOn")));
  }

  private static String run(UUID id, String section, String doneKey, RedirectAttributes flash, Supplier<?> step) {
    try {
      step.get();
      flash.addFlashAttribute("done", doneKey);
    } catch (InvalidRequestException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      FieldErrors.of(e.errors()).forEach((field, key) -> errors.put(section + "." + field, key));
      flash.addFlashAttribute("formErrors", errors);
      flash.addFlashAttribute("failedSection", section);
    } catch (StaleVersionException e) {
      flash.addFlashAttribute("formConflict", "casework.conflict.stale");
      flash.addFlashAttribute("failedSection", section);
    } catch (ConflictException e) {
      // The procedure's own words say what is missing ("the verification is not complete"); no child data.
      flash.addFlashAttribute("formConflict", "reunification.conflict");
      flash.addFlashAttribute("conflictDetail", e.getMessage());
      flash.addFlashAttribute("failedSection", section);
    }
    return "redirect:/reunifications/" + id + "#" + section;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
