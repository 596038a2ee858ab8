package org.haven.identity.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.haven.identity.Actor;
import org.haven.identity.Agencies;
import org.haven.identity.Agency;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Administration")
class AgencyController {
  private final Agencies agencies;

  AgencyController(Agencies agencies) {
    this.agencies = agencies;
  }

  record AgencyView(UUID id, String code, String name, String type, long version) {
    static AgencyView of(Agency agency) {
      return new AgencyView(agency.id(), agency.code(), agency.name(), agency.type().code(), agency.version());
    }
  }

  @PostMapping
  ResponseEntity<AgencyView> create(Actor actor, @RequestBody Agencies.NewAgency request) {
    Agency agency = agencies.create(actor, request);
    return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency.id())).body(AgencyView.of(agency));
  }

  @GetMapping
  List<AgencyView> list(Actor actor) {
    return agencies.list(actor).stream().map(AgencyView::of).toList();
  }

  @GetMapping("/{id}")
  AgencyView get(Actor actor, @PathVariable UUID id) {
    agencies.list(actor);
    return AgencyView.of(agencies.get(id));
  }
}
