package org.haven.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.casework.domain.ServiceStatus;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ClientIds;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Services delivered to the child: type, provider, timeframe and status (planned, in progress, completed). */
@Service
public class CaseServices {
  private static final List<String> TIMEFRAMES = List.of("1_hour", "3_hours", "1_day", "3_days", "1_week");

  private final JdbcClient jdbc;
  private final CaseworkAccess access;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CaseServices(JdbcClient jdbc, CaseworkAccess access, TransactionTemplate transactions, JsonMapper json,
      Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.access = access;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  public record CaseService(UUID id, UUID caseId, ServiceStatus status, long version, JsonNode details) {}

  /** Adds a service; with a client-chosen {@code id} a repeat returns the service added the first time. */
  public Recorded<CaseService> add(Actor actor, UUID caseId, JsonNode body) {
    UUID clientId = ClientIds.from(body);
    ObjectNode details = valid(body, true);
    ServiceStatus status = body.has("status") ? parseStatus(body) : ServiceStatus.PLANNED;
    return transactions.execute(tx -> {
      access.requireCase(actor, Action.CASEWORK_MANAGE, caseId, "service.create");
      Optional<Recorded<CaseService>> repeat = Recorded.repeat(clientId, caseId, this::lookUp, CaseService::caseId);
      if (repeat.isPresent()) {
        return repeat.get();
      }
      UUID id = clientId == null ? UUID.randomUUID() : clientId;
      Instant now = clock.instant();
      jdbc.sql("""
              insert into case_services (id, case_id, status, version, document, created_at, created_by, updated_at,
                  updated_by) values (?,?,?,?,?,?,?,?,?)""")
          .params(id, caseId, status.code(), 1, json.writeValueAsString(details), Tasks.at(now), actor.userId(),
              Tasks.at(now), actor.userId())
          .update();
      access.allowed(actor, "service.create", caseId, "service " + id);
      events.publishEvent(new CaseworkEvents.CaseworkChanged(caseId));
      return new Recorded<>(find(id), true);
    });
  }

  /** Changes the status (by the legal moves only) and the details; needs the version edited. */
  public CaseService update(Actor actor, UUID id, long expectedVersion, JsonNode body) {
    return transactions.execute(tx -> {
      CaseService current = find(id);
      access.requireCase(actor, Action.CASEWORK_MANAGE, current.caseId(), "service.update");
      if (current.version() != expectedVersion) {
        throw new StaleVersionException(expectedVersion, current.version());
      }
      ServiceStatus next = body.has("status") ? current.status().moveTo(parseStatus(body)) : current.status();
      ObjectNode details = (ObjectNode) current.details().deepCopy();
      details.setAll(valid(body, false));
      int changed = jdbc.sql("""
              update case_services set status = ?, version = version + 1, document = ?, updated_at = ?, updated_by = ?
              where id = ? and version = ?""")
          .params(next.code(), json.writeValueAsString(details), Tasks.at(clock.instant()), actor.userId(), id,
              expectedVersion)
          .update();
      if (changed != 1) {
        throw new StaleVersionException(expectedVersion, find(id).version());
      }
      access.allowed(actor, "service.update", current.caseId(), "service " + id);
      events.publishEvent(new CaseworkEvents.CaseworkChanged(current.caseId()));
      return find(id);
    });
  }

  public List<CaseService> ofCase(Actor actor, UUID caseId) {
    return transactions.execute(tx -> {
      access.requireCase(actor, Action.CASE_READ, caseId, "service.list");
      access.allowed(actor, "service.list", caseId, null);
      return jdbc.sql("select * from case_services where case_id = ? order by created_at, id").param(caseId)
          .query((rs, n) -> row(rs)).list();
    });
  }

  private CaseService find(UUID id) {
    return lookUp(id).orElseThrow(() -> new NotFoundException("service " + id));
  }

  private Optional<CaseService> lookUp(UUID id) {
    return jdbc.sql("select * from case_services where id = ?").param(id).query((rs, n) -> row(rs)).optional();
  }

  private CaseService row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new CaseService(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
        ServiceStatus.fromCode(rs.getString("status")), rs.getLong("version"), json.readTree(rs.getString("document")));
  }

  private static ServiceStatus parseStatus(JsonNode body) {
    try {
      return ServiceStatus.fromCode(body.path("status").asString(""));
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("status", e.getMessage());
    }
  }

  private ObjectNode valid(JsonNode body, boolean creating) {
    List<FieldError> errors = new ArrayList<>();
    ObjectNode details = json.createObjectNode();
    String type = CaseDocuments.text(body, "type", 60, creating, errors);
    String provider = CaseDocuments.text(body, "provider", 200, creating, errors);
    String timeframe = CaseDocuments.text(body, "timeframe", 20, false, errors);
    if (timeframe != null && !TIMEFRAMES.contains(timeframe)) {
      errors.add(new FieldError("timeframe", "must be one of " + String.join(", ", TIMEFRAMES)));
    }
    LocalDate start = CaseDocuments.date(body, "startDate", false, errors);
    LocalDate end = CaseDocuments.date(body, "endDate", false, errors);
    if (start != null && end != null && end.isBefore(start)) {
      errors.add(new FieldError("endDate", "must not be before startDate"));
    }
    String notes = CaseDocuments.text(body, "notes", 2000, false, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    putIf(details, "type", type);
    putIf(details, "provider", provider);
    putIf(details, "timeframe", timeframe);
    putIf(details, "startDate", start == null ? null : start.toString());
    putIf(details, "endDate", end == null ? null : end.toString());
    putIf(details, "notes", notes);
    return details;
  }

  private static void putIf(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
