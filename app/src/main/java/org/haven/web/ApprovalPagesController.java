package org.haven.web;

import java.util.Map;
import java.util.UUID;
import org.haven.casework.Approval;
import org.haven.casework.Approvals;
import org.haven.casework.CasePlans;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The supervisors' approval queue: the pending requests in their scope, one request with its decision
 * form. The decision carries the version the supervisor saw; when the request changed or was decided
 * meanwhile, the page says so and nothing is decided twice.
 */
@Controller
class ApprovalPagesController extends Pages {
  private final Approvals approvals;
  private final CasePlans plans;

  ApprovalPagesController(Approvals approvals, CasePlans plans) {
    this.approvals = approvals;
    this.plans = plans;
  }

  @GetMapping("/approvals")
  String queue(Actor actor, Model model) {
    model.addAttribute("pending", approvals.pendingFor(actor));
    return "work/approvals";
  }

  @GetMapping("/approvals/{id}")
  String show(Actor actor, @PathVariable UUID id, Model model) {
    return page(approvals.get(actor, id), null, null, Map.of(), model, actor);
  }

  @PostMapping("/approvals/{id}")
  String decide(Actor actor, @PathVariable UUID id, @RequestParam long version,
      @RequestParam(required = false) String decision, @RequestParam(required = false) String comment,
      Model model, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      approvals.decide(actor, id, version, decision, comment);
      // The use case accepted the decision, so it is "approved" or "rejected".
      redirect.addFlashAttribute("decided", decision);
      return "redirect:/approvals";
    } catch (StaleVersionException | ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return page(approvals.get(actor, id), "approval.conflict", comment, Map.of(), model, actor);
    } catch (InvalidRequestException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(approvals.get(actor, id), null, comment, FieldErrors.of(e.errors()), model, actor);
    }
  }

  private String page(Approval approval, String conflict, String comment, Map<String, String> errors,
      Model model, Actor actor) {
    model.addAttribute("a", approval);
    // What is to be approved, where the supervisor can read it here: the goals of a case plan.
    if ("case_plan".equals(approval.kind())) {
      model.addAttribute("planGoals", CaseworkPagesController.goalsOf(plans.get(actor, approval.caseId()).goals()));
    }
    model.addAttribute("conflict", conflict);
    model.addAttribute("comment", comment);
    model.addAttribute("errors", errors);
    return "work/approval";
  }
}
