package org.haven.tracing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.audit.FieldChange;
import org.haven.audit.FieldDiff;
import org.haven.audit.RecordHistory;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.haven.tracing.domain.TracingStatus;
import org.haven.tracing.persistence.TracingRequestRows;
import org.haven.tracing.persistence.TracingRequestRows.RequestRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The use cases of a tracing request: file, read, list, edit (including its tracing status), show
 * history. Each runs in one transaction with its audit entries, after the access policy has agreed.
 * Matching against cases follows in the background, on {@link TracingEvents.TracingRequestFiled}.
 */
@Service
public class TracingRequests {
  private final TracingRequestRows rows;
  private final TracingRequestBody parser;
  private final TracingAccess access;
  private final RecordHistory history;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  TracingRequests(TracingRequestRows rows, TracingRequestBody parser, TracingAccess access, RecordHistory history,
      ApplicationEventPublisher events, TransactionTemplate transactions, JsonMapper json, Clock clock) {
    this.rows = rows;
    this.parser = parser;
    this.access = access;
    this.history = history;
    this.events = events;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /** A tracing request as stored, with the request document the API shows. */
  public record TracingRequest(UUID id, String status, long version, UUID ownerId, UUID agencyId,
      Instant createdAt, UUID createdBy, Instant updatedAt, UUID updatedBy, ObjectNode document) {}

  public record Filing(TracingRequest request, boolean created) {}

  /** Files a request. With a client-chosen id the call is idempotent, as for cases. */
  public Filing file(Actor actor, UUID clientId, JsonNode body) {
    access.require(actor, Action.TRACING_MANAGE, TracingAccess.REQUEST, "tracing_request.create");
    UUID id = clientId == null ? UUID.randomUUID() : clientId;
    TracingRequestBody.Parsed parsed = parser.parse(id, body, today());
    try {
      return transactions.execute(tx -> fileOnce(actor, id, parsed));
    } catch (DuplicateKeyException raceWithSameId) {
      return transactions.execute(tx -> fileOnce(actor, id, parsed));
    }
  }

  private Filing fileOnce(Actor actor, UUID id, TracingRequestBody.Parsed parsed) {
    Optional<RequestRow> existing = rows.find(id);
    if (existing.isPresent()) {
      RequestRow r = existing.get();
      if (!access.may(actor, Action.TRACING_MANAGE, r)) {
        throw new ConflictException("a record with this id exists already");
      }
      access.allowed(actor, "tracing_request.create.repeat", TracingAccess.REQUEST, id,
          "filing repeated with the same id");
      return new Filing(view(r), false);
    }
    if (rows.exists(id)) {
      throw new ConflictException("a record with this id existed and was deleted");
    }
    Instant now = clock.instant();
    TracingStatus status = parsed.status() == null ? TracingStatus.OPEN : parsed.status();
    RequestRow r = new RequestRow(id, status, 1, actor.userId(), actor.agencyId(), parsed.locationId(),
        json.writeValueAsString(parsed.document()), json.writeValueAsString(parsed.description()), now,
        actor.userId(), now, actor.userId());
    rows.insert(r);
    history.record(TracingAccess.REQUEST, id, actor.userId(), now,
        FieldDiff.between(null, withStatus(parsed.document(), status)));
    access.allowed(actor, "tracing_request.create", TracingAccess.REQUEST, id, null);
    events.publishEvent(new TracingEvents.TracingRequestFiled(id));
    return new Filing(view(r), true);
  }

  public TracingRequest get(Actor actor, UUID id) {
    return transactions.execute(tx -> {
      RequestRow r = load(id);
      access.require(actor, Action.TRACING_MANAGE, r, "tracing_request.read");
      access.allowed(actor, "tracing_request.read", TracingAccess.REQUEST, id, null);
      return view(r);
    });
  }

  /**
   * Replaces the request (inquirer, sought, separation, status); 412 if someone saved another version
   * since {@code expectedVersion}. The child sought is matched again in the background.
   */
  public TracingRequest update(Actor actor, UUID id, long expectedVersion, JsonNode body) {
    access.require(actor, Action.TRACING_MANAGE, TracingAccess.REQUEST, "tracing_request.update");
    TracingRequestBody.Parsed parsed = parser.parse(id, body, today());
    return transactions.execute(tx -> {
      // Locked first, before the request's matches and facts are touched, as the matcher does.
      RequestRow current = loadForUpdate(id);
      access.require(actor, Action.TRACING_MANAGE, current, "tracing_request.update");
      if (current.version() != expectedVersion) {
        throw new StaleVersionException(expectedVersion, current.version());
      }
      TracingStatus status = parsed.status() == null ? current.status() : parsed.status();
      List<FieldChange> changes = FieldDiff.between(withStatus(document(current), current.status()),
          withStatus(parsed.document(), status));
      if (changes.isEmpty()) {
        access.allowed(actor, "tracing_request.update", TracingAccess.REQUEST, id, "no change");
        return view(current);
      }
      Instant now = clock.instant();
      // The description keeps the date it was first taken: ages are estimated as of that day.
      String description = json.writeValueAsString(parser.parse(id, body,
          current.createdAt().atZone(ZoneOffset.UTC).toLocalDate()).description());
      RequestRow updated = new RequestRow(id, status, current.version() + 1, current.ownerId(), current.agencyId(),
          parsed.locationId(), json.writeValueAsString(parsed.document()), description, current.createdAt(),
          current.createdBy(), now, actor.userId());
      if (!rows.update(updated, expectedVersion)) {
        throw new StaleVersionException(expectedVersion, load(id).version());
      }
      history.record(TracingAccess.REQUEST, id, actor.userId(), now, changes);
      access.allowed(actor, "tracing_request.update", TracingAccess.REQUEST, id, null);
      events.publishEvent(new TracingRequestChanged(id));
      events.publishEvent(new TracingEvents.TracingRequestUpdated(id));
      return view(updated);
    });
  }

  public record ListQuery(String status, int page, int size) {}

  public record ListPage(List<TracingRequest> items, long total) {}

  /** Requests within the actor's scope, newest first. */
  public ListPage list(Actor actor, ListQuery query) {
    access.require(actor, Action.TRACING_MANAGE, TracingAccess.REQUEST, "tracing_request.list");
    TracingStatus status = validate(query);
    return transactions.execute(tx -> {
      TracingRequestRows.Page page = rows.list(access.scopeOf(actor), status, query.size(),
          query.page() * query.size());
      access.allowedAll(actor, "tracing_request.list", TracingAccess.REQUEST,
          page.items().stream().map(RequestRow::id).toList(), "listed");
      return new ListPage(page.items().stream().map(this::view).toList(), page.total());
    });
  }

  public List<RecordHistory.Entry> history(Actor actor, UUID id) {
    return transactions.execute(tx -> {
      RequestRow r = load(id);
      access.require(actor, Action.TRACING_MANAGE, r, "tracing_request.history");
      access.allowed(actor, "tracing_request.history", TracingAccess.REQUEST, id, null);
      return history.of(id);
    });
  }

  private RequestRow load(UUID id) {
    return rows.find(id).orElseThrow(() -> notFound(id));
  }

  private RequestRow loadForUpdate(UUID id) {
    return rows.findForUpdate(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException("tracing request " + id);
  }

  private TracingRequest view(RequestRow r) {
    return new TracingRequest(r.id(), r.status().code(), r.version(), r.ownerId(), r.agencyId(), r.createdAt(),
        r.createdBy(), r.updatedAt(), r.updatedBy(), document(r));
  }

  private ObjectNode document(RequestRow r) {
    return (ObjectNode) json.readTree(r.document());
  }

  private static ObjectNode withStatus(ObjectNode document, TracingStatus status) {
    ObjectNode copy = document.deepCopy();
    copy.put("status", status.code());
    return copy;
  }

  private LocalDate today() {
    return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static TracingStatus validate(ListQuery query) {
    List<FieldError> errors = new ArrayList<>();
    if (query.page() < 0) {
      errors.add(new FieldError("page", "must be 0 or more"));
    }
    if (query.size() < 1 || query.size() > 100) {
      errors.add(new FieldError("size", "must be from 1 to 100"));
    }
    TracingStatus status = null;
    if (query.status() != null) {
      try {
        status = TracingStatus.fromCode(query.status());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("status", "must be one of " + TracingStatus.codes()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return status;
  }
}
