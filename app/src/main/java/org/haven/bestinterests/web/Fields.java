package org.haven.bestinterests.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;

/**
 * Codes read from request bodies as text and parsed here, so that a wrong code is answered with the
 * field's name and the codes it accepts, all bad fields at once.
 */
final class Fields {
  private final List<FieldError> errors = new ArrayList<>();

  <T> T code(String value, String field, Function<String, T> parser) {
    if (value == null) {
      return null;
    }
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, e.getMessage()));
      return null;
    }
  }

  <T> List<T> codes(List<String> values, String field, Function<String, T> parser) {
    if (values == null) {
      return null;
    }
    List<T> parsed = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      T value = code(values.get(i), field + "[" + i + "]", parser);
      if (value != null) {
        parsed.add(value);
      }
    }
    return parsed;
  }

  /** Refuses the request with every bad code found, or passes. */
  void orRefuse() {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }
}
