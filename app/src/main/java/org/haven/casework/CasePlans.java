package org.haven.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.cases.CaseFacts;
import org.haven.casework.domain.PlanStatus;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.haven.shared.VersionRequiredException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The case plan: goals, each with actions (who is responsible, by when). One plan per case, revised over
 * time; it is in effect only once approved (where the deployment requires approval).
 */
@Service
public class CasePlans implements ApprovalHandler {
  static final String KIND = "case_plan";

  private final JdbcClient jdbc;
  private final CaseworkAccess access;
  private final Approvals approvals;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  CasePlans(JdbcClient jdbc, CaseworkAccess access, Approvals approvals, TransactionTemplate transactions,
      JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.approvals = approvals;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /** A plan as clients see it; {@code effective} once approved. */
  public record Plan(UUID id, UUID caseId, PlanStatus status, long version, JsonNode goals, Instant updatedAt,
      UUID updatedBy, Instant approvedAt, UUID approvedBy) {
    public boolean effective() {
      return status == PlanStatus.APPROVED;
    }
  }

  public Plan get(Actor actor, UUID caseId) {
    return transactions.execute(tx -> {
      access.requireCase(actor, Action.CASE_READ, caseId, "case_plan.read");
      Plan plan = find(caseId).orElseThrow(() -> new NotFoundException("case plan of case " + caseId));
      access.allowed(actor, "case_plan.read", caseId, null);
      return plan;
    });
  }

  /** Writes the plan: the first version without If-Match, every later one with it (a revision is a draft). */
  public Plan save(Actor actor, UUID caseId, Long expectedVersion, JsonNode body) {
    ArrayNode goals = validGoals(body);
    return transactions.execute(tx -> {
      access.requireCase(actor, Action.CASEWORK_MANAGE, caseId, "case_plan.save");
      Optional<Plan> existing = find(caseId);
      Instant now = clock.instant();
      if (existing.isEmpty()) {
        jdbc.sql("""
                insert into case_plans (id, case_id, status, version, document, created_at, created_by, updated_at,
                    updated_by) values (?,?,?,?,?,?,?,?,?)""")
            .params(UUID.randomUUID(), caseId, PlanStatus.DRAFT.code(), 1, json.writeValueAsString(goals),
                Tasks.at(now), actor.userId(), Tasks.at(now), actor.userId())
            .update();
      } else {
        Plan plan = existing.get();
        if (expectedVersion == null) {
          throw new VersionRequiredException();
        }
        check(plan, expectedVersion);
        PlanStatus next = plan.status().edit();
        update(plan, next, goals, actor.userId(), now, null, null);
      }
      access.allowed(actor, "case_plan.save", caseId, null);
      return find(caseId).orElseThrow();
    });
  }

  /** Submits the draft; where no approval is required it takes effect at once. */
  public Plan submit(Actor actor, UUID caseId, long expectedVersion) {
    return transactions.execute(tx -> {
      CaseFacts c = access.requireCase(actor, Action.CASEWORK_MANAGE, caseId, "case_plan.submit");
      Plan plan = find(caseId).orElseThrow(() -> new NotFoundException("case plan of case " + caseId));
      check(plan, expectedVersion);
      PlanStatus next = plan.status().submit();
      Instant now = clock.instant();
      if (approvals.required(KIND)) {
        update(plan, next, plan.goals(), actor.userId(), now, null, null);
        approvals.request(KIND, plan.id(), caseId, c.agencyId(), actor, null);
      } else {
        update(plan, next.approve(), plan.goals(), actor.userId(), now, now, actor.userId());
      }
      access.allowed(actor, "case_plan.submit", caseId, null);
      return find(caseId).orElseThrow();
    });
  }

  @Override
  public boolean handles(String kind) {
    return KIND.equals(kind);
  }

  @Override
  public void approved(Actor approver, Approval approval) {
    Plan plan = find(approval.caseId()).orElseThrow();
    Instant now = clock.instant();
    update(plan, plan.status().approve(), plan.goals(), approver.userId(), now, now, approver.userId());
  }

  @Override
  public void rejected(Actor approver, Approval approval) {
    Plan plan = find(approval.caseId()).orElseThrow();
    update(plan, plan.status().reject(), plan.goals(), approver.userId(), clock.instant(), null, null);
  }

  private void update(Plan plan, PlanStatus status, JsonNode goals, UUID by, Instant at, Instant approvedAt,
      UUID approvedBy) {
    int changed = jdbc.sql("""
            update case_plans set status = ?, version = version + 1, document = ?, updated_at = ?, updated_by = ?,
                approved_at = ?, approved_by = ?
            where id = ? and version = ?""")
        .params(status.code(), json.writeValueAsString(goals), Tasks.at(at), by, Tasks.at(approvedAt), approvedBy,
            plan.id(), plan.version())
        .update();
    if (changed != 1) {
      throw new StaleVersionException(plan.version(), plan.version() + 1);
    }
  }

  private static void check(Plan plan, long expectedVersion) {
    if (plan.version() != expectedVersion) {
      throw new StaleVersionException(expectedVersion, plan.version());
    }
  }

  private Optional<Plan> find(UUID caseId) {
    return jdbc.sql("select * from case_plans where case_id = ?").param(caseId)
        .query((rs, n) -> new Plan(rs.getObject("id", UUID.class), caseId, PlanStatus.fromCode(rs.getString("status")),
            rs.getLong("version"), json.readTree(rs.getString("document")), Tasks.instant(rs, "updated_at"),
            rs.getObject("updated_by", UUID.class), Tasks.instant(rs, "approved_at"),
            rs.getObject("approved_by", UUID.class)))
        .optional();
  }

  private ArrayNode validGoals(JsonNode body) {
    List<FieldError> errors = new ArrayList<>();
    ArrayNode goals = json.createArrayNode();
    JsonNode given = body == null ? null : body.get("goals");
    if (given == null || !given.isArray() || given.isEmpty() || given.size() > 50) {
      throw InvalidRequestException.of("goals", "is required: 1 to 50 goals, each with a description and actions");
    }
    for (int g = 0; g < given.size(); g++) {
      JsonNode goal = given.get(g);
      ObjectNode kept = goals.addObject();
      kept.put("description",
          CaseDocuments.text(goal, "description", 1000, true, prefixed(errors, "goals[" + g + "].")));
      ArrayNode actions = kept.putArray("actions");
      JsonNode givenActions = goal.path("actions");
      if (!givenActions.isMissingNode() && !givenActions.isArray()) {
        errors.add(new FieldError("goals[" + g + "].actions", "must be a list"));
        continue;
      }
      for (int a = 0; a < givenActions.size(); a++) {
        JsonNode action = givenActions.get(a);
        List<FieldError> here = prefixed(errors, "goals[" + g + "].actions[" + a + "].");
        ObjectNode keptAction = actions.addObject();
        keptAction.put("description", CaseDocuments.text(action, "description", 1000, true, here));
        keptAction.put("responsible", CaseDocuments.text(action, "responsible", 200, false, here));
        var due = CaseDocuments.date(action, "dueDate", false, here);
        keptAction.put("dueDate", due == null ? null : due.toString());
        String status = CaseDocuments.text(action, "status", 20, false, here);
        if (status != null && !List.of("open", "done", "dropped").contains(status)) {
          errors.add(new FieldError("goals[" + g + "].actions[" + a + "].status", "must be open, done or dropped"));
        }
        keptAction.put("status", status == null ? "open" : status);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return goals;
  }

  /** A list that adds errors to {@code errors} with their field prefixed, so nested fields are named in full. */
  static List<FieldError> prefixed(List<FieldError> errors, String prefix) {
    return new java.util.AbstractList<>() {
      @Override
      public FieldError get(int index) {
        throw new UnsupportedOperationException();
      }

      @Override
      public int size() {
        return 0;
      }

      @Override
      public boolean add(FieldError e) {
        return errors.add(new FieldError(prefix + e.field(), e.message()));
      }
    };
  }
}
