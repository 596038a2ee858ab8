package org.haven.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.cases.CaseFacts;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ClientIds;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Follow-ups (a visit or contact, which answers the open first-response and follow-up tasks and schedules
 * the next follow-up by the case's risk level) and case conferences (who took part, what they decided).
 */
@Service
public class CaseActivities {
  static final String FOLLOW_UP = "follow_up";
  static final String CONFERENCE = "conference";

  private final JdbcClient jdbc;
  private final CaseworkAccess access;
  private final Tasks tasks;
  private final CaseworkSettings settings;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  CaseActivities(JdbcClient jdbc, CaseworkAccess access, Tasks tasks, CaseworkSettings settings,
      TransactionTemplate transactions, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.tasks = tasks;
    this.settings = settings;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records a follow-up, answers the open first-response and follow-up tasks and schedules the next. With a
   * client-chosen {@code id} a repeat returns the follow-up recorded the first time and schedules nothing.
   */
  public Recorded<JsonNode> recordFollowUp(Actor actor, UUID caseId, JsonNode body) {
    UUID clientId = ClientIds.from(body);
    List<FieldError> errors = new ArrayList<>();
    ObjectNode doc = json.createObjectNode();
    LocalDate date = CaseDocuments.date(body, "date", true, errors);
    String type = CaseDocuments.text(body, "type", 60, false, errors);
    String notes = CaseDocuments.text(body, "notes", 4000, false, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    doc.put("date", date.toString());
    doc.put("type", type == null ? "regular" : type);
    doc.put("notes", notes);
    return transactions.execute(tx -> {
      CaseFacts c = access.requireCase(actor, Action.CASEWORK_MANAGE, caseId, "follow_up.create");
      Optional<Recorded<JsonNode>> repeat = repeat(clientId, caseId, FOLLOW_UP);
      if (repeat.isPresent()) {
        return repeat.get();
      }
      UUID id = insert(clientId, actor, caseId, FOLLOW_UP, doc);
      tasks.completeOpen(caseId, "first_response", actor.userId());
      tasks.completeOpen(caseId, "follow_up", actor.userId());
      if (c.riskLevel() != null) {
        Instant next = settings.deadlines().nextFollowUp(c.riskLevel(), clock.instant());
        Task task = tasks.create(caseId, c.caseNumber(), "follow_up", "Follow-up visit", c.ownerId(), c.agencyId(),
            next, id);
        doc.put("nextFollowUpDue", task.dueAt().toString());
      }
      access.allowed(actor, "follow_up.create", caseId, null);
      return new Recorded<>(view(id, caseId, FOLLOW_UP, doc, actor), true);
    });
  }

  /** Records a case conference; idempotent by client-chosen {@code id} like a follow-up. */
  public Recorded<JsonNode> recordConference(Actor actor, UUID caseId, JsonNode body) {
    UUID clientId = ClientIds.from(body);
    List<FieldError> errors = new ArrayList<>();
    ObjectNode doc = json.createObjectNode();
    LocalDate date = CaseDocuments.date(body, "date", true, errors);
    JsonNode participants = body == null ? null : body.get("participants");
    if (participants == null || !participants.isArray() || participants.isEmpty()) {
      errors.add(new FieldError("participants", "is required: who took part (names or roles and agencies)"));
    } else {
      for (int i = 0; i < participants.size(); i++) {
        if (!participants.get(i).isString() || participants.get(i).asString().length() > 200) {
          errors.add(new FieldError("participants[" + i + "]", "must be text of at most 200 characters"));
        }
      }
    }
    String decisions = CaseDocuments.text(body, "decisions", 4000, true, errors);
    String notes = CaseDocuments.text(body, "notes", 4000, false, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    doc.put("date", date.toString());
    doc.set("participants", participants);
    doc.put("decisions", decisions);
    doc.put("notes", notes);
    return transactions.execute(tx -> {
      access.requireCase(actor, Action.CASEWORK_MANAGE, caseId, "conference.create");
      Optional<Recorded<JsonNode>> repeat = repeat(clientId, caseId, CONFERENCE);
      if (repeat.isPresent()) {
        return repeat.get();
      }
      UUID id = insert(clientId, actor, caseId, CONFERENCE, doc);
      access.allowed(actor, "conference.create", caseId, null);
      return new Recorded<>(view(id, caseId, CONFERENCE, doc, actor), true);
    });
  }

  public List<JsonNode> list(Actor actor, UUID caseId, String kind) {
    return transactions.execute(tx -> {
      access.requireCase(actor, Action.CASE_READ, caseId, kind + ".list");
      access.allowed(actor, kind + ".list", caseId, null);
      return jdbc.sql("select * from case_activities where case_id = ? and kind = ? order by created_at, id")
          .params(caseId, kind)
          .query((rs, n) -> (JsonNode) stored(rs)).list();
    });
  }

  /**
   * The activity recorded before under the client's id when it is one of this kind on this case; an id
   * taken by any other record is a conflict, never a way to reach it.
   */
  private Optional<Recorded<JsonNode>> repeat(UUID clientId, UUID caseId, String kind) {
    if (clientId == null) {
      return Optional.empty();
    }
    return jdbc.sql("select * from case_activities where id = ?").param(clientId)
        .query((rs, n) -> stored(rs).put("kind", rs.getString("kind"))).optional()
        .map(view -> {
          if (!kind.equals(view.get("kind").asString()) || !caseId.toString().equals(view.get("caseId").asString())) {
            throw new ConflictException("a record with this id exists already");
          }
          return new Recorded<>((JsonNode) view, false);
        });
  }

  private ObjectNode stored(ResultSet rs) throws SQLException {
    ObjectNode view = json.createObjectNode();
    view.put("id", rs.getObject("id", UUID.class).toString());
    view.put("caseId", rs.getObject("case_id", UUID.class).toString());
    view.setAll((ObjectNode) json.readTree(rs.getString("document")));
    view.put("createdAt", Tasks.instant(rs, "created_at").toString());
    view.put("createdBy", rs.getObject("created_by", UUID.class).toString());
    return view;
  }

  private UUID insert(UUID clientId, Actor actor, UUID caseId, String kind, ObjectNode doc) {
    UUID id = clientId == null ? UUID.randomUUID() : clientId;
    jdbc.sql("insert into case_activities (id, case_id, kind, document, created_at, created_by) values (?,?,?,?,?,?)")
        .params(id, caseId, kind, json.writeValueAsString(doc), Tasks.at(clock.instant()), actor.userId()).update();
    return id;
  }

  private JsonNode view(UUID id, UUID caseId, String kind, ObjectNode doc, Actor actor) {
    ObjectNode view = json.createObjectNode();
    view.put("id", id.toString());
    view.put("caseId", caseId.toString());
    view.put("kind", kind);
    view.setAll(doc);
    view.put("createdBy", actor.userId().toString());
    return view;
  }
}
