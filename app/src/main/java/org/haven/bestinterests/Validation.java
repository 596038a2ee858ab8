package org.haven.bestinterests;

import java.util.ArrayList;
import java.util.List;
import org.haven.bestinterests.domain.ChildViews;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;

/** Collects field errors of a request and refuses it with all of them at once. */
final class Validation {
  static final int MAX_TEXT = 10_000;
  static final int MAX_SHORT = 500;

  private final List<FieldError> errors = new ArrayList<>();

  Validation required(Object value, String field) {
    if (value == null || value instanceof String s && s.isBlank()) {
      errors.add(new FieldError(field, "is required"));
    }
    return this;
  }

  Validation length(String value, String field, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
    return this;
  }

  Validation oneOf(String value, String field, List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      errors.add(new FieldError(field, "must be one of " + String.join(", ", allowed)));
    }
    return this;
  }

  Validation date(String value, String field) {
    if (value != null) {
      try {
        java.time.LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
      }
    }
    return this;
  }

  Validation check(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  Validation childViews(ChildViews v, String prefix) {
    if (v == null) {
      return this;
    }
    length(v.views(), prefix + ".views", MAX_TEXT);
    oneOf(v.howObtained(), prefix + ".howObtained", ChildViews.HOW_OBTAINED);
    date(v.obtainedOn(), prefix + ".obtainedOn");
    check(v.ageAtInterview() == null || (v.ageAtInterview() >= 0 && v.ageAtInterview() <= 25),
        prefix + ".ageAtInterview", "must be from 0 to 25");
    length(v.maturity(), prefix + ".maturity", MAX_SHORT);
    length(v.weightGiven(), prefix + ".weightGiven", MAX_TEXT);
    length(v.notObtainedReason(), prefix + ".notObtainedReason", MAX_SHORT);
    return this;
  }

  /** Refuses the request with every error found, or passes. */
  void orRefuse() {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  /** Fields still missing for a step, as field errors. */
  static void requireComplete(List<String> missing, String step) {
    if (!missing.isEmpty()) {
      throw new InvalidRequestException(missing.stream()
          .map(f -> new FieldError(f, "is required before " + step)).toList());
    }
  }
}
