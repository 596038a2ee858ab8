package org.haven.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.haven.assessment.AssessmentCatalogue;
import org.haven.assessment.Assessments;
import org.haven.assessment.Screenings;
import org.haven.assessment.domain.Level;
import org.haven.casework.CaseActivities;
import org.haven.casework.CaseOwnership;
import org.haven.casework.CaseServices;
import org.haven.casework.Referrals;
import org.haven.identity.ActorDirectory;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The forms of the casework page other than the plan: assessments, screening, services, referrals,
 * follow-ups, transfer, closure and reopening. Each posts, calls the module's use case (which checks the
 * access policy and writes the audit) and redirects back to its section of the page; what the use case
 * refused travels with the redirect (flash attributes) and is shown next to the form: field errors,
 * a version someone changed meanwhile, a move the record's state does not allow.
 */
@Controller
class CaseworkFormsController extends Pages {
  private final Assessments assessments;
  private final AssessmentCatalogue catalogue;
  private final Screenings screenings;
  private final CaseServices services;
  private final Referrals referrals;
  private final CaseActivities activities;
  private final CaseOwnership ownership;
  private final ActorDirectory directory;
  private final JsonMapper json;

  CaseworkFormsController(Assessments assessments, AssessmentCatalogue catalogue, Screenings screenings,
      CaseServices services, Referrals referrals, CaseActivities activities, CaseOwnership ownership,
      ActorDirectory directory, JsonMapper json) {
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.screenings = screenings;
    this.services = services;
    this.referrals = referrals;
    this.activities = activities;
    this.ownership = ownership;
    this.directory = directory;
    this.json = json;
  }

  /**
   * Every factor of the level (individual, or household when the form says so): checked ones present with
   * their evidence, the others absent.
   */
  @PostMapping("/cases/{id}/casework/assessments")
  String assess(Actor actor, @PathVariable UUID id, @RequestParam(required = false) List<String> present,
      @RequestParam(required = false) String level, @RequestParam MultiValueMap<String, String> form,
      RedirectAttributes flash) {
    Level assessed = Level.HOUSEHOLD.code().equals(level) ? Level.HOUSEHOLD : Level.INDIVIDUAL;
    ObjectNode body = json.createObjectNode().put("level", assessed.code());
    ArrayNode findings = body.putArray("findings");
    List<String> checked = present == null ? List.of() : present;
    for (var factor : catalogue.factors().values()) {
      if (factor.level() != assessed) {
        continue;
      }
      boolean isPresent = checked.contains(factor.code());
      String evidence = blankToNull(form.getFirst("evidence." + factor.code()));
      ObjectNode finding = findings.addObject().put("code", factor.code()).put("present", isPresent);
      if (evidence != null) {
        finding.put("evidence", evidence);
      }
    }
    String notes = blankToNull(form.getFirst("notes"));
    if (notes != null) {
      body.put("notes", notes);
    }
    return run(id, "assessment", "casework.assessment.recorded", flash, () -> assessments.recordForCase(actor, id, body),
        path -> evidenceField(path, findings));
  }

  @PostMapping("/cases/{id}/casework/assessments/{assessmentId}/submit")
  String submitAssessment(Actor actor, @PathVariable UUID id, @PathVariable UUID assessmentId,
      @RequestParam long version, RedirectAttributes flash) {
    return run(id, "assessment", "casework.assessment.submitted", flash,
        () -> assessments.submit(actor, assessmentId, version), null);
  }

  @PostMapping("/cases/{id}/casework/assessments/{assessmentId}/override")
  String overrideRisk(Actor actor, @PathVariable UUID id, @PathVariable UUID assessmentId, @RequestParam long version,
      @RequestParam(required = false) String level, @RequestParam(required = false) String reason,
      RedirectAttributes flash) {
    return run(id, "assessment", "casework.assessment.overridden", flash,
        () -> assessments.overrideRisk(actor, assessmentId, version, level, reason), path -> "override." + path);
  }

  @PostMapping("/cases/{id}/casework/screenings")
  String screen(Actor actor, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
      RedirectAttributes flash) {
    ObjectNode body = json.createObjectNode();
    ArrayNode answers = body.putArray("answers");
    for (String code : catalogue.indicators().keySet()) {
      String answer = form.getFirst("answer." + code);
      if (answer != null && !answer.isBlank()) {
        answers.addObject().put("code", code).put("answer", answer);
      }
    }
    String respondent = blankToNull(form.getFirst("respondent"));
    if (respondent != null) {
      body.put("respondent", respondent);
    }
    return run(id, "screening", "casework.screening.recorded", flash, () -> screenings.screen(actor, id, body), null);
  }

  @PostMapping("/cases/{id}/casework/services")
  String addService(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form,
      RedirectAttributes flash) {
    ObjectNode body = fields(form, "type", "provider", "timeframe", "startDate", "endDate", "notes");
    return run(id, "services", "casework.service.added", flash, () -> services.add(actor, id, body), null);
  }

  @PostMapping("/cases/{id}/casework/services/{serviceId}/status")
  String moveService(Actor actor, @PathVariable UUID id, @PathVariable UUID serviceId, @RequestParam long version,
      @RequestParam String status, RedirectAttributes flash) {
    ObjectNode body = json.createObjectNode().put("status", status);
    return run(id, "services", "casework.service.moved", flash,
        () -> services.update(actor, serviceId, version, body), null);
  }

  @PostMapping("/cases/{id}/casework/referrals")
  String refer(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form,
      @RequestParam(required = false) List<String> grants, RedirectAttributes flash) {
    ObjectNode body = fields(form, "toAgencyId", "service", "reason", "consentOverrideReason");
    ArrayNode granted = body.putArray("grants");
    (grants == null ? List.<String>of() : grants).forEach(granted::add);
    return run(id, "referrals", "casework.referral.sent", flash, () -> referrals.refer(actor, id, body), null);
  }

  @PostMapping("/cases/{id}/casework/referrals/{referralId}/revoke")
  String revoke(Actor actor, @PathVariable UUID id, @PathVariable UUID referralId, @RequestParam long version,
      @RequestParam(required = false) String reason, RedirectAttributes flash) {
    return run(id, "referrals", "casework.referral.revoked", flash,
        () -> referrals.revoke(actor, referralId, version, reason), path -> "revoke." + path);
  }

  @PostMapping("/cases/{id}/casework/follow-ups")
  String followUp(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form,
      RedirectAttributes flash) {
    ObjectNode body = fields(form, "date", "type", "notes");
    return run(id, "follow-ups", "casework.followUp.recorded", flash,
        () -> activities.recordFollowUp(actor, id, body), null);
  }

  /** A case conference: its date, who took part (one a line), what was decided, notes. */
  @PostMapping("/cases/{id}/casework/conferences")
  String conference(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form,
      RedirectAttributes flash) {
    ObjectNode body = fields(form, "date", "decisions", "notes");
    String participants = form.get("participants");
    if (participants != null && !participants.isBlank()) {
      ArrayNode list = body.putArray("participants");
      participants.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(list::add);
    }
    return run(id, "conferences", "casework.conference.recorded", flash,
        () -> activities.recordConference(actor, id, body), path -> path.startsWith("participants") ? "participants" : path);
  }

  @PostMapping("/cases/{id}/casework/transfer")
  String transfer(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String username,
      @RequestParam(required = false) String reason, RedirectAttributes flash) {
    return run(id, "ownership", "casework.transfer.done", flash, () -> {
      UUID to = directory.byUsername(username == null ? "" : username.strip()).map(Actor::userId)
          .orElseThrow(() -> InvalidRequestException.of("username", "is not an active user"));
      return ownership.transfer(actor, id, to.toString(), reason);
    }, path -> "toUserId".equals(path) ? "username" : path);
  }

  @PostMapping("/cases/{id}/casework/closure")
  String close(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reason,
      RedirectAttributes flash) {
    return run(id, "ownership", null, flash, () -> {
      var outcome = ownership.requestClosure(actor, id, reason);
      flash.addFlashAttribute("done", "casework.closure." + outcome.status());
      return outcome;
    }, path -> "close." + path);
  }

  @PostMapping("/cases/{id}/casework/reopening")
  String reopen(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reason,
      RedirectAttributes flash) {
    return run(id, "ownership", null, flash, () -> {
      var outcome = ownership.requestReopening(actor, id, reason);
      flash.addFlashAttribute("done", "casework.reopening." + outcome.status());
      return outcome;
    }, path -> "reopen." + path);
  }

  /**
   * Runs the use case and redirects to the section. Field errors go back keyed {@code section.field}
   * (after {@code toField} maps the use case's path to the form's name); a stale version or an illegal
   * move goes back as the section's conflict.
   */
  private String run(UUID caseId, String section, String doneKey, RedirectAttributes flash, Supplier<?> useCase,
      java.util.function.UnaryOperator<String> toField) {
    try {
      useCase.get();
      if (doneKey != null) {
        flash.addFlashAttribute("done", doneKey);
      }
    } catch (InvalidRequestException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      FieldErrors.of(e.errors(), toField == null ? p -> p : toField)
          .forEach((field, key) -> errors.put(section + "." + field, key));
      flash.addFlashAttribute("formErrors", errors);
      flash.addFlashAttribute("failedSection", section);
    } catch (StaleVersionException e) {
      flash.addFlashAttribute("formConflict", "casework.conflict.stale");
      flash.addFlashAttribute("failedSection", section);
    } catch (ConflictException e) {
      flash.addFlashAttribute("formConflict", "referrals".equals(section) && e.getMessage() != null
          && e.getMessage().contains("consent") ? "casework.conflict.consent" : "casework.conflict.state");
      flash.addFlashAttribute("failedSection", section);
    }
    return "redirect:/cases/" + caseId + "/casework#" + section;
  }

  /** {@code findings[3].evidence} names the evidence box of the fourth factor sent. */
  private static String evidenceField(String path, ArrayNode findings) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("findings\\[(\\d+)]\\.evidence").matcher(path);
    if (m.matches()) {
      int index = Integer.parseInt(m.group(1));
      if (index < findings.size()) {
        return "evidence." + findings.get(index).path("code").asString();
      }
    }
    return path;
  }

  private ObjectNode fields(Map<String, String> form, String... names) {
    ObjectNode body = json.createObjectNode();
    for (String name : names) {
      String value = blankToNull(form.get(name));
      if (value != null) {
        body.put(name, value);
      }
    }
    return body;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
