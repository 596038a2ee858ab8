package org.haven.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.haven.cases.CaseRegistry;
import org.haven.cases.domain.ChildCase;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.NotFoundException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The case page (its sections, see {@link CaseSection}), each section alone, the history tab, and the edit form for the identity fields. The edit
 * carries the version it started from; when someone saved in between, the use case refuses and the page
 * says so, keeping what the caseworker typed, and nothing is overwritten.
 */
@Controller
class CasePageController extends Pages {
  private final CaseRegistry registry;
  private final CaseSections sections;
  private final JsonMapper json;

  CasePageController(CaseRegistry registry, CaseSections sections, JsonMapper json) {
    this.registry = registry;
    this.sections = sections;
    this.json = json;
  }

  @GetMapping("/cases/{id}")
  String show(Actor actor, @PathVariable UUID id, Model model) {
    ChildCase c = caseModel(actor, id, model);
    List<CaseSection> shown = sections.shownTo(actor);
    shown.forEach(s -> s.contribute(actor, c, model));
    model.addAttribute("sections", shown);
    return "cases/show";
  }

  /** One section alone, for htmx to refresh it in place; the same fragment as in the whole page. */
  @GetMapping("/cases/{id}/sections/{section}")
  String section(Actor actor, @PathVariable UUID id, @PathVariable String section, Model model) {
    CaseSection s = sections.byId(actor, section).orElseThrow(() -> new NotFoundException("section " + section));
    ChildCase c = caseModel(actor, id, model);
    s.contribute(actor, c, model);
    return s.fragment();
  }

  /** The history tab: every change, field by field, from the audit module's record history. */
  @GetMapping("/cases/{id}/history")
  String history(Actor actor, @PathVariable UUID id, Model model) {
    caseModel(actor, id, model);
    model.addAttribute("history", registry.history(actor, id));
    return "cases/history";
  }

  private ChildCase caseModel(Actor actor, UUID id, Model model) {
    ChildCase c = registry.get(actor, id);
    model.addAttribute("c", c);
    model.addAttribute("d", c.details());
    model.addAttribute("me", actor.userId());
    model.addAttribute("mayEdit", actor.role().allows(Action.CASE_UPDATE));
    model.addAttribute("maySupervise", TeamPages.maySupervise(actor));
    return c;
  }

  @GetMapping("/cases/{id}/edit")
  String edit(Actor actor, @PathVariable UUID id, Model model) {
    ChildCase c = registry.get(actor, id);
    return editPage(c, CaseEditForm.of(c), Map.of(), false, model);
  }

  @PostMapping("/cases/{id}/edit")
  String save(Actor actor, @PathVariable UUID id, @ModelAttribute("form") CaseEditForm form, Model model) {
    ChildCase current = registry.get(actor, id);
    try {
      registry.update(actor, id, form.getVersion(), bodyWith(current, form));
      return "redirect:/cases/" + id + "?saved";
    } catch (StaleVersionException e) {
      return editPage(current, form, Map.of(), true, model);
    } catch (InvalidRequestException e) {
      return editPage(current, form, FieldErrors.of(e.errors()), false, model);
    }
  }

  private String editPage(ChildCase c, CaseEditForm form, Map<String, String> errors, boolean stale, Model model) {
    model.addAttribute("c", c);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("stale", stale);
    return "cases/edit";
  }

  /**
   * The whole case as the use case expects it: everything recorded, with the identity fields replaced by
   * the form's. A Latin name derived from an original-script name that changed is dropped, so that it is
   * derived again from the new name.
   */
  private ObjectNode bodyWith(ChildCase current, CaseEditForm form) {
    ObjectNode body = json.valueToTree(current.details());
    withoutEmpty(body);
    CaseEditForm before = CaseEditForm.of(current);
    for (String field : CaseEditForm.FIELDS) {
      body.remove(field);
    }
    text(body, "givenName", form.getGivenName());
    text(body, "familyName", form.getFamilyName());
    if (form.getOtherNames() != null && !form.getOtherNames().isBlank()) {
      ArrayNode names = body.putArray("otherNames");
      Arrays.stream(form.getOtherNames().split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty())
          .forEach(names::add);
    }
    boolean givenRenamed = !Objects.equals(blankToNull(form.getGivenName()), before.getGivenName());
    boolean familyRenamed = !Objects.equals(blankToNull(form.getFamilyName()), before.getFamilyName());
    boolean givenLatinKept = Objects.equals(blankToNull(form.getGivenNameLatin()), before.getGivenNameLatin());
    boolean familyLatinKept = Objects.equals(blankToNull(form.getFamilyNameLatin()), before.getFamilyNameLatin());
    if (!(givenRenamed && givenLatinKept)) {
      text(body, "givenNameLatin", form.getGivenNameLatin());
    }
    if (!(familyRenamed && familyLatinKept)) {
      text(body, "familyNameLatin", form.getFamilyNameLatin());
    }
    text(body, "sex", form.getSex());
    text(body, "dateOfBirth", form.getDateOfBirth());
    if (form.isDateOfBirthEstimated()) {
      body.put("dateOfBirthEstimated", true);
    }
    if (form.getAgeYears() != null) {
      body.put("ageYears", form.getAgeYears());
    }
    text(body, "placeOfOrigin", form.getPlaceOfOrigin());
    text(body, "protectionStatus", form.getProtectionStatus());
    text(body, "displacementStatus", form.getDisplacementStatus());
    text(body, "riskLevel", form.getRiskLevel());
    return body;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void text(ObjectNode node, String name, String value) {
    String v = blankToNull(value);
    if (v != null) {
      node.put(name, v);
    }
  }

  static void withoutEmpty(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (var field : new java.util.ArrayList<>(object.properties())) {
        JsonNode value = field.getValue();
        if (value.isNull() || (value.isArray() && value.isEmpty())) {
          object.remove(field.getKey());
        } else {
          withoutEmpty(value);
        }
      }
    } else if (node.isArray()) {
      node.forEach(CasePageController::withoutEmpty);
    }
  }
}
