package org.haven.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.haven.shared.FieldError;

/**
 * The use cases' field errors as message keys for the form that was sent, by the form's field name. The
 * use cases word their messages in English for the API; the pages say "required" or "check this value"
 * in the user's language next to the field, which carries its own label.
 */
final class FieldErrors {
  private FieldErrors() {}

  static Map<String, String> of(List<FieldError> errors) {
    return of(errors, UnaryOperator.identity());
  }

  /** With {@code toFormField} mapping the case body's path ({@code separation.date}) to the form's field name. */
  static Map<String, String> of(List<FieldError> errors, UnaryOperator<String> toFormField) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (FieldError e : errors) {
      keys.putIfAbsent(toFormField.apply(e.field()), e.message() != null && e.message().contains("required")
          ? "error.required" : "error.invalid");
    }
    return keys;
  }
}
