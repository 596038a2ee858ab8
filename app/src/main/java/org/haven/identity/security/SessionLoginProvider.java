package org.haven.identity.security;

import org.haven.identity.Authentication.SignInResult;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the login form through the identity module's {@link org.haven.identity.Authentication}, so that
 * the web pages share the API's password check, throttling and login audit.
 */
class SessionLoginProvider implements AuthenticationProvider {
  private final org.haven.identity.Authentication authentication;

  SessionLoginProvider(org.haven.identity.Authentication authentication) {
    this.authentication = authentication;
  }

  @Override
  public org.springframework.security.core.Authentication authenticate(
      org.springframework.security.core.Authentication request) throws AuthenticationException {
    String username = request.getName();
    String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
    String address = request.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : "unknown";
    SignInResult result = authentication.signIn(username, password, address);
    if (result instanceof SignInResult.SignedIn signedIn) {
      return new SessionLogin(signedIn.actor());
    }
    if (result instanceof SignInResult.Throttled) {
      throw new LockedException("too many failed logins");
    }
    throw new BadCredentialsException("wrong credentials");
  }

  @Override
  public boolean supports(Class<?> type) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
  }
}
