package org.haven.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.haven.identity.Authentication;
import org.haven.identity.Authentication.LoginResult;
import org.haven.shared.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {
  private final Authentication authentication;

  AuthController(Authentication authentication) {
    this.authentication = authentication;
  }

  record Credentials(String username, String password) {}

  record TokenResponse(String token, Instant expiresAt) {}

  @PostMapping("/token")
  @Operation(summary = "Exchange a username and password for an expiring bearer token")
  ResponseEntity<?> token(@RequestBody Credentials credentials, HttpServletRequest request) {
    LoginResult result = authentication.login(credentials.username(), credentials.password(), request.getRemoteAddr());
    if (result instanceof LoginResult.Success success) {
      return ResponseEntity.ok(new TokenResponse(success.token().token(), success.token().expiresAt()));
    }
    if (result instanceof LoginResult.Throttled throttled) {
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
          .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, throttled.retryAfter().toSeconds())))
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too many failed logins; try again later"));
    }
    return Problems.respond(Problems.problem(HttpStatus.UNAUTHORIZED, "wrong username or password"));
  }
}
