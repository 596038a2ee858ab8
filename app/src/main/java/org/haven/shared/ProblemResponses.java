package org.haven.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Maps every error the API can answer to problem+json, in one place. Messages name fields and rules,
 * never the content of a child's record; unexpected failures are logged by type only.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses {
  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
    return Problems.respond(Problems.invalid(e.errors()));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> beanValidation(MethodArgumentNotValidException e) {
    List<FieldError> errors = new ArrayList<>();
    e.getBindingResult().getFieldErrors()
        .forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
    return Problems.respond(Problems.invalid(errors));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PayloadTooLargeException tooLarge) {
        return tooLarge(tooLarge);
      }
      if (t instanceof JacksonException json) {
        String path = JsonPaths.describe(json);
        String field = path.isEmpty() ? "body" : path;
        return Problems.respond(Problems.invalid(List.of(new FieldError(field, JsonPaths.reason(json)))));
      }
    }
    return Problems.respond(Problems.invalid(List.of(new FieldError("body", "is missing or is not valid JSON"))));
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
    return Problems.respond(Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    return Problems.respond(Problems.invalid(List.of(new FieldError(e.getName(), "has an invalid value"))));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
    return Problems.respond(Problems.invalid(List.of(new FieldError(e.getHeaderName(), "is required"))));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
  ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
    return Problems.respond(Problems.problem(HttpStatus.FORBIDDEN, e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    return Problems.respond(Problems.problem(HttpStatus.CONFLICT, e.getMessage()));
  }

  @ExceptionHandler(StaleVersionException.class)
  ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
    return Problems.respond(Problems.problem(HttpStatus.PRECONDITION_FAILED, e.getMessage()));
  }

  @ExceptionHandler(VersionRequiredException.class)
  ResponseEntity<ProblemDetail> versionRequired(VersionRequiredException e) {
    return Problems.respond(Problems.problem(HttpStatus.PRECONDITION_REQUIRED, e.getMessage()));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return Problems.respond(Problems.problem(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage()));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return Problems.respond(Problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage()));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
    return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, "no such resource"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    // The type and the path only: exception messages can quote a child's data.
    log.error("unexpected {} on {} {}", e.getClass().getName(), request.getMethod(), request.getRequestURI());
    return Problems.respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "an unexpected error occurred"));
  }
}
