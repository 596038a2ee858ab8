package org.haven.forms.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.haven.forms.FieldDefinition;
import org.haven.forms.Form;
import org.haven.forms.FormAdministration;
import org.haven.forms.FormConfiguration;
import org.haven.identity.Actor;
import org.haven.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Forms as clients render them; any signed-in user reads them, form managers extend them. */
@RestController
@RequestMapping("/api/v1/forms")
@Tag(name = "Forms and lookups")
class FormController {
  private final FormConfiguration configuration;
  private final FormAdministration administration;

  FormController(FormConfiguration configuration, FormAdministration administration) {
    this.configuration = configuration;
    this.administration = administration;
  }

  @GetMapping("/{formId}")
  Form get(Actor actor, @PathVariable String formId) {
    return configuration.form(formId).orElseThrow(() -> new NotFoundException("form " + formId));
  }

  @PostMapping("/{formId}/fields")
  ResponseEntity<FieldDefinition> addField(Actor actor, @PathVariable String formId,
      @RequestBody FormAdministration.NewField request) {
    FieldDefinition field = administration.addField(actor, formId, request);
    return ResponseEntity.created(URI.create("/api/v1/forms/" + formId)).body(field);
  }
}
