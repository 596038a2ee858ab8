package org.haven.identity.security;

import java.util.List;
import java.util.UUID;
import org.haven.identity.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A browser session's login, kept in the HTTP session. It holds the user's id and name only: the actor
 * (role, scope, agency) is looked up again on every request, so that a deactivated user or a changed
 * role takes effect at once, not at the next login.
 */
public final class SessionLogin extends AbstractAuthenticationToken {
  private static final long serialVersionUID = 1L;

  private final UUID userId;
  private final String username;

  SessionLogin(Actor actor) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
    this.userId = actor.userId();
    this.username = actor.username();
    setAuthenticated(true);
  }

  public UUID userId() {
    return userId;
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public Object getPrincipal() {
    return username;
  }

  @Override
  public String getName() {
    return username;
  }
}
