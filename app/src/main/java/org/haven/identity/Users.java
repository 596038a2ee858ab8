package org.haven.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.haven.identity.persistence.AgencyRows;
import org.haven.identity.persistence.UserRows;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.ForbiddenException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating users and looking them up. Agency administrators manage the users of their own agency only. */
@Service
public class Users {
  static final int MIN_PASSWORD_LENGTH = 12;

  private final UserRows rows;
  private final AgencyRows agencies;
  private final AccessPolicy policy;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Users(UserRows rows, AgencyRows agencies, AccessPolicy policy, PasswordEncoder passwords,
      ApplicationEventPublisher events, Clock clock) {
    this.rows = rows;
    this.agencies = agencies;
    this.policy = policy;
    this.passwords = passwords;
    this.events = events;
    this.clock = clock;
  }

  public record NewUser(String username, String password, String fullName, UUID agencyId, String role,
      String scope, List<UUID> locationIds) {}

  @Transactional
  public User create(Actor actor, NewUser request) {
    AccessDecision decision = policy.decide(actor, Action.USER_MANAGE);
    if (!decision.allowed()) {
      events.publishEvent(new IdentityEvents.AccessDenied(actor.userId(), Action.USER_MANAGE.name(), decision.reason()));
      throw new ForbiddenException(decision.reason());
    }
    List<FieldError> errors = new ArrayList<>();
    String username = Text.required(request.username(), "username", 80, errors);
    if (username != null && !username.matches("[a-zA-Z0-9._@-]+")) {
      errors.add(new FieldError("username", "may contain only letters, digits and . _ @ -"));
    }
    String fullName = Text.required(request.fullName(), "fullName", 200, errors);
    if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
      errors.add(new FieldError("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters"));
    }
    Role role = parse(request.role(), "role", Role::fromCode, errors,
        "must be one of system_admin, agency_admin, supervisor, caseworker, service_provider, analyst");
    if (request.agencyId() == null) {
      errors.add(new FieldError("agencyId", "is required"));
    } else if (agencies.find(request.agencyId()).isEmpty()) {
      errors.add(new FieldError("agencyId", "names no agency"));
    }
    Set<UUID> locations = request.locationIds() == null ? Set.of() : new HashSet<>(request.locationIds());
    RecordScope scope = null;
    if (role != null) {
      scope = request.scope() == null
          ? (locations.isEmpty() || !role.allowsScope(RecordScope.LOCATION) ? role.defaultScope() : RecordScope.LOCATION)
          : parse(request.scope(), "scope", RecordScope::fromCode, errors, "must be one of own, agency, location, all");
      if (scope != null && !role.allowsScope(scope)) {
        errors.add(new FieldError("scope", "is not allowed for role " + role.code()));
      }
      if (scope == RecordScope.LOCATION && locations.isEmpty()) {
        errors.add(new FieldError("locationIds", "are required for the location scope"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    if (actor.role() != Role.SYSTEM_ADMIN) {
      if (!request.agencyId().equals(actor.agencyId())) {
        throw new ForbiddenException("agency administrators create users of their own agency only");
      }
      if (role == Role.SYSTEM_ADMIN) {
        throw new ForbiddenException("only a system administrator creates system administrators");
      }
    }
    if (rows.usernameTaken(username)) {
      throw new ConflictException("the username " + username + " is taken");
    }
    User user = new User(UUID.randomUUID(), username, fullName, request.agencyId(), role, scope, locations, true, 1,
        clock.instant());
    rows.insert(user, passwords.encode(request.password()), actor.userId());
    events.publishEvent(new IdentityEvents.UserCreated(user.id(), user.agencyId(), actor.userId()));
    return user;
  }

  /**
   * Changes a user's role and record scope, or deactivates or reactivates them, on the version the
   * administrator saw (412 otherwise). Takes effect at the user's next request: sessions and tokens look
   * the user up each time. Nobody changes or deactivates themselves this way.
   */
  @Transactional
  public User change(Actor actor, UUID id, long expectedVersion, String roleCode, String scopeCode, boolean active) {
    AccessDecision decision = policy.decide(actor, Action.USER_MANAGE);
    if (!decision.allowed()) {
      events.publishEvent(new IdentityEvents.AccessDenied(actor.userId(), Action.USER_MANAGE.name(), decision.reason()));
      throw new ForbiddenException(decision.reason());
    }
    User current = get(actor, id);
    if (actor.userId().equals(id)) {
      throw new ConflictException("administrators do not change their own role or deactivate themselves");
    }
    List<FieldError> errors = new ArrayList<>();
    Role role = parse(roleCode, "role", Role::fromCode, errors,
        "must be one of system_admin, agency_admin, supervisor, caseworker, service_provider, analyst");
    RecordScope scope = role == null ? null : scopeCode == null || scopeCode.isBlank() ? role.defaultScope()
        : parse(scopeCode, "scope", RecordScope::fromCode, errors, "must be one of own, agency, location, all");
    if (role != null && scope != null && !role.allowsScope(scope)) {
      errors.add(new FieldError("scope", "is not allowed for role " + role.code()));
    }
    if (scope == RecordScope.LOCATION && current.locationIds().isEmpty()) {
      errors.add(new FieldError("scope", "needs locations, which this user has none of"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    if (actor.role() != Role.SYSTEM_ADMIN && (role == Role.SYSTEM_ADMIN || current.role() == Role.SYSTEM_ADMIN)) {
      throw new ForbiddenException("only a system administrator changes system administrators");
    }
    if (current.version() != expectedVersion || !rows.change(id, role, scope, active, expectedVersion)) {
      throw new StaleVersionException(expectedVersion, current.version());
    }
    events.publishEvent(new IdentityEvents.UserChanged(id, current.agencyId(), actor.userId(),
        "role " + role.code() + ", scope " + scope.code() + (active ? "" : ", deactivated")));
    return rows.find(id).orElseThrow();
  }

  /** Creates the first administrator when the database is empty; no actor exists yet. */
  @Transactional
  User bootstrap(String username, String password, UUID agencyId) {
    User user = new User(UUID.randomUUID(), username, "Administrator", agencyId, Role.SYSTEM_ADMIN, RecordScope.ALL,
        Set.of(), true, 1, clock.instant());
    rows.insert(user, passwords.encode(password), null);
    return user;
  }

  public User get(Actor actor, UUID id) {
    User user = rows.find(id).orElseThrow(() -> new NotFoundException("user " + id));
    boolean self = actor.userId().equals(id);
    boolean manages = policy.decide(actor, Action.USER_MANAGE).allowed()
        && (actor.role() == Role.SYSTEM_ADMIN || user.agencyId().equals(actor.agencyId()));
    if (!self && !manages) {
      throw new NotFoundException("user " + id);
    }
    return user;
  }

  public List<User> list(Actor actor) {
    AccessDecision decision = policy.decide(actor, Action.USER_MANAGE);
    if (!decision.allowed()) {
      throw new ForbiddenException(decision.reason());
    }
    return actor.role() == Role.SYSTEM_ADMIN ? rows.all() : rows.byAgency(actor.agencyId());
  }

  /**
   * The active users of the actor's agency who may work cases: whom a supervisor sees in the team's
   * workload and may give a case to. Only roles that work cases themselves ask.
   */
  public List<User> team(Actor actor) {
    AccessDecision decision = policy.decide(actor, Action.CASE_UPDATE);
    if (!decision.allowed()) {
      throw new ForbiddenException(decision.reason());
    }
    return rows.byAgency(actor.agencyId()).stream().filter(User::active)
        .filter(u -> u.role().allows(Action.CASE_UPDATE)).toList();
  }

  boolean isEmpty() {
    return rows.count() == 0;
  }

  private static <T> T parse(String code, String field, Function<String, T> parser,
      List<FieldError> errors, String message) {
    if (code == null) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    try {
      return parser.apply(code);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, message));
      return null;
    }
  }
}
