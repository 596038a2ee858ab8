package org.haven.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.haven.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/** Answers unauthenticated API calls with 401 problem+json. */
class ProblemEntryPoint implements AuthenticationEntryPoint {
  private final JsonMapper json;

  ProblemEntryPoint(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer");
    write(response, HttpStatus.UNAUTHORIZED, "a valid bearer token is required", Map.of());
  }

  void write(HttpServletResponse response, HttpStatus status, String detail, Map<String, Object> extra)
      throws IOException {
    ProblemDetail problem = Problems.problem(status, detail);
    extra.forEach(problem::setProperty);
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    json.writeValue(response.getOutputStream(), problem);
  }
}
