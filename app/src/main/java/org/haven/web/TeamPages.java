package org.haven.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.cases.CaseAssignment;
import org.haven.cases.CaseRegistry;
import org.haven.cases.domain.ChildCase;
import org.haven.identity.Actor;
import org.haven.identity.Role;
import org.haven.identity.User;
import org.haven.identity.Users;
import org.haven.shared.ForbiddenException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' pages: the team's workload (open and high-risk cases per caseworker, counted within
 * the supervisor's scope) and giving a case to another caseworker, through the cases module, which checks
 * the version and audits. The approvals queue joins here with casework.
 */
@Controller
class TeamPages extends Pages {
  /** One member of the team with their open cases; {@code name} is null for an owner no longer active. */
  public record Load(UUID userId, String username, String name, String role, long openCases, long highRisk) {}

  private final CaseAssignment ownership;
  private final CaseRegistry registry;
  private final Users users;

  TeamPages(CaseAssignment ownership, CaseRegistry registry, Users users) {
    this.ownership = ownership;
    this.registry = registry;
    this.users = users;
  }

  static boolean maySupervise(Actor actor) {
    return actor.role() == Role.SUPERVISOR || actor.role() == Role.SYSTEM_ADMIN;
  }

  @GetMapping("/team")
  String workload(Actor actor, Model model) {
    requireSupervisor(actor);
    Map<UUID, Load> rows = new LinkedHashMap<>();
    for (CaseAssignment.OwnerWorkload w : ownership.workload(actor)) {
      rows.put(w.ownerId(), new Load(w.ownerId(), null, null, null, w.openCases(), w.highRisk()));
    }
    for (User u : users.team(actor)) {
      Load known = rows.get(u.id());
      rows.put(u.id(), new Load(u.id(), u.username(), u.fullName(), u.role().code(),
          known == null ? 0 : known.openCases(), known == null ? 0 : known.highRisk()));
    }
    List<Load> loads = new ArrayList<>(rows.values());
    model.addAttribute("loads", loads);
    return "team/workload";
  }

  @GetMapping("/cases/{id}/owner")
  String reassignForm(Actor actor, @PathVariable UUID id, Model model) {
    requireSupervisor(actor);
    return page(actor, registry.get(actor, id), null, model);
  }

  @PostMapping("/cases/{id}/owner")
  String reassign(Actor actor, @PathVariable UUID id, @RequestParam long version,
      @RequestParam(required = false) UUID ownerId, Model model) {
    requireSupervisor(actor);
    try {
      ownership.reassign(actor, id, version, ownerId);
      return "redirect:/cases/" + id + "?reassigned";
    } catch (StaleVersionException e) {
      return page(actor, registry.get(actor, id), "case.stale", model);
    } catch (InvalidRequestException e) {
      return page(actor, registry.get(actor, id), "team.invalidOwner", model);
    }
  }

  private String page(Actor actor, ChildCase c, String problem, Model model) {
    model.addAttribute("c", c);
    model.addAttribute("team", users.team(actor).stream().filter(u -> u.agencyId().equals(c.agencyId())).toList());
    model.addAttribute("problem", problem);
    return "team/reassign";
  }

  private static void requireSupervisor(Actor actor) {
    if (!maySupervise(actor)) {
      throw new ForbiddenException("supervisors only");
    }
  }
}
