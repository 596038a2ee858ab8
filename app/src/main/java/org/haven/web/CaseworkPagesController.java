package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Locale;
import org.haven.assessment.AssessmentCatalogue;
import org.haven.assessment.Assessments;
import org.haven.assessment.domain.Level;
import org.haven.cases.CaseRegistry;
import org.haven.casework.CaseActivities;
import org.haven.casework.CaseServices;
import org.haven.casework.Referrals;
import org.haven.identity.Agencies;
import org.haven.cases.domain.ChildCase;
import org.haven.casework.CasePlans;
import org.haven.casework.Tasks;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The casework of one case, beside the case page: its tasks, its case plan (goals with actions,
 * submitted for a supervisor's approval), assessments and screenings, services, referrals, follow-ups,
 * transfer and closure (their forms post to {@link CaseworkFormsController}). Forms are plain posts that redirect back; each carries the
 * version it was shown at, and a plan someone changed meanwhile is reported, never overwritten. The
 * forms are rendered only for a role that may do casework.
 */
@Controller
class CaseworkPagesController extends Pages {
  /** Blank rows offered for a new goal and a new action, so that the form works without JavaScript. */
  private static final int NEW_ACTIONS = 2;

  private final CaseRegistry registry;
  private final CasePlans plans;
  private final Tasks tasks;
  private final JsonMapper json;
  private final Assessments assessments;
  private final AssessmentCatalogue catalogue;
  private final CaseServices services;
  private final Referrals referrals;
  private final CaseActivities activities;
  private final Agencies agencies;

  CaseworkPagesController(CaseRegistry registry, CasePlans plans, Tasks tasks, JsonMapper json,
      Assessments assessments, AssessmentCatalogue catalogue, CaseServices services, Referrals referrals,
      CaseActivities activities, Agencies agencies) {
    this.registry = registry;
    this.plans = plans;
    this.tasks = tasks;
    this.json = json;
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.services = services;
    this.referrals = referrals;
    this.activities = activities;
    this.agencies = agencies;
  }

  /** A catalogue entry as a form shows it: its code and its label in the user's language. */
  public record Choice(String code, String label) {}

  /** A goal of the plan form, with its actions; the blank ones are the rows for new entries. */
  public record GoalRow(String description, List<ActionRow> actions) {}

  public record ActionRow(String description, String responsible, String dueDate, String status) {}

  @GetMapping("/cases/{id}/casework")
  String show(Actor actor, @PathVariable UUID id, Model model, Locale locale) {
    ChildCase c = registry.get(actor, id);
    CasePlans.Plan plan = planOf(actor, id);
    return page(actor, c, plan, plan == null ? List.of() : goalsOf(plan.goals()), null, Map.of(), model, locale);
  }

  @PostMapping("/cases/{id}/casework/plan")
  String savePlan(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
      HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
    List<GoalRow> goals = goalsFrom(request);
    try {
      plans.save(actor, id, version, body(goals));
      return "redirect:/cases/" + id + "/casework?planSaved#plan";
    } catch (StaleVersionException | ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return page(actor, registry.get(actor, id), planOf(actor, id), goals, "casework.plan.conflict", Map.of(),
          model, locale);
    } catch (InvalidRequestException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(actor, registry.get(actor, id), planOf(actor, id), goals, null, FieldErrors.of(e.errors(), CaseworkPagesController::formField),
          model, locale);
    }
  }

  @PostMapping("/cases/{id}/casework/plan/submit")
  String submitPlan(Actor actor, @PathVariable UUID id, @RequestParam long version) {
    try {
      plans.submit(actor, id, version);
      return "redirect:/cases/" + id + "/casework?planSubmitted#plan";
    } catch (StaleVersionException | ConflictException e) {
      return "redirect:/cases/" + id + "/casework?planChanged#plan";
    }
  }

  private String page(Actor actor, ChildCase c, CasePlans.Plan plan, List<GoalRow> goals, String conflict,
      Map<String, String> errors, Model model, Locale locale) {
    model.addAttribute("c", c);
    model.addAttribute("d", c.details());
    model.addAttribute("plan", plan);
    model.addAttribute("planGoals", plan == null ? List.of() : goalsOf(plan.goals()));
    model.addAttribute("goals", withBlankRows(goals));
    model.addAttribute("conflict", conflict);
    model.addAttribute("errors", errors);
    model.addAttribute("tasks", tasks.ofCase(actor, c.id()));
    model.addAttribute("mayManage", actor.role().allows(Action.CASEWORK_MANAGE));
    sections(actor, c.id(), model, locale);
    return "casework/show";
  }

  /**
   * The other sections: assessments and screenings, services, referrals, follow-ups, and what the role
   * may do with them. The forms of a section are rendered only for a role that has its right.
   */
  private void sections(Actor actor, UUID caseId, Model model, Locale locale) {
    String lang = Languages.of(locale).code();
    model.addAttribute("assessed", assessments.ofCase(actor, caseId));
    model.addAttribute("factors", catalogue.factors().values().stream().filter(f -> f.level() == Level.INDIVIDUAL)
        .map(f -> new Choice(f.code(), label(f.labels(), f.code(), lang))).toList());
    model.addAttribute("householdFactors", catalogue.factors().values().stream()
        .filter(f -> f.level() == Level.HOUSEHOLD).map(f -> new Choice(f.code(), label(f.labels(), f.code(), lang)))
        .toList());
    model.addAttribute("factorLabels", catalogue.factors().values().stream().collect(java.util.stream.Collectors
        .toMap(f -> f.code(), f -> label(f.labels(), f.code(), lang))));
    model.addAttribute("indicators", catalogue.indicators().values().stream()
        .map(i -> new Choice(i.code(), label(i.labels(), i.code(), lang))).toList());
    model.addAttribute("services", services.ofCase(actor, caseId));
    model.addAttribute("referrals", referrals.ofCase(actor, caseId));
    model.addAttribute("followUps", activities.list(actor, caseId, "follow_up"));
    model.addAttribute("conferences", activities.list(actor, caseId, "conference"));
    boolean mayManage = actor.role().allows(Action.CASEWORK_MANAGE);
    if (mayManage) {
      model.addAttribute("agencies", agencies.referralTargets().stream()
          .filter(a -> !a.id().equals(actor.agencyId())).toList());
    }
    model.addAttribute("agencyNames", agencies.referralTargets().stream()
        .collect(java.util.stream.Collectors.toMap(a -> a.id(), a -> a.name())));
    model.addAttribute("mayAssess", actor.role().allows(Action.ASSESSMENT_MANAGE));
    model.addAttribute("mayOverride", actor.role().allows(Action.RISK_OVERRIDE));
    model.addAttribute("mayConsentOverride", actor.role().allows(Action.REFERRAL_CONSENT_OVERRIDE));
    model.addAttribute("mayTransfer", actor.role().allows(Action.CASE_TRANSFER));
    model.addAttribute("mayClose", actor.role().allows(Action.CASE_CLOSE));
  }

  private static String label(Map<String, String> labels, String code, String lang) {
    if (labels == null) {
      return code;
    }
    return labels.getOrDefault(lang, labels.getOrDefault("en", code));
  }

  private CasePlans.Plan planOf(Actor actor, UUID caseId) {
    try {
      return plans.get(actor, caseId);
    } catch (NotFoundException e) {
      return null;
    }
  }

  static List<GoalRow> goalsOf(JsonNode goals) {
    List<GoalRow> rows = new ArrayList<>();
    for (JsonNode goal : goals) {
      List<ActionRow> actions = new ArrayList<>();
      for (JsonNode a : goal.path("actions")) {
        actions.add(new ActionRow(text(a, "description"), text(a, "responsible"), text(a, "dueDate"),
            text(a, "status")));
      }
      rows.add(new GoalRow(text(goal, "description"), actions));
    }
    return rows;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  /** Every goal gets blank action rows, and a blank goal follows: room to add without JavaScript. */
  private static List<GoalRow> withBlankRows(List<GoalRow> goals) {
    List<GoalRow> rows = new ArrayList<>();
    for (GoalRow goal : goals) {
      List<ActionRow> actions = new ArrayList<>(goal.actions());
      actions.add(new ActionRow(null, null, null, null));
      rows.add(new GoalRow(goal.description(), actions));
    }
    List<ActionRow> blank = new ArrayList<>();
    for (int i = 0; i < NEW_ACTIONS; i++) {
      blank.add(new ActionRow(null, null, null, null));
    }
    rows.add(new GoalRow(null, blank));
    return rows;
  }

  /** The goals as posted ({@code goal3.action1.description}); rows left blank are not goals. */
  private static List<GoalRow> goalsFrom(HttpServletRequest request) {
    List<GoalRow> goals = new ArrayList<>();
    for (int g = 0; request.getParameter("goal" + g + ".description") != null; g++) {
      String prefix = "goal" + g + ".";
      List<ActionRow> actions = new ArrayList<>();
      for (int a = 0; request.getParameter(prefix + "action" + a + ".description") != null; a++) {
        String p = prefix + "action" + a + ".";
        ActionRow row = new ActionRow(blankToNull(request.getParameter(p + "description")),
            blankToNull(request.getParameter(p + "responsible")), blankToNull(request.getParameter(p + "dueDate")),
            blankToNull(request.getParameter(p + "status")));
        if (row.description() != null || row.responsible() != null || row.dueDate() != null) {
          actions.add(row);
        }
      }
      String description = blankToNull(request.getParameter(prefix + "description"));
      if (description != null || !actions.isEmpty()) {
        goals.add(new GoalRow(description, actions));
      }
    }
    return goals;
  }

  private ObjectNode body(List<GoalRow> goals) {
    ObjectNode body = json.createObjectNode();
    ArrayNode list = body.putArray("goals");
    for (GoalRow goal : goals) {
      ObjectNode g = list.addObject();
      g.put("description", goal.description());
      ArrayNode actions = g.putArray("actions");
      for (ActionRow a : goal.actions()) {
        ObjectNode action = actions.addObject();
        action.put("description", a.description());
        if (a.responsible() != null) {
          action.put("responsible", a.responsible());
        }
        if (a.dueDate() != null) {
          action.put("dueDate", a.dueDate());
        }
        if (a.status() != null) {
          action.put("status", a.status());
        }
      }
    }
    return body;
  }

  /** The use case's path of a plan field ({@code goals[0].actions[1].dueDate}) as the form names it. */
  private static String formField(String path) {
    return path.replaceAll("goals\\[(\\d+)]", "goal$1").replaceAll("actions\\[(\\d+)]", "action$1");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
