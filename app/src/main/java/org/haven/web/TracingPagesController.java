package org.haven.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.identity.Actor;
import org.haven.shared.InvalidRequestException;
import org.haven.tracing.TracingRequests;
import org.haven.tracing.TracingRequests.TracingRequest;
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
 * Tracing requests on the web: the list, filing a request for a family member looking for a child, and a
 * request with its potential matches. Filing carries an id chosen when the form opened, so a repeated
 * submit files one request. Matching runs in the background: the request page lists what has been found
 * so far, and later visits show matches found since.
 */
@Controller
class TracingPagesController extends Pages {
  static final List<String> INQUIRER = List.of("name", "relationship", "contact");
  static final List<String> SOUGHT = List.of("givenName", "familyName", "sex", "dateOfBirth", "placeOfOrigin");
  static final List<String> SEPARATION = List.of("date", "place", "cause");

  private final TracingRequests requests;
  private final MatchPages matches;
  private final JsonMapper json;

  TracingPagesController(TracingRequests requests, MatchPages matches, JsonMapper json) {
    this.requests = requests;
    this.matches = matches;
    this.json = json;
  }

  @GetMapping("/tracing")
  String list(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("requests", requests.list(actor, new TracingRequests.ListQuery(null, Math.max(0, page), 20)));
    model.addAttribute("page", Math.max(0, page));
    return "tracing/list";
  }

  @GetMapping("/tracing/new")
  String start(Model model) {
    return form(FormValues.empty().put("id", UUID.randomUUID().toString()), Map.of(), model);
  }

  @PostMapping("/tracing/new")
  String file(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model) {
    FormValues v = FormValues.of(params);
    UUID id;
    try {
      id = UUID.fromString(v.get("id"));
    } catch (RuntimeException e) {
      id = UUID.randomUUID();
      v.put("id", id.toString());
    }
    try {
      TracingRequests.Filing filing = requests.file(actor, id, body(v));
      return "redirect:/tracing/" + filing.request().id() + "?filed";
    } catch (InvalidRequestException e) {
      return form(v, FieldErrors.of(e.errors()), model);
    }
  }

  @GetMapping("/tracing/{id}")
  String show(Actor actor, @PathVariable UUID id, Model model) {
    TracingRequest request = requests.get(actor, id);
    model.addAttribute("r", request);
    model.addAttribute("doc", request.document());
    model.addAttribute("matches", matches.ofRequest(actor, id));
    return "tracing/show";
  }

  private String form(FormValues v, Map<String, String> errors, Model model) {
    model.addAttribute("v", v);
    model.addAttribute("errors", errors);
    return "tracing/new";
  }

  /** The request body the use case reads: the inquirer, the child sought, the separation. */
  private ObjectNode body(FormValues v) {
    ObjectNode body = json.createObjectNode();
    ObjectNode inquirer = body.putObject("inquirer");
    v.copyText(inquirer, "inquirer.", INQUIRER);
    ObjectNode sought = body.putObject("sought");
    v.copyText(sought, "sought.", SOUGHT);
    v.copyInteger(sought, "sought.", "ageYears");
    ObjectNode separation = json.createObjectNode();
    v.copyText(separation, "separation.", SEPARATION);
    if (!separation.isEmpty()) {
      body.set("separation", separation);
    }
    return body;
  }
}
