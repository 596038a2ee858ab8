package org.haven.identity.web;

import org.haven.identity.Actor;
import org.haven.identity.Authentication;
import org.haven.identity.security.SessionLogin;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets controllers take the {@link Actor} as a plain parameter. This is the only place that reads the
 * security context; from here on the actor is passed explicitly. A bearer token's filter has already
 * resolved the actor; a browser session holds only the user's id, and the actor is looked up again here,
 * so that a deactivated user is refused at once.
 */
class CurrentActorResolver implements HandlerMethodArgumentResolver {
  private final Authentication authentication;

  CurrentActorResolver(Authentication authentication) {
    this.authentication = authentication;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().equals(Actor.class);
  }

  @Override
  public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
      WebDataBinderFactory binders) {
    var current = SecurityContextHolder.getContext().getAuthentication();
    if (current != null && current.getPrincipal() instanceof Actor actor) {
      return actor;
    }
    if (current instanceof SessionLogin session) {
      return authentication.currentActor(session.userId())
          .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("the user is no longer active"));
    }
    throw new AuthenticationCredentialsNotFoundException("no authenticated user");
  }
}
