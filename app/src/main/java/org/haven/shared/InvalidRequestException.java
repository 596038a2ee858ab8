package org.haven.shared;

import java.util.List;

/** The request names bad fields; nothing of it was stored. Answered with 400 and the list of fields. */
public class InvalidRequestException extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidRequestException(List<FieldError> errors) {
    super(errors.size() + " invalid field(s): " + errors.stream().map(FieldError::field).toList());
    this.errors = List.copyOf(errors);
  }

  public static InvalidRequestException of(String field, String message) {
    return new InvalidRequestException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
