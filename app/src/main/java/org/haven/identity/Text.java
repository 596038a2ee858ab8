package org.haven.identity;

import java.util.List;
import org.haven.shared.FieldError;

/** Validation of the short text fields of administration requests. */
final class Text {
  private Text() {}

  static String required(String value, String field, int maxLength, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
    }
    return trimmed;
  }
}
