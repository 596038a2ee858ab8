package org.haven.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.forms.FormAdministration;
import org.haven.forms.FormConfiguration;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.Agencies;
import org.haven.identity.AgencyType;
import org.haven.identity.RecordScope;
import org.haven.identity.Role;
import org.haven.identity.Users;
import org.haven.locations.LocationImport;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrators' pages: agencies (with their type), users and roles (create, change role or scope,
 * deactivate), the import of the location hierarchy from an HXL CSV file with its errors by line and
 * column, and the lookups and custom fields of the forms with labels in the four languages. Each action
 * is a use case of its module, which checks the role and audits; a refusal shows on the page.
 */
@Controller
class AdminPages extends Pages {
  static final List<String> LANGS = List.of("en", "fr", "ar", "es");

  private final Agencies agencies;
  private final Users users;
  private final LocationImport locations;
  private final FormConfiguration forms;
  private final FormAdministration formAdministration;

  AdminPages(Agencies agencies, Users users, LocationImport locations, FormConfiguration forms,
      FormAdministration formAdministration) {
    this.agencies = agencies;
    this.users = users;
    this.locations = locations;
    this.forms = forms;
    this.formAdministration = formAdministration;
  }

  static boolean mayAdminister(Actor actor) {
    return actor.role().allows(Action.USER_MANAGE) || actor.role().allows(Action.AGENCY_MANAGE)
        || actor.role().allows(Action.LOCATION_MANAGE) || actor.role().allows(Action.FORM_MANAGE);
  }

  @GetMapping("/admin")
  String index(Actor actor, Model model) {
    model.addAttribute("may", Map.of("agencies", actor.role().allows(Action.AGENCY_MANAGE),
        "users", actor.role().allows(Action.USER_MANAGE), "locations", actor.role().allows(Action.LOCATION_MANAGE),
        "forms", actor.role().allows(Action.FORM_MANAGE)));
    return "admin/index";
  }

  // Agencies

  @GetMapping("/admin/agencies")
  String agencies(Actor actor, Model model) {
    return agencyPage(actor, FormValues.empty(), Map.of(), model);
  }

  @PostMapping("/admin/agencies")
  String createAgency(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model) {
    FormValues v = FormValues.of(params);
    try {
      agencies.create(actor, new Agencies.NewAgency(v.get("code"), v.get("name"), v.get("type")));
      return "redirect:/admin/agencies?created";
    } catch (InvalidRequestException e) {
      return agencyPage(actor, v, FieldErrors.of(e.errors()), model);
    } catch (ConflictException e) {
      return agencyPage(actor, v, Map.of("code", "error.taken"), model);
    }
  }

  private String agencyPage(Actor actor, FormValues v, Map<String, String> errors, Model model) {
    model.addAttribute("agencies", agencies.list(actor));
    model.addAttribute("types", Arrays.stream(AgencyType.values()).map(AgencyType::code).toList());
    model.addAttribute("v", v);
    model.addAttribute("errors", errors);
    return "admin/agencies";
  }

  // Users

  @GetMapping("/admin/users")
  String users(Actor actor, Model model) {
    return userPage(actor, FormValues.empty(), Map.of(), null, model);
  }

  @PostMapping("/admin/users")
  String createUser(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model) {
    FormValues v = FormValues.of(params);
    try {
      users.create(actor, new Users.NewUser(v.get("username"), params.getFirst("password"), v.get("fullName"),
          uuid(v.get("agencyId")), v.get("role"), v.get("scope"), List.of()));
      return "redirect:/admin/users?created";
    } catch (InvalidRequestException e) {
      return userPage(actor, v, FieldErrors.of(e.errors()), null, model);
    } catch (ConflictException e) {
      return userPage(actor, v, Map.of("username", "error.taken"), null, model);
    }
  }

  @PostMapping("/admin/users/{id}")
  String changeUser(Actor actor, @PathVariable UUID id, @RequestParam long version, @RequestParam String role,
      @RequestParam(required = false) String scope, @RequestParam(defaultValue = "true") boolean active, Model model) {
    try {
      users.change(actor, id, version, role, scope, active);
      return "redirect:/admin/users?changed";
    } catch (StaleVersionException e) {
      return userPage(actor, FormValues.empty(), Map.of(), "admin.users.stale", model);
    } catch (InvalidRequestException e) {
      return userPage(actor, FormValues.empty(), Map.of(), "admin.users.invalid", model);
    } catch (ConflictException e) {
      return userPage(actor, FormValues.empty(), Map.of(), "admin.users.notYourself", model);
    }
  }

  private String userPage(Actor actor, FormValues v, Map<String, String> errors, String problem, Model model) {
    model.addAttribute("users", users.list(actor));
    model.addAttribute("agencies", actor.role() == Role.SYSTEM_ADMIN ? agencies.list(actor)
        : agencies.list(actor).stream().filter(a -> a.id().equals(actor.agencyId())).toList());
    model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::code).toList());
    model.addAttribute("scopes", Arrays.stream(RecordScope.values()).filter(s -> s != RecordScope.NONE)
        .map(RecordScope::code).toList());
    model.addAttribute("v", v);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("me", actor.userId());
    return "admin/users";
  }

  // Locations

  @GetMapping("/admin/locations")
  String locationsPage(Model model) {
    model.addAttribute("importErrors", List.of());
    return "admin/locations";
  }

  @PostMapping("/admin/locations")
  String importLocations(Actor actor, @RequestParam(required = false) MultipartFile file, Model model) {
    List<FieldError> problems = List.of();
    if (file == null || file.isEmpty()) {
      problems = List.of(new FieldError("file", "choose a CSV file"));
    } else {
      try {
        model.addAttribute("summary", locations.importCsv(actor, file.getInputStream(), StandardCharsets.UTF_8));
      } catch (InvalidRequestException e) {
        problems = e.errors();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    model.addAttribute("importErrors", problems);
    return "admin/locations";
  }

  // Forms and lookups

  @GetMapping("/admin/forms")
  String formsPage(Model model) {
    return formsPage(FormValues.empty(), Map.of(), null, model);
  }

  @PostMapping("/admin/lookups/values")
  String addLookupValue(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model) {
    FormValues v = FormValues.of(params);
    try {
      formAdministration.addLookupValue(actor, v.get("lookup"), new FormAdministration.NewLookupValue(
          v.get("code"), labels(v, "label.")));
      return "redirect:/admin/forms?valueAdded";
    } catch (InvalidRequestException e) {
      return formsPage(v, FieldErrors.of(e.errors(), f -> f.startsWith("labels.") ? "label." + f.substring(7) : f),
          "value", model);
    } catch (ConflictException e) {
      return formsPage(v, Map.of("code", "error.taken"), "value", model);
    }
  }

  @PostMapping("/admin/forms/fields")
  String addField(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model) {
    FormValues v = FormValues.of(params);
    try {
      formAdministration.addField(actor, FormConfiguration.REGISTRATION, new FormAdministration.NewField(
          v.get("field.key"), v.get("field.type"), v.get("field.lookup"), v.on("field.required"), null, null, null,
          labels(v, "field.label."), null, null));
      return "redirect:/admin/forms?fieldAdded";
    } catch (InvalidRequestException e) {
      return formsPage(v, FieldErrors.of(e.errors(), f -> "field." + (f.startsWith("labels.")
          ? "label." + f.substring(7) : f)), "field", model);
    } catch (ConflictException e) {
      return formsPage(v, Map.of("field.key", "error.taken"), "field", model);
    }
  }

  private String formsPage(FormValues v, Map<String, String> errors, String refused, Model model) {
    model.addAttribute("lookups", forms.lookups().stream().filter(l -> !"iso".equals(l.source())).toList());
    model.addAttribute("fields", forms.registrationForm().fields());
    model.addAttribute("types", List.of("text", "integer", "boolean", "date", "partial_date", "select",
        "multi_select"));
    model.addAttribute("langs", LANGS);
    model.addAttribute("v", v);
    model.addAttribute("errors", errors);
    model.addAttribute("refused", refused);
    return "admin/forms";
  }

  private static Map<String, String> labels(FormValues v, String prefix) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String lang : LANGS) {
      String label = v.get(prefix + lang);
      if (label != null) {
        labels.put(lang, label);
      }
    }
    return labels;
  }

  private static UUID uuid(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
