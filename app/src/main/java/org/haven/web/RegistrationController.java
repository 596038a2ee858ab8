package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.haven.cases.CaseRegistry;
import org.haven.cases.CaseRegistry.DuplicateCandidate;
import org.haven.cases.CaseRegistry.Registration;
import org.haven.identity.Actor;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registration wizard: identity, then family and separation, then consent. Likely duplicates show
 * while the caseworker types (htmx) and, without JavaScript, after the identity step and again before the
 * case is created, where registering anyway needs a deliberate second click. Registration goes through
 * {@link CaseRegistry#register} with the id chosen when the wizard opened, so a double submit creates one
 * case. Invalid input re-renders the step with the errors (200), as the htmx policy wants.
 */
@Controller
class RegistrationController extends Pages {
  private final CaseRegistry registry;
  private final JsonMapper json;

  RegistrationController(CaseRegistry registry, JsonMapper json) {
    this.registry = registry;
    this.json = json;
  }

  @GetMapping("/cases/new")
  String start(Model model) {
    return render(RegistrationForm.started(), Map.of(), List.of(), model);
  }

  @PostMapping("/cases/new")
  String step(Actor actor, @ModelAttribute("form") RegistrationForm form, @RequestParam String action, Model model) {
    form.compactFamily();
    int at = form.stepIndex();
    if ("back".equals(action)) {
      form.setStep(RegistrationForm.STEPS.get(Math.max(0, at - 1)));
      return render(form, Map.of(), List.of(), model);
    }
    if ("next".equals(action) && at == 0) {
      return afterIdentity(actor, form, model);
    }
    if ("next".equals(action)) {
      form.setStep(RegistrationForm.STEPS.get(Math.min(at + 1, RegistrationForm.STEPS.size() - 1)));
      return render(form, Map.of(), List.of(), model);
    }
    if ("registerAnyway".equals(action)) {
      form.setDuplicatesReviewed(true);
    }
    return register(actor, form, model);
  }

  /** The live duplicate check of the identity step: a fragment, never an error (the form is not finished). */
  @PostMapping("/cases/new/duplicates")
  String duplicates(Actor actor, @ModelAttribute("form") RegistrationForm form, Model model) {
    List<DuplicateCandidate> found = List.of();
    if (form.hasName()) {
      try {
        found = others(form, registry.duplicatesOf(actor, form.toBody(json, true)));
      } catch (InvalidRequestException incomplete) {
        // A date half typed, for example: nothing to say yet.
      }
    }
    model.addAttribute("duplicates", found);
    return "cases/duplicates :: panel";
  }

  private String afterIdentity(Actor actor, RegistrationForm form, Model model) {
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    if (!form.hasName()) {
      errors.put("givenName", "error.nameRequired");
    }
    if (RegistrationForm.blank(form.getSex())) {
      errors.put("sex", "error.required");
    }
    List<DuplicateCandidate> found = List.of();
    try {
      found = others(form, registry.duplicatesOf(actor, form.toBody(json, true)));
    } catch (InvalidRequestException e) {
      FieldErrors.of(e.errors(), RegistrationController::formField).forEach(errors::putIfAbsent);
    }
    if (errors.isEmpty()) {
      form.setStep("family");
    }
    return render(form, errors, found, model);
  }

  private String register(Actor actor, RegistrationForm form, Model model) {
    if (!form.isDuplicatesReviewed()) {
      List<DuplicateCandidate> found = duplicatesOrNone(actor, form);
      if (!found.isEmpty()) {
        form.setStep("consent");
        model.addAttribute("confirmDuplicates", true);
        return render(form, Map.of(), found, model);
      }
    }
    try {
      Registration registration = registry.register(actor, form.getId(), form.toBody(json, false));
      return "redirect:/cases/" + registration.childCase().id() + "?registered";
    } catch (InvalidRequestException e) {
      Map<String, String> errors = FieldErrors.of(e.errors(), RegistrationController::formField);
      form.setStep(firstStepWithError(e.errors()));
      return render(form, errors, List.of(), model);
    }
  }

  private List<DuplicateCandidate> duplicatesOrNone(Actor actor, RegistrationForm form) {
    try {
      return others(form, registry.duplicatesOf(actor, form.toBody(json, true)));
    } catch (InvalidRequestException e) {
      return List.of();  // registration below reports the errors with their fields
    }
  }

  /** Leaves out the case this wizard registered already (a repeated submit), which is not a duplicate of itself. */
  private static List<DuplicateCandidate> others(RegistrationForm form, List<DuplicateCandidate> found) {
    return found.stream().filter(d -> !d.childCase().id().equals(form.getId())).toList();
  }

  /** {@code separation.date} → {@code separationDate}, {@code consent.givenBy} → {@code consentGivenBy}. */
  static String formField(String path) {
    for (String prefix : List.of("separation.", "consent.")) {
      if (path.startsWith(prefix) && path.length() > prefix.length()) {
        String rest = path.substring(prefix.length());
        return prefix.substring(0, prefix.length() - 1) + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return path;
  }

  private static String firstStepWithError(List<FieldError> errors) {
    int first = RegistrationForm.STEPS.size() - 1;
    for (FieldError e : errors) {
      String f = e.field();
      int step = f.startsWith("consent") || f.equals("riskLevel") ? 2
          : f.startsWith("family") || f.startsWith("separation") || f.equals("protectionStatus") ? 1 : 0;
      first = Math.min(first, step);
    }
    return RegistrationForm.STEPS.get(first);
  }

  private String render(RegistrationForm form, Map<String, String> errors, List<DuplicateCandidate> duplicates,
      Model model) {
    form.padFamily();
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("duplicates", duplicates);
    model.addAttribute("steps", RegistrationForm.STEPS);
    return "cases/new";
  }
}
