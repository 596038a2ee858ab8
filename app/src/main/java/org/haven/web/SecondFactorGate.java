package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.haven.identity.Actor;
import org.haven.identity.ActorDirectory;
import org.haven.identity.SecondFactor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Holds a signed-in session at the second factor: after the password, a user with a second factor must
 * type a code before any page opens; where the deployment requires a second factor
 * ({@code haven.security.require-second-factor=true}) a user without one must enrol first. The session
 * remembers that the check passed. The API is not behind this gate (its tokens are issued by password).
 */
@Component
class SecondFactorGate implements HandlerInterceptor {
  static final String PASSED = "haven.secondFactor.passed";
  static final List<String> OPEN_PATHS = List.of("/second-factor", "/account/second-factor", "/login", "/logout",
      "/error", "/css/**", "/webjars/**", "/favicon.ico", "/api/**", "/actuator/**", "/v3/**", "/swagger-ui/**");

  private final boolean required;
  private final ActorDirectory actors;
  private final SecondFactor secondFactor;

  SecondFactorGate(@Value("${haven.security.require-second-factor:false}") boolean required, ActorDirectory actors,
      SecondFactor secondFactor) {
    this.required = required;
    this.actors = actors;
    this.secondFactor = secondFactor;
  }

  boolean required() {
    return required;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws java.io.IOException {
    Principal principal = request.getUserPrincipal();
    HttpSession session = request.getSession(false);
    if (principal == null || session == null || session.getAttribute(PASSED) != null) {
      return true;
    }
    Optional<Actor> actor = actors.byUsername(principal.getName());
    if (actor.isEmpty()) {
      return true;
    }
    String next;
    if (secondFactor.enrolled(actor.get().userId())) {
      next = "/second-factor";
    } else if (required) {
      next = "/account/second-factor";
    } else {
      session.setAttribute(PASSED, Boolean.TRUE);
      return true;
    }
    if (Pages.isHtmx(request)) {
      response.setHeader("HX-Redirect", next);
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    } else {
      response.sendRedirect(next);
    }
    return false;
  }
}
