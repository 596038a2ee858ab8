package org.haven.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.haven.identity.persistence.AgencyRows;
import org.haven.identity.persistence.TokenRows;
import org.haven.identity.persistence.UserRows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Exchanging a username and password for an expiring API token, and a token for the actor behind it. */
@Service
public class Authentication {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserRows users;
  private final AgencyRows agencies;
  private final TokenRows tokens;
  private final PasswordEncoder passwords;
  private final LoginThrottle throttle;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration tokenTtl;
  // Compared against when the username is unknown, so that the answer takes as long as for a known one.
  private final String decoyHash;

  Authentication(UserRows users, AgencyRows agencies, TokenRows tokens, PasswordEncoder passwords,
      LoginThrottle throttle, ApplicationEventPublisher events, Clock clock,
      @Value("${haven.security.token-ttl}") Duration tokenTtl) {
    this.users = users;
    this.agencies = agencies;
    this.tokens = tokens;
    this.passwords = passwords;
    this.throttle = throttle;
    this.events = events;
    this.clock = clock;
    this.tokenTtl = tokenTtl;
    this.decoyHash = passwords.encode(UUID.randomUUID().toString());
  }

  public record IssuedToken(String token, Instant expiresAt) {}

  public sealed interface LoginResult {
    record Success(IssuedToken token) implements LoginResult {}

    record Rejected() implements LoginResult {}

    record Throttled(Duration retryAfter) implements LoginResult {}
  }

  /** The outcome of checking a username and password for a browser session. */
  public sealed interface SignInResult {
    record SignedIn(Actor actor) implements SignInResult {}

    record Rejected() implements SignInResult {}

    record Throttled(Duration retryAfter) implements SignInResult {}
  }

  @Transactional
  public LoginResult login(String username, String password, String clientAddress) {
    SignInResult result = check(username, password, clientAddress);
    if (result instanceof SignInResult.SignedIn signedIn) {
      return new LoginResult.Success(issueToken(signedIn.actor().userId()));
    }
    return result instanceof SignInResult.Throttled throttled ? new LoginResult.Throttled(throttled.retryAfter())
        : new LoginResult.Rejected();
  }

  /**
   * Checks a username and password for a browser session: the same throttling, password check and login
   * audit as for API tokens, without issuing a token.
   */
  @Transactional
  public SignInResult signIn(String username, String password, String clientAddress) {
    return check(username, password, clientAddress);
  }

  /** The actor of a signed-in user as of now: empty once the user is deactivated, current after role changes. */
  public Optional<Actor> currentActor(UUID userId) {
    return users.find(userId).filter(User::active).flatMap(this::actorOf);
  }

  private SignInResult check(String username, String password, String clientAddress) {
    Optional<Duration> wait = throttle.blockedFor(username, clientAddress);
    if (wait.isPresent()) {
      events.publishEvent(new IdentityEvents.LoginFailed(null, "throttled"));
      return new SignInResult.Throttled(wait.get());
    }
    Optional<UserRows.Credentials> credentials = username == null ? Optional.empty() : users.credentials(username);
    boolean matches = passwords.matches(password == null ? "" : password,
        credentials.map(UserRows.Credentials::passwordHash).orElse(decoyHash));
    Optional<Actor> actor = credentials.filter(c -> matches && c.user().active()).flatMap(c -> actorOf(c.user()));
    if (actor.isEmpty()) {
      throttle.recordFailure(username, clientAddress);
      events.publishEvent(new IdentityEvents.LoginFailed(credentials.map(c -> c.user().id()).orElse(null),
          "wrong credentials"));
      return new SignInResult.Rejected();
    }
    throttle.recordSuccess(username);
    events.publishEvent(new IdentityEvents.LoginSucceeded(actor.get().userId()));
    return new SignInResult.SignedIn(actor.get());
  }

  private IssuedToken issueToken(UUID userId) {
    String token = newToken();
    Instant now = clock.instant();
    Instant expiresAt = now.plus(tokenTtl);
    tokens.insert(hash(token), userId, now, expiresAt);
    return new IssuedToken(token, expiresAt);
  }

  /** The actor a bearer token stands for, if the token is known, unexpired and its user active. */
  public Optional<Actor> actorFor(String token) {
    String tokenHash = hash(token);
    Instant now = clock.instant();
    Remembered remembered = recentActors.get(tokenHash);
    if (remembered != null && now.isBefore(remembered.validUntil())) {
      return Optional.of(remembered.actor());
    }
    Optional<TokenRows.Holder> holder = tokens.holderOf(tokenHash, now);
    Optional<Actor> actor = holder.flatMap(h -> users.find(h.userId())).filter(User::active).flatMap(this::actorOf);
    if (actor.isEmpty()) {
      recentActors.remove(tokenHash);
      return actor;
    }
    if (recentActors.size() >= MAX_REMEMBERED) {
      recentActors.clear();
    }
    Instant until = now.plus(REMEMBER_ACTOR);
    recentActors.put(tokenHash,
        new Remembered(actor.get(), holder.get().expiresAt().isBefore(until) ? holder.get().expiresAt() : until));
    return actor;
  }

  /**
   * Resolving a token takes four queries (token, user, the user's locations, agency), more than the rest
   * of a read by id; a client sends many requests in a row with one token, so the actor is remembered for a
   * few seconds, never beyond the token's expiry. A change to a user (role, scope, deactivation) forgets
   * their remembered tokens once it commits; a change to an agency reaches a token within {@link #REMEMBER_ACTOR}.
   */
  private record Remembered(Actor actor, Instant validUntil) {}

  static final Duration REMEMBER_ACTOR = Duration.ofSeconds(5);
  private static final int MAX_REMEMBERED = 10_000;
  private final Map<String, Remembered> recentActors = new ConcurrentHashMap<>();

  /** After the change commits, so that a request running meanwhile cannot remember the user as they were. */
  @TransactionalEventListener(fallbackExecution = true)
  void forget(IdentityEvents.UserChanged changed) {
    recentActors.values().removeIf(r -> r.actor().userId().equals(changed.userId()));
  }

  Optional<Actor> actorOf(User user) {
    return agencies.find(user.agencyId()).map(agency -> new Actor(user.id(), user.username(), user.role(),
        user.scope(), agency.id(), agency.type(), user.locationIds()));
  }

  @Scheduled(fixedDelayString = "PT1H")
  @Transactional
  public void purgeExpiredTokens() {
    tokens.deleteExpired(clock.instant());
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
