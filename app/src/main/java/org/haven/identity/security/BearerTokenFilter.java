package org.haven.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.haven.identity.Actor;
import org.haven.identity.Authentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a valid {@code Authorization: Bearer} header into the request's {@link Actor}. Built by the security
 * configuration rather than scanned, so that it runs once, inside the security filter chain.
 */
class BearerTokenFilter extends OncePerRequestFilter {
  private final Authentication authentication;

  BearerTokenFilter(Authentication authentication) {
    this.authentication = authentication;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      authentication.actorFor(header.substring(7).trim()).ifPresent(actor -> {
        var auth = new UsernamePasswordAuthenticationToken(actor, null,
            List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        SecurityContextHolder.getContext().setAuthentication(auth);
      });
    }
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return true;
  }
}
