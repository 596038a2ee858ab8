package org.haven.web;

import java.util.Map;
import java.util.UUID;
import org.haven.cases.CaseRegistry;
import org.haven.cases.domain.ChildCase;
import org.haven.forms.FormConfiguration;
import org.haven.identity.Actor;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editing one part of a case on its own page: family members, care arrangements over time, the journey's
 * legs, consent with its legal basis, protection concerns. The whole case goes to the use case with the
 * version the form started from, so a save after someone else's is refused, the page says so and keeps
 * what was typed, and nothing is overwritten.
 */
@Controller
class SectionEditController extends Pages {
  private final CaseRegistry registry;
  private final FormConfiguration forms;
  private final JsonMapper json;

  SectionEditController(CaseRegistry registry, FormConfiguration forms, JsonMapper json) {
    this.registry = registry;
    this.forms = forms;
    this.json = json;
  }

  @GetMapping("/cases/{id}/edit/{part}")
  String edit(Actor actor, @PathVariable UUID id, @PathVariable String part, Model model) {
    SectionEditor editor = editor(part);
    ChildCase c = registry.get(actor, id);
    FormValues v = editor.values(json.valueToTree(c.details())).put("version", String.valueOf(c.version()));
    return page(c, editor, v, Map.of(), false, model);
  }

  @PostMapping("/cases/{id}/edit/{part}")
  String save(Actor actor, @PathVariable UUID id, @PathVariable String part,
      @RequestParam MultiValueMap<String, String> params, @RequestParam(required = false) String action, Model model) {
    SectionEditor editor = editor(part);
    FormValues v = FormValues.of(params);
    ChildCase current = registry.get(actor, id);
    if ("addRow".equals(action)) {
      v.put("rows", String.valueOf(editor.rows(v) + 1));
      return page(current, editor, v, Map.of(), false, model);
    }
    ObjectNode body = json.valueToTree(current.details());
    CasePageController.withoutEmpty(body);
    editor.apply(v, body);
    long version;
    try {
      version = Long.parseLong(v.get("version"));
    } catch (RuntimeException e) {
      version = -1;
    }
    try {
      registry.update(actor, id, version, body);
      return "redirect:/cases/" + id + "?saved#section-" + part;
    } catch (StaleVersionException e) {
      return page(current, editor, v, Map.of(), true, model);
    } catch (InvalidRequestException e) {
      return page(current, editor, v, FieldErrors.of(e.errors(), SectionEditor::formField), false, model);
    }
  }

  private SectionEditor editor(String part) {
    return SectionEditor.of(forms, part).orElseThrow(() -> new NotFoundException("part " + part));
  }

  private String page(ChildCase c, SectionEditor editor, FormValues v, Map<String, String> errors, boolean stale,
      Model model) {
    model.addAttribute("c", c);
    model.addAttribute("part", editor.key());
    model.addAttribute("partLabel", editor.definition().key());
    model.addAttribute("isList", editor.isList());
    model.addAttribute("isCodes", editor.isCodes());
    model.addAttribute("fields", editor.fields().stream().filter(f -> !SectionEditor.hidden(f)).toList());
    model.addAttribute("hiddenFields", editor.fields().stream().filter(SectionEditor::hidden).toList());
    model.addAttribute("rows", SectionEditor.rowIndexes(editor.isList() ? editor.rows(v) : 1));
    model.addAttribute("v", v);
    model.addAttribute("errors", errors);
    model.addAttribute("stale", stale);
    return "cases/edit-part";
  }
}
