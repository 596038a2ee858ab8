package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.shared.ForbiddenException;
import org.haven.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Base of the page controllers: turns the use cases' refusals into pages instead of problem+json. An
 * ordinary request gets a full error page with the status; an htmx request gets the status, a message
 * swapped out of band into the page's message area and {@code HX-Reswap: none}, so that the part of
 * the page the user was working on stays as it was (see STYLE.md, htmx error policy).
 * Handlers on the controller take precedence over the API's global error advice.
 */
abstract class Pages {

  static boolean isHtmx(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"));
  }

  @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
  String denied(HttpServletRequest request, HttpServletResponse response) {
    return error(request, response, HttpStatus.FORBIDDEN, "error.denied");
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(HttpServletRequest request, HttpServletResponse response) {
    return error(request, response, HttpStatus.NOT_FOUND, "error.notFound");
  }

  @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
  String signedOut(HttpServletRequest request, HttpServletResponse response) {
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (isHtmx(request)) {
      response.setHeader("HX-Redirect", "/login");
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      return "fragments/messages :: empty";
    }
    return "redirect:/login";
  }

  private String error(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key) {
    response.setStatus(status.value());
    request.setAttribute("errorKey", key);
    if (isHtmx(request)) {
      response.setHeader("HX-Reswap", "none");
      return "fragments/messages :: flash";
    }
    return "error/page";
  }
}
