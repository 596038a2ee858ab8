package org.haven.tracing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.haven.audit.FieldChange;
import org.haven.audit.RecordHistory;
import org.haven.cases.CaseMatching;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.haven.tracing.domain.FollowUpVisit;
import org.haven.tracing.domain.IllegalTransition;
import org.haven.tracing.domain.MatchStatus;
import org.haven.tracing.domain.Reunification;
import org.haven.tracing.domain.ReunificationAssessment;
import org.haven.tracing.domain.ReunificationStatus;
import org.haven.tracing.domain.Reunion;
import org.haven.tracing.domain.TracingStatus;
import org.haven.tracing.domain.Verification;
import org.haven.tracing.domain.VerificationCheck;
import org.haven.tracing.persistence.MatchRows;
import org.haven.tracing.persistence.MatchRows.MatchRow;
import org.haven.tracing.persistence.ReunificationRows;
import org.haven.tracing.persistence.TracingRequestRows;
import org.haven.tracing.persistence.TracingRequestRows.RequestRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reunification after a confirmed match: the verification checklist, the assessment, the reunification
 * and the follow-up visits. Only people who may manage the tracing request and read the case take part;
 * every step is audited. The request's tracing status follows: {@code verified} once the checklist is
 * complete, {@code reunified} once the child is back with the family.
 */
@Service
public class Reunifications {
  static final String RECORD = "reunification";
  private static final int MAX_TEXT = 10_000;

  private final ReunificationRows rows;
  private final MatchRows matches;
  private final TracingRequestRows requests;
  private final TracingAccess access;
  private final CaseMatching cases;
  private final RecordHistory history;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Reunifications(ReunificationRows rows, MatchRows matches, TracingRequestRows requests, TracingAccess access,
      CaseMatching cases, RecordHistory history, ApplicationEventPublisher events, TransactionTemplate transactions,
      Clock clock) {
    this.rows = rows;
    this.matches = matches;
    this.requests = requests;
    this.access = access;
    this.cases = cases;
    this.history = history;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  public record Started(Reunification reunification, boolean created) {}

  /** Starts the reunification of a confirmed match; a second call returns the one started before. */
  public Started start(Actor actor, UUID matchId) {
    access.require(actor, Action.TRACING_MANAGE, RECORD, "reunification.create");
    try {
      return transactions.execute(tx -> startOnce(actor, matchId));
    } catch (DuplicateKeyException raceForTheSameMatch) {
      return transactions.execute(tx -> startOnce(actor, matchId));
    }
  }

  private Started startOnce(Actor actor, UUID matchId) {
    MatchRow match = matches.find(matchId).filter(MatchRow::shown)
        .orElseThrow(() -> new NotFoundException("match " + matchId));
    requireParticipant(actor, match.requestId(), match.caseId(), null, "reunification.create");
    var existing = rows.ofMatch(matchId);
    if (existing.isPresent()) {
      access.allowed(actor, "reunification.create.repeat", RECORD, existing.get().id(), "started before");
      return new Started(existing.get(), false);
    }
    Reunification r;
    try {
      r = Reunification.start(UUID.randomUUID(), match.status(), matchId, match.requestId(), match.caseId(),
          actor.userId(), clock.instant());
    } catch (IllegalTransition e) {
      throw new ConflictException(e.getMessage());
    }
    rows.insert(r);
    access.allowed(actor, "reunification.create", RECORD, r.id(), "match " + matchId);
    return new Started(r, true);
  }

  public Reunification get(Actor actor, UUID id) {
    return transactions.execute(tx -> {
      Reunification r = load(id);
      requireParticipant(actor, r.requestId(), r.caseId(), id, "reunification.read");
      access.allowed(actor, "reunification.read", RECORD, id, null);
      return r;
    });
  }

  /** Records the checklist; points not sent are pending. */
  public Reunification verify(Actor actor, UUID id, long expectedVersion, Verification checks) {
    access.require(actor, Action.TRACING_MANAGE, RECORD, "reunification.verify");
    validate(checks);
    return change(actor, id, expectedVersion, "reunification.verify",
        r -> r.verify(checks, actor.userId(), clock.instant()), done -> {
          if (done.status() == ReunificationStatus.VERIFIED) {
            events.publishEvent(new TracingEvents.FamilyVerified(done.id(), done.matchId(), done.requestId(),
                done.caseId()));
          }
        });
  }

  public Reunification assess(Actor actor, UUID id, long expectedVersion, String recommendation, String reasons,
      String supportPlan) {
    access.require(actor, Action.TRACING_MANAGE, RECORD, "reunification.assess");
    List<FieldError> errors = new ArrayList<>();
    if (recommendation == null || !ReunificationAssessment.RECOMMENDATIONS.contains(recommendation)) {
      errors.add(new FieldError("recommendation", "must be one of "
          + String.join(", ", ReunificationAssessment.RECOMMENDATIONS)));
    }
    if (reasons == null || reasons.isBlank()) {
      errors.add(new FieldError("reasons", "is required"));
    }
    text(reasons, "reasons", errors);
    text(supportPlan, "supportPlan", errors);
    refuse(errors);
    return change(actor, id, expectedVersion, "reunification.assess", r -> r.assess(
        new ReunificationAssessment(recommendation, reasons, supportPlan, actor.userId(), clock.instant()),
        actor.userId(), clock.instant()));
  }

  /** The child is reunified: only after a complete verification and a positive assessment (409 otherwise). */
  public Reunification reunify(Actor actor, UUID id, Long expectedVersion, String date, String place, String type,
      String reunifiedWith, List<String> carriedOutBy) {
    access.require(actor, Action.TRACING_MANAGE, RECORD, "reunification.reunify");
    List<FieldError> errors = new ArrayList<>();
    date(date, "date", true, errors);
    if (place == null || place.isBlank()) {
      errors.add(new FieldError("place", "is required"));
    }
    if (type == null || !Reunion.TYPES.contains(type)) {
      errors.add(new FieldError("type", "must be one of " + String.join(", ", Reunion.TYPES)));
    }
    if (reunifiedWith == null || reunifiedWith.isBlank()) {
      errors.add(new FieldError("reunifiedWith", "is required"));
    }
    if (carriedOutBy == null || carriedOutBy.isEmpty()) {
      errors.add(new FieldError("carriedOutBy", "names at least one person"));
    }
    text(place, "place", errors);
    text(reunifiedWith, "reunifiedWith", errors);
    refuse(errors);
    return change(actor, id, expectedVersion, "reunification.reunify", r -> r.reunify(
        new Reunion(date, place, type, reunifiedWith, carriedOutBy, actor.userId(), clock.instant()), actor.userId(),
        clock.instant()), done -> events.publishEvent(new TracingEvents.ReunificationCompleted(done.id(),
            done.matchId(), done.requestId(), done.caseId())));
  }

  /** A follow-up visit after reunification. */
  public Reunification followUp(Actor actor, UUID id, String date, String visitedBy, Boolean childSafe,
      String wellbeing, String notes, String nextVisitOn) {
    access.require(actor, Action.TRACING_MANAGE, RECORD, "reunification.follow_up");
    List<FieldError> errors = new ArrayList<>();
    date(date, "date", true, errors);
    date(nextVisitOn, "nextVisitOn", false, errors);
    if (visitedBy == null || visitedBy.isBlank()) {
      errors.add(new FieldError("visitedBy", "is required"));
    }
    if (childSafe == null) {
      errors.add(new FieldError("childSafe", "is required"));
    }
    text(wellbeing, "wellbeing", errors);
    text(notes, "notes", errors);
    refuse(errors);
    return change(actor, id, null, "reunification.follow_up", r -> r.followUp(
        new FollowUpVisit(date, visitedBy, childSafe, wellbeing, notes, nextVisitOn, actor.userId(), clock.instant()),
        actor.userId(), clock.instant()),
        done -> events.publishEvent(new TracingEvents.ReunificationFollowedUp(done.id(), done.caseId(), childSafe)));
  }

  /** Closes without reunification, with a reason from the standard lookup. */
  public Reunification notReunified(Actor actor, UUID id, Long expectedVersion, String reason) {
    access.require(actor, Action.TRACING_MANAGE, RECORD, "reunification.close");
    if (reason == null || !Reunification.NOT_REUNIFIED_REASONS.contains(reason)) {
      throw InvalidRequestException.of("reason", "must be one of "
          + String.join(", ", Reunification.NOT_REUNIFIED_REASONS));
    }
    return change(actor, id, expectedVersion, "reunification.close",
        r -> r.notReunified(reason, actor.userId(), clock.instant()));
  }

  private Reunification change(Actor actor, UUID id, Long expectedVersion, String auditAction,
      UnaryOperator<Reunification> transition) {
    return change(actor, id, expectedVersion, auditAction, transition, next -> { });
  }

  /** One step in one transaction; {@code then} publishes its events inside it, so listeners see the commit. */
  private Reunification change(Actor actor, UUID id, Long expectedVersion, String auditAction,
      UnaryOperator<Reunification> transition, java.util.function.Consumer<Reunification> then) {
    return transactions.execute(tx -> {
      Reunification current = load(id);
      requireParticipant(actor, current.requestId(), current.caseId(), id, auditAction);
      if (expectedVersion != null && current.version() != expectedVersion) {
        throw new StaleVersionException(expectedVersion, current.version());
      }
      boolean stillConfirmed = matches.find(current.matchId()).filter(MatchRow::shown)
          .map(m -> m.status() == MatchStatus.CONFIRMED).orElse(false);
      if (!current.status().closed() && !stillConfirmed) {
        throw new ConflictException("the match is no longer confirmed; reunification stops until it is");
      }
      Reunification next;
      try {
        next = transition.apply(current);
      } catch (IllegalTransition e) {
        throw new ConflictException(e.getMessage());
      }
      if (!rows.update(next, current.version())) {
        throw new ConflictException("the reunification changed meanwhile; look at it again");
      }
      followRequestStatus(actor, next);
      access.allowed(actor, auditAction, RECORD, id, next.status().code());
      then.accept(next);
      return next;
    });
  }

  /** The tracing request's status follows the reunification: verified, then reunified. */
  private void followRequestStatus(Actor actor, Reunification r) {
    TracingStatus wanted = switch (r.status()) {
      case VERIFIED, ASSESSED -> TracingStatus.VERIFIED;
      case REUNIFIED -> TracingStatus.REUNIFIED;
      default -> null;
    };
    RequestRow request = requests.find(r.requestId()).orElse(null);
    if (wanted == null || request == null || request.status() == wanted
        || request.status() == TracingStatus.REUNIFIED || request.status() == TracingStatus.CLOSED) {
      return;
    }
    Instant now = clock.instant();
    RequestRow updated = new RequestRow(request.id(), wanted, request.version() + 1, request.ownerId(),
        request.agencyId(), request.locationId(), request.document(), request.description(), request.createdAt(),
        request.createdBy(), now, actor.userId());
    if (!requests.update(updated, request.version())) {
      throw new ConflictException("the tracing request changed meanwhile; try again");
    }
    history.record(TracingAccess.REQUEST, request.id(), actor.userId(), now,
        List.of(new FieldChange("status", request.status().code(), wanted.code())));
    access.allowed(actor, "tracing_request.update", TracingAccess.REQUEST, request.id(), "reunification " + r.id());
    events.publishEvent(new TracingRequestChanged(request.id()));
  }

  /** Refuses unless the actor may manage the tracing request and read the child's case. */
  private void requireParticipant(Actor actor, UUID requestId, UUID caseId, UUID recordId, String auditAction) {
    RequestRow request = requests.find(requestId).orElseThrow(() -> new NotFoundException("tracing request "
        + requestId));
    access.require(actor, Action.TRACING_MANAGE, request, auditAction);
    if (!cases.mayRead(actor, caseId)) {
      access.denied(actor, auditAction, RECORD, recordId, "case outside the actor's scope");
    }
  }

  private Reunification load(UUID id) {
    return rows.find(id).orElseThrow(() -> new NotFoundException("reunification " + id));
  }

  private static void validate(Verification checks) {
    List<FieldError> errors = new ArrayList<>();
    if (checks == null) {
      refuse(List.of(new FieldError("body", "is required")));
    }
    checks.points().forEach((name, check) -> {
      if (!VerificationCheck.OUTCOMES.contains(check.outcome())) {
        errors.add(new FieldError(name + ".outcome", "must be one of "
            + String.join(", ", VerificationCheck.OUTCOMES)));
      }
      text(check.note(), name + ".note", errors);
      date(check.checkedOn(), name + ".checkedOn", false, errors);
      if (check.checkedBy() != null && check.checkedBy().length() > 500) {
        errors.add(new FieldError(name + ".checkedBy", "must be at most 500 characters"));
      }
    });
    refuse(errors);
  }

  private static void date(String value, String field, boolean required, List<FieldError> errors) {
    if (value == null) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return;
    }
    try {
      java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
    }
  }

  private static void text(String value, String field, List<FieldError> errors) {
    if (value != null && value.length() > MAX_TEXT) {
      errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
    }
  }

  private static void refuse(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }
}
