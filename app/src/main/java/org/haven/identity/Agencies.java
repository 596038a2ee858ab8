package org.haven.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.identity.persistence.AgencyRows;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.ForbiddenException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering agencies and looking them up. */
@Service
public class Agencies {
  private final AgencyRows rows;
  private final AccessPolicy policy;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Agencies(AgencyRows rows, AccessPolicy policy, ApplicationEventPublisher events, Clock clock) {
    this.rows = rows;
    this.policy = policy;
    this.events = events;
    this.clock = clock;
  }

  public record NewAgency(String code, String name, String type) {}

  @Transactional
  public Agency create(Actor actor, NewAgency request) {
    require(actor, Action.AGENCY_MANAGE);
    List<FieldError> errors = new ArrayList<>();
    String code = Text.required(request.code(), "code", 40, errors);
    String name = Text.required(request.name(), "name", 200, errors);
    AgencyType type = null;
    if (request.type() == null) {
      errors.add(new FieldError("type", "is required"));
    } else {
      try {
        type = AgencyType.fromCode(request.type());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("type", "must be one of ngo, un_agency, government_child_protection, "
            + "government_immigration_enforcement, other"));
      }
    }
    if (code != null && !code.matches("[A-Za-z0-9_-]+")) {
      errors.add(new FieldError("code", "may contain only letters, digits, '-' and '_'"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    if (rows.codeTaken(code)) {
      throw new ConflictException("an agency with code " + code + " exists already");
    }
    Agency agency = new Agency(UUID.randomUUID(), code, name, type, 1, clock.instant());
    rows.insert(agency, actor.userId());
    events.publishEvent(new IdentityEvents.AgencyCreated(agency.id(), actor.userId()));
    return agency;
  }

  /** Creates the first agency when the database is empty; no actor exists yet. */
  @Transactional
  Agency bootstrap(String code, String name, AgencyType type) {
    Agency agency = new Agency(UUID.randomUUID(), code, name, type, 1, clock.instant());
    rows.insert(agency, null);
    return agency;
  }

  public Agency get(UUID id) {
    return rows.find(id).orElseThrow(() -> new NotFoundException("agency " + id));
  }

  public List<Agency> list(Actor actor) {
    if (policy.decide(actor, Action.AGENCY_MANAGE).allowed() || policy.decide(actor, Action.USER_MANAGE).allowed()) {
      return rows.all();
    }
    throw new ForbiddenException("role " + actor.role().code() + " may not list agencies");
  }

  /**
   * The agencies a case may be referred to, for choosing one: every agency but immigration enforcement.
   * Names and codes only matter here; listing them reveals nothing about a child.
   */
  public List<Agency> referralTargets() {
    return rows.all().stream().filter(a -> !a.type().isEnforcement()).toList();
  }

  boolean isEmpty() {
    return rows.count() == 0;
  }

  private void require(Actor actor, Action action) {
    AccessDecision decision = policy.decide(actor, action);
    if (!decision.allowed()) {
      events.publishEvent(new IdentityEvents.AccessDenied(actor.userId(), action.name(), decision.reason()));
      throw new ForbiddenException(decision.reason());
    }
  }
}
