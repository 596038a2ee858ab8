package org.haven.forms.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.haven.forms.FormAdministration;
import org.haven.forms.FormConfiguration;
import org.haven.forms.Lookup;
import org.haven.forms.LookupValue;
import org.haven.identity.Actor;
import org.haven.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lookups (coded values with labels); any signed-in user reads them, form managers extend them. */
@RestController
@RequestMapping("/api/v1/lookups")
@Tag(name = "Forms and lookups")
class LookupController {
  private final FormConfiguration configuration;
  private final FormAdministration administration;

  LookupController(FormConfiguration configuration, FormAdministration administration) {
    this.configuration = configuration;
    this.administration = administration;
  }

  @GetMapping
  List<Lookup> list(Actor actor) {
    return configuration.lookups().stream()
        .sorted(java.util.Comparator.comparing(Lookup::id)).toList();
  }

  @GetMapping("/{lookupId}")
  Lookup get(Actor actor, @PathVariable String lookupId) {
    return configuration.lookup(lookupId).orElseThrow(() -> new NotFoundException("lookup " + lookupId));
  }

  @PostMapping
  ResponseEntity<Lookup> create(Actor actor, @RequestBody FormAdministration.NewLookup request) {
    Lookup lookup = administration.addLookup(actor, request);
    return ResponseEntity.created(URI.create("/api/v1/lookups/" + lookup.id())).body(lookup);
  }

  @PostMapping("/{lookupId}/values")
  ResponseEntity<LookupValue> addValue(Actor actor, @PathVariable String lookupId,
      @RequestBody FormAdministration.NewLookupValue request) {
    LookupValue value = administration.addLookupValue(actor, lookupId, request);
    return ResponseEntity.created(URI.create("/api/v1/lookups/" + lookupId)).body(value);
  }
}
