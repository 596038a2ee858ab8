package org.haven.web;

import java.util.LinkedHashMap;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.haven.bestinterests.BestInterestsAssessments;
import org.haven.bestinterests.BestInterestsDeterminations;
import org.haven.bestinterests.DurableSolutions;
import org.haven.bestinterests.domain.BiaContent;
import org.haven.bestinterests.domain.BiaType;
import org.haven.bestinterests.domain.BidOption;
import org.haven.bestinterests.domain.BidReason;
import org.haven.bestinterests.domain.ChildViews;
import org.haven.bestinterests.domain.DecisionKind;
import org.haven.bestinterests.domain.DurableSolution;
import org.haven.bestinterests.domain.DurableSolutionStatus;
import org.haven.bestinterests.domain.DurableSolutionType;
import org.haven.bestinterests.domain.ProcedureConflict;
import org.haven.bestinterests.domain.Requirement;
import org.haven.cases.CaseRegistry;
import org.haven.cases.domain.ChildCase;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.User;
import org.haven.identity.Users;
import org.haven.bestinterests.domain.Communication;
import org.haven.bestinterests.domain.SolutionStep;
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

/**
 * The best interests of a child's case: best-interests assessments (with the child's views), best-interests
 * determinations (status, panel, the members' votes, the decision with its reasons and dissent), and
 * durable solutions with their steps. What a solution needs before it is implemented ("a BID is needed")
 * is shown for each solution and can be asked for a type before one is planned. Forms post and redirect
 * back; refusals travel with the redirect, as on the casework page.
 */
@Controller
class BestInterestsPagesController extends Pages {
  private final CaseRegistry registry;
  private final BestInterestsAssessments bias;
  private final BestInterestsDeterminations bids;
  private final DurableSolutions solutions;
  private final Users users;

  BestInterestsPagesController(CaseRegistry registry, BestInterestsAssessments bias, BestInterestsDeterminations bids,
      DurableSolutions solutions, Users users) {
    this.users = users;
    this.registry = registry;
    this.bias = bias;
    this.bids = bids;
    this.solutions = solutions;
  }

  /** A durable solution with the procedure the rules require before it is implemented. */
  public record SolutionRow(DurableSolution solution, Requirement requirement) {}

  @GetMapping("/cases/{id}/best-interests")
  String show(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String check, Model model) {
    ChildCase c = registry.get(actor, id);
    model.addAttribute("c", c);
    model.addAttribute("bias", bias.ofCase(actor, id));
    model.addAttribute("bids", bids.ofCase(actor, id).stream().map(b -> bids.get(actor, b.id())).toList());
    model.addAttribute("me", actor.userId());
    boolean maySolve = actor.role().allows(Action.DURABLE_SOLUTION_MANAGE);
    model.addAttribute("maySolve", maySolve);
    model.addAttribute("mayBia", actor.role().allows(Action.BIA_MANAGE));
    model.addAttribute("mayBid", actor.role().allows(Action.BID_MANAGE));
    model.addAttribute("mayVote", actor.role().allows(Action.BID_PANEL_VOTE));
    if (actor.role().allows(Action.BID_MANAGE) && actor.role().allows(Action.CASE_UPDATE)) {
      // Who may sit on a panel: the agency's active staff whose role votes on BIDs.
      model.addAttribute("panelCandidates", users.team(actor).stream()
          .filter(u -> u.role().allows(Action.BID_PANEL_VOTE)).map(User.class::cast).toList());
    }
    model.addAttribute("communicationHow", Communication.HOW);
    model.addAttribute("stepStatuses", SolutionStep.STATUSES);
    model.addAttribute("biaTypes", BiaType.values());
    model.addAttribute("howObtained", ChildViews.HOW_OBTAINED);
    model.addAttribute("priorities", BiaContent.PRIORITIES);
    model.addAttribute("bidReasons", BidReason.values());
    model.addAttribute("bidOptions", BidOption.values());
    model.addAttribute("solutionTypes", DurableSolutionType.values());
    model.addAttribute("solutionStatuses", DurableSolutionStatus.values());
    if (maySolve) {
      model.addAttribute("solutions", solutions.ofCase(actor, id).stream()
          .map(s -> new SolutionRow(s, solutions.requirement(actor, id, DecisionKind.DURABLE_SOLUTION, s.type())))
          .toList());
      if (check != null && !check.isBlank()) {
        DurableSolutionType type = parse(DurableSolutionType::fromCode, check, "check");
        model.addAttribute("checked", type);
        model.addAttribute("checkedRequirement",
            solutions.requirement(actor, id, DecisionKind.DURABLE_SOLUTION, type));
      }
    }
    return "bestinterests/show";
  }

  @PostMapping("/cases/{id}/best-interests/bias")
  String startBia(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form,
      RedirectAttributes flash) {
    return run(id, "bia", "bi.bia.started", flash, () -> {
      BiaType type = parse(BiaType::fromCode, form.getOrDefault("type", ""), "type");
      ChildViews views = childViews(form);
      BiaContent content = new BiaContent(views, text(form, "familyViews"), text(form, "safety"),
          text(form, "familyRelationships"), text(form, "developmentAndIdentity"), text(form, "recommendation"),
          text(form, "priority"));
      return bias.start(actor, id, null, type, content);
    });
  }

  @PostMapping("/cases/{id}/best-interests/bias/{biaId}/submit")
  String submitBia(Actor actor, @PathVariable UUID id, @PathVariable UUID biaId, @RequestParam long version,
      RedirectAttributes flash) {
    return run(id, "bia", "bi.bia.submitted", flash, () -> bias.submit(actor, biaId, version));
  }

  @PostMapping("/cases/{id}/best-interests/bias/{biaId}/review")
  String reviewBia(Actor actor, @PathVariable UUID id, @PathVariable UUID biaId, @RequestParam long version,
      @RequestParam(required = false) String outcome, @RequestParam(required = false) String comment,
      RedirectAttributes flash) {
    return run(id, "bia", "bi.bia.reviewed", flash, () -> bias.review(actor, biaId, version, outcome, comment));
  }

  @PostMapping("/cases/{id}/best-interests/bids")
  String openBid(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String note, RedirectAttributes flash) {
    return run(id, "bid", "bi.bid.opened", flash,
        () -> bids.open(actor, id, null, parse(BidReason::fromCode, reason == null ? "" : reason, "reason"),
            blankToNull(note)));
  }

  @PostMapping("/cases/{id}/best-interests/bids/{bidId}/vote")
  String vote(Actor actor, @PathVariable UUID id, @PathVariable UUID bidId, @RequestParam(required = false) String option,
      @RequestParam(required = false) String solution, @RequestParam(required = false) String comment,
      @RequestParam(required = false) String confidentialityUndertaking, RedirectAttributes flash) {
    return run(id, "bid", "bi.bid.voted", flash, () -> bids.vote(actor, bidId,
        parse(BidOption::fromCode, option == null ? "" : option, "option"), solutionOrNull(solution),
        blankToNull(comment), "true".equals(confidentialityUndertaking)));
  }

  @PostMapping("/cases/{id}/best-interests/bids/{bidId}/decision")
  String decide(Actor actor, @PathVariable UUID id, @PathVariable UUID bidId, @RequestParam long version,
      @RequestParam(required = false) String option, @RequestParam(required = false) String solution,
      @RequestParam(required = false) String reasons, @RequestParam(required = false) String dissent,
      RedirectAttributes flash) {
    return run(id, "bid", "bi.bid.decided", flash, () -> bids.decide(actor, bidId, version,
        parse(BidOption::fromCode, option == null ? "" : option, "option"), solutionOrNull(solution),
        blankToNull(reasons), blankToNull(dissent)));
  }

  @PostMapping("/cases/{id}/best-interests/solutions")
  String identify(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String type,
      @RequestParam(required = false) String note, RedirectAttributes flash) {
    return run(id, "solutions", "bi.solution.identified", flash, () -> solutions.identify(actor, id, null,
        parse(DurableSolutionType::fromCode, type == null ? "" : type, "type"), blankToNull(note), null));
  }

  @PostMapping("/cases/{id}/best-interests/solutions/{solutionId}/status")
  String move(Actor actor, @PathVariable UUID id, @PathVariable UUID solutionId, @RequestParam long version,
      @RequestParam(required = false) String status, @RequestParam(required = false) String reason,
      RedirectAttributes flash) {
    return run(id, "solutions", "bi.solution.moved", flash, () -> solutions.moveTo(actor, solutionId, version,
        parse(DurableSolutionStatus::fromCode, status == null ? "" : status, "status"), blankToNull(reason)));
  }

  /**
   * Saves the note and the steps of a solution as the form lists them ({@code step.N.name}, {@code .status},
   * {@code .dueOn}, {@code .doneOn}, {@code .note}), with one new step when {@code newStep} is filled in.
   */
  @PostMapping("/cases/{id}/best-interests/solutions/{solutionId}/steps")
  String editSteps(Actor actor, @PathVariable UUID id, @PathVariable UUID solutionId, @RequestParam long version,
      @RequestParam Map<String, String> form, RedirectAttributes flash) {
    return run(id, "solutions", "bi.solution.stepsSaved", flash, () -> {
      java.util.List<SolutionStep> steps = new java.util.ArrayList<>();
      for (int i = 0; form.containsKey("step." + i + ".name"); i++) {
        String p = "step." + i + ".";
        steps.add(new SolutionStep(text(form, p + "name"), text(form, p + "status"), text(form, p + "dueOn"),
            text(form, p + "doneOn"), text(form, p + "note")));
      }
      String added = text(form, "newStep");
      if (added != null) {
        steps.add(new SolutionStep(added, "pending", text(form, "newStepDueOn"), null, null));
      }
      return solutions.edit(actor, solutionId, version, text(form, "note"), steps);
    });
  }

  /** The child's views from a form: what was said, how, at what age and maturity, or why they were not heard. */
  static ChildViews childViews(Map<String, String> form) {
    String age = text(form, "ageAtInterview");
    Integer ageAtInterview;
    try {
      ageAtInterview = age == null ? null : Integer.valueOf(age);
    } catch (NumberFormatException e) {
      throw InvalidRequestException.of("ageAtInterview", "must be a number of years");
    }
    return new ChildViews(text(form, "views"), text(form, "howObtained"), text(form, "obtainedOn"),
        ageAtInterview, text(form, "maturity"), text(form, "weightGiven"), text(form, "notObtainedReason"));
  }

  static String run(UUID caseId, String section, String doneKey, RedirectAttributes flash, Supplier<?> useCase) {
    return run("/cases/" + caseId + "/best-interests", section, doneKey, flash, useCase);
  }

  /** Runs the step and redirects to {@code page} at the section, with what happened or why it was refused. */
  static String run(String page, String section, String doneKey, RedirectAttributes flash, Supplier<?> useCase) {
    try {
      useCase.get();
      flash.addFlashAttribute("done", doneKey);
    } catch (InvalidRequestException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      FieldErrors.of(e.errors()).forEach((field, key) -> errors.put(section + "." + field, key));
      flash.addFlashAttribute("formErrors", errors);
      flash.addFlashAttribute("failedSection", section);
    } catch (StaleVersionException e) {
      flash.addFlashAttribute("formConflict", "casework.conflict.stale");
      flash.addFlashAttribute("failedSection", section);
    } catch (ConflictException | ProcedureConflict e) {
      // The procedure's own words say what is missing ("a BID is needed before ..."); they carry no child data.
      flash.addFlashAttribute("formConflict", "bi.conflict");
      flash.addFlashAttribute("conflictDetail", e.getMessage());
      flash.addFlashAttribute("failedSection", section);
    }
    return "redirect:" + page + "#" + section;
  }

  static DurableSolutionType solutionOrNull(String code) {
    return code == null || code.isBlank() ? null : parse(DurableSolutionType::fromCode, code, "solution");
  }

  static <T> T parse(Function<String, T> fromCode, String code, String field) {
    try {
      return fromCode.apply(code);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of(field, e.getMessage());
    }
  }

  static String text(Map<String, String> form, String name) {
    return blankToNull(form.get(name));
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

}
