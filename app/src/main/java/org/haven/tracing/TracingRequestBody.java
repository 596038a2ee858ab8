package org.haven.tracing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.haven.cases.ChildDescriptions;
import org.haven.forms.FormConfiguration;
import org.haven.locations.Locations;
import org.haven.matching.Description;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.haven.tracing.domain.TracingStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a tracing request body: who is asking (inquirer), the child sought (read with the same rules as
 * a case body, so both sides of a match are normalised alike), and the separation. Every bad field is
 * reported at once, by its path; nothing is stored unless all are valid.
 */
@Component
class TracingRequestBody {
  static final int MAX_TEXT = 500;
  private static final Set<String> TOP = Set.of("inquirer", "sought", "separation", "locationId", "status", "id",
      "version", "ownerId", "agencyId", "createdAt", "createdBy", "updatedAt", "updatedBy");
  private static final Set<String> INQUIRER = Set.of("name", "relationship", "contact");

  private final ChildDescriptions children;
  private final FormConfiguration forms;
  private final Locations locations;
  private final JsonMapper json;

  TracingRequestBody(ChildDescriptions children, FormConfiguration forms, Locations locations, JsonMapper json) {
    this.children = children;
    this.forms = forms;
    this.locations = locations;
    this.json = json;
  }

  /** A valid request: the document as the API shows it, the sought child as a description, its status. */
  record Parsed(ObjectNode document, Description description, TracingStatus status, UUID locationId) {}

  Parsed parse(UUID requestId, JsonNode body, LocalDate filedOn) {
    if (body == null || !body.isObject()) {
      throw InvalidRequestException.of("body", "must be a JSON object");
    }
    List<FieldError> errors = new ArrayList<>();
    body.propertyNames().forEach(name -> {
      if (!TOP.contains(name)) {
        errors.add(new FieldError(name, "is not a field of a tracing request"));
      }
    });
    ObjectNode document = json.createObjectNode();
    JsonNode inquirer = inquirer(body.get("inquirer"), errors);
    document.set("inquirer", inquirer);
    ObjectNode sought = objectOrError(body.get("sought"), "sought", true, errors);
    ObjectNode separation = objectOrError(body.get("separation"), "separation", false, errors);
    Description description = null;
    if (sought != null) {
      description = describe(requestId, sought, separation, filedOn, errors);
      document.set("sought", sought);
    }
    if (separation != null) {
      document.set("separation", separation);
    }
    TracingStatus status = status(body.get("status"), errors);
    UUID locationId = location(body.get("locationId"), errors);
    if (locationId != null) {
      document.put("locationId", locationId.toString());
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return new Parsed(document, withInquirerAsParent(description, inquirer), status, locationId);
  }

  private Description describe(UUID requestId, ObjectNode sought, ObjectNode separation, LocalDate filedOn,
      List<FieldError> errors) {
    if (text(sought, "givenName") == null && text(sought, "familyName") == null
        && (sought.get("otherNames") == null || sought.get("otherNames").isEmpty())) {
      errors.add(new FieldError("sought.givenName", "a name of the child sought is needed: givenName, familyName "
          + "or otherNames"));
    }
    if (separation != null && sought.has("separation")) {
      errors.add(new FieldError("sought.separation", "give the separation once, at the top level"));
      return null;
    }
    ObjectNode child = sought.deepCopy();
    if (separation != null) {
      child.set("separation", separation);
    }
    try {
      return children.describe(requestId.toString(), child, filedOn);
    } catch (InvalidRequestException e) {
      // The separation was read inside the child; its errors belong to the top-level field.
      e.errors().forEach(err -> errors.add(new FieldError(
          separation != null && err.field().startsWith("separation") ? err.field() : "sought." + err.field(),
          err.message())));
      return null;
    }
  }

  private JsonNode inquirer(JsonNode node, List<FieldError> errors) {
    ObjectNode inquirer = objectOrError(node, "inquirer", true, errors);
    if (inquirer == null) {
      return null;
    }
    inquirer.propertyNames().forEach(name -> {
      if (!INQUIRER.contains(name)) {
        errors.add(new FieldError("inquirer." + name, "is not a field of the inquirer"));
      }
    });
    ObjectNode out = json.createObjectNode();
    String name = stringField(inquirer, "name", "inquirer.name", errors);
    if (name == null && errors.stream().noneMatch(e -> e.field().equals("inquirer.name"))) {
      errors.add(new FieldError("inquirer.name", "is required"));
    }
    out.put("name", name);
    String relationship = stringField(inquirer, "relationship", "inquirer.relationship", errors);
    if (relationship != null && !forms.isLookupValue("family_relationship", relationship)) {
      errors.add(new FieldError("inquirer.relationship", "'" + relationship
          + "' is not a value of the lookup family_relationship"));
    }
    if (relationship != null) {
      out.put("relationship", relationship);
    }
    String contact = stringField(inquirer, "contact", "inquirer.contact", errors);
    if (contact != null) {
      out.put("contact", contact);
    }
    return out;
  }

  private ObjectNode objectOrError(JsonNode node, String path, boolean required, List<FieldError> errors) {
    if (node == null || node.isNull()) {
      if (required) {
        errors.add(new FieldError(path, "is required"));
      }
      return null;
    }
    if (!node.isObject()) {
      errors.add(new FieldError(path, "must be an object"));
      return null;
    }
    return (ObjectNode) node.deepCopy();
  }

  private static String stringField(JsonNode parent, String name, String path, List<FieldError> errors) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isString()) {
      errors.add(new FieldError(path, "must be a string"));
      return null;
    }
    String value = node.asString().strip();
    if (value.length() > MAX_TEXT) {
      errors.add(new FieldError(path, "must be at most " + MAX_TEXT + " characters"));
      return null;
    }
    return value.isEmpty() ? null : value;
  }

  private static String text(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    return node != null && node.isString() && !node.asString().isBlank() ? node.asString() : null;
  }

  private static TracingStatus status(JsonNode node, List<FieldError> errors) {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return TracingStatus.fromCode(node.isString() ? node.asString() : "");
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("status", "must be one of " + TracingStatus.codes()));
      return null;
    }
  }

  private UUID location(JsonNode node, List<FieldError> errors) {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      UUID id = UUID.fromString(node.isString() ? node.asString() : "");
      if (!locations.exists(id)) {
        errors.add(new FieldError("locationId", "names no known location"));
        return null;
      }
      return id;
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("locationId", "must be a UUID"));
      return null;
    }
  }

  /**
   * A parent asking for their child is the child's parent: their name is evidence the matching library
   * compares with the parents recorded on cases, unless the sought child's family already names one.
   */
  private static Description withInquirerAsParent(Description d, JsonNode inquirer) {
    String relationship = inquirer.path("relationship").asString(null);
    String name = inquirer.path("name").asString(null);
    boolean father = "father".equals(relationship) && d.fatherName() == null;
    boolean mother = "mother".equals(relationship) && d.motherName() == null;
    if (!father && !mother) {
      return d;
    }
    return new Description(d.recordId(), d.givenName(), d.familyName(), d.otherNames(), d.sex(), d.dateOfBirth(),
        d.ageYears(), d.nationality(), d.placeOfOrigin(), father ? name : d.fatherName(),
        mother ? name : d.motherName(), d.separationDate(), d.separationPlace(), d.recordedOn(), d.recordedIn());
  }
}
