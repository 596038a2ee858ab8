package org.haven.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.haven.shared.FieldError;
import tools.jackson.databind.JsonNode;

/** Small checks shared by the casework records' bodies, each adding a field error naming the field. */
final class CaseDocuments {
  private CaseDocuments() {}

  static String text(JsonNode body, String field, int max, boolean required, List<FieldError> errors) {
    JsonNode node = body == null ? null : body.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return null;
    }
    if (!node.isString() || (required && node.asString().isBlank()) || node.asString().length() > max) {
      errors.add(new FieldError(field, (required ? "is required, " : "must be ") + "text of at most " + max
          + " characters"));
      return null;
    }
    return node.asString().strip();
  }

  static LocalDate date(JsonNode body, String field, boolean required, List<FieldError> errors) {
    String value = text(body, field, 10, required, errors);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
      return null;
    }
  }
}
