package org.haven.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.haven.assessment.AssessmentCatalogue;
import org.haven.assessment.Assessments;
import org.haven.assessment.domain.Assessment;
import org.haven.assessment.domain.Level;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.locations.Location;
import org.haven.locations.Locations;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Community (an area) and structural (a country) assessments: the context every child's case in that area or
 * country is read against. Listed and recorded here by the people who write them; a draft is submitted to the
 * supervisors' approval queue like an assessment of a case. The use cases refuse anyone without the right.
 */
@Controller
class ContextAssessmentsPagesController extends Pages {
  private final Assessments assessments;
  private final AssessmentCatalogue catalogue;
  private final Locations locations;
  private final JsonMapper json;

  ContextAssessmentsPagesController(Assessments assessments, AssessmentCatalogue catalogue, Locations locations,
      JsonMapper json) {
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.locations = locations;
    this.json = json;
  }

  /** A context assessment with the place it is about, as the page names it. */
  public record Row(Assessment assessment, String place) {}

  static boolean mayAssessContext(Actor actor) {
    return actor.role().allows(Action.ASSESSMENT_MANAGE) && actor.role().allows(Action.APPROVE);
  }

  @GetMapping("/assessments/context")
  String list(Actor actor, Model model, Locale locale) {
    String lang = Languages.of(locale).code();
    for (Level level : List.of(Level.COMMUNITY, Level.STRUCTURAL)) {
      model.addAttribute(level.code(), assessments.contextAssessments(actor, level).stream()
          .map(a -> new Row(a, a.locationId() == null ? a.country()
              : locations.find(a.locationId()).map(Location::name).orElse("–")))
          .toList());
      model.addAttribute(level.code() + "Factors", catalogue.factors().values().stream()
          .filter(f -> f.level() == level)
          .map(f -> new CaseworkPagesController.Choice(f.code(), label(f.labels(), f.code(), lang))).toList());
    }
    return "assessment/context";
  }

  @PostMapping("/assessments/context")
  String record(Actor actor, @RequestParam(required = false) String level,
      @RequestParam(required = false) List<String> present, @RequestParam MultiValueMap<String, String> form,
      RedirectAttributes flash) {
    Level assessed = Level.STRUCTURAL.code().equals(level) ? Level.STRUCTURAL : Level.COMMUNITY;
    String section = assessed.code();
    return run(section, "context.recorded", flash, () -> {
      ObjectNode body = json.createObjectNode().put("level", assessed.code());
      if (assessed == Level.COMMUNITY) {
        String pcode = blankToNull(form.getFirst("pcode"));
        Location place = pcode == null ? null : locations.byPcode(pcode)
            .orElseThrow(() -> InvalidRequestException.of("pcode", "is not a known location"));
        if (place == null) {
          throw InvalidRequestException.of("pcode", "is required: the area assessed");
        }
        body.put("locationId", place.id().toString());
      } else {
        String country = blankToNull(form.getFirst("country"));
        if (country != null) {
          body.put("country", country.toUpperCase(Locale.ROOT));
        }
      }
      ArrayNode findings = body.putArray("findings");
      List<String> checked = present == null ? List.of() : present;
      for (var factor : catalogue.factors().values()) {
        if (factor.level() == assessed) {
          ObjectNode finding = findings.addObject().put("code", factor.code())
              .put("present", checked.contains(factor.code()));
          String evidence = blankToNull(form.getFirst("evidence." + factor.code()));
          if (evidence != null) {
            finding.put("evidence", evidence);
          }
        }
      }
      String notes = blankToNull(form.getFirst("notes"));
      if (notes != null) {
        body.put("notes", notes);
      }
      return assessments.recordContext(actor, body);
    });
  }

  @PostMapping("/assessments/context/{id}/submit")
  String submit(Actor actor, @PathVariable UUID id, @RequestParam long version,
      @RequestParam(required = false) String level, RedirectAttributes flash) {
    return run(Level.STRUCTURAL.code().equals(level) ? "structural" : "community", "context.submitted", flash,
        () -> assessments.submit(actor, id, version));
  }

  private static String run(String section, String doneKey, RedirectAttributes flash, Supplier<?> useCase) {
    try {
      useCase.get();
      flash.addFlashAttribute("done", doneKey);
    } catch (InvalidRequestException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      FieldErrors.of(e.errors(), path -> "locationId".equals(path) ? "pcode" : path)
          .forEach((field, key) -> errors.put(section + "." + field, key));
      flash.addFlashAttribute("formErrors", errors);
      flash.addFlashAttribute("failedSection", section);
    } catch (StaleVersionException e) {
      flash.addFlashAttribute("formConflict", "casework.conflict.stale");
      flash.addFlashAttribute("failedSection", section);
    } catch (ConflictException e) {
      flash.addFlashAttribute("formConflict", "casework.conflict.state");
      flash.addFlashAttribute("failedSection", section);
    }
    return "redirect:/assessments/context#" + section;
  }

  private static String label(Map<String, String> labels, String code, String lang) {
    return labels == null ? code : labels.getOrDefault(lang, labels.getOrDefault("en", code));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
