package org.haven.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.haven.assessment.domain.Indicator;
import org.haven.assessment.domain.TraffickingRule;
import org.haven.cases.CaseFacts;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exploitation and trafficking screening of a child's case with the catalogue's indicators. A flag (never
 * a finding that someone is a victim) is raised on the case and published, so that the supervisor is
 * alerted and a referral is proposed.
 */
@Service
public class Screenings {
  private static final Set<String> ANSWERS = Set.of("yes", "no", "unknown");
  static final String NOT_AN_IDENTIFICATION = "Indicators are grounds for protection and referral, not an "
      + "identification: only the competent authority identifies a victim of trafficking.";

  private final AssessmentRows rows;
  private final AssessmentCatalogue catalogue;
  private final AssessmentAccess access;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  Screenings(AssessmentRows rows, AssessmentCatalogue catalogue, AssessmentAccess access,
      ApplicationEventPublisher events, TransactionTemplate transactions, JsonMapper json, Clock clock) {
    this.rows = rows;
    this.catalogue = catalogue;
    this.access = access;
    this.events = events;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /** Records a screening and returns it as clients see it: answers, elements, flag, reasons, proposal. */
  public JsonNode screen(Actor actor, UUID caseId, JsonNode body) {
    Map<String, Indicator> indicators = catalogue.indicators();
    ArrayNode answers = json.createArrayNode();
    List<String> yes = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    JsonNode given = body == null ? null : body.get("answers");
    if (given == null || !given.isArray() || given.isEmpty()) {
      errors.add(new FieldError("answers", "is required: a list of {code, answer, note}"));
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < given.size(); i++) {
        JsonNode a = given.get(i);
        String code = a.path("code").asString(null);
        String answer = a.path("answer").asString(null);
        if (code == null || !indicators.containsKey(code)) {
          errors.add(new FieldError("answers[" + i + "].code", "is not an indicator of the catalogue"));
        } else if (!seen.add(code)) {
          errors.add(new FieldError("answers[" + i + "].code", "appears twice"));
        }
        if (!ANSWERS.contains(answer)) {
          errors.add(new FieldError("answers[" + i + "].answer", "must be yes, no or unknown"));
        }
        String note = a.path("note").asString(null);
        if (note != null && note.length() > 1000) {
          errors.add(new FieldError("answers[" + i + "].note", "must be at most 1000 characters"));
        }
        ObjectNode kept = answers.addObject().put("code", code).put("answer", answer);
        if (code != null && indicators.containsKey(code)) {
          kept.put("framework", indicators.get(code).framework()).put("element", indicators.get(code).element());
        }
        if (note != null) {
          kept.put("note", note);
        }
        if ("yes".equals(answer)) {
          yes.add(code);
        }
      }
    }
    String respondent = body == null ? null : body.path("respondent").asString(null);
    if (respondent != null && !Set.of("child", "caregiver", "caseworker_observation", "other").contains(respondent)) {
      errors.add(new FieldError("respondent", "must be child, caregiver, caseworker_observation or other"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return transactions.execute(tx -> {
      CaseFacts c = access.requireCase(actor, Action.ASSESSMENT_MANAGE, caseId, "screening.create");
      TraffickingRule.Outcome outcome = TraffickingRule.screen(yes, indicators, c.presumedChild());
      Instant now = clock.instant();
      UUID id = UUID.randomUUID();
      ObjectNode doc = json.createObjectNode();
      doc.set("answers", answers);
      doc.put("respondent", respondent);
      doc.put("child", c.presumedChild());
      doc.set("elements", json.valueToTree(outcome.elements()));
      doc.set("reasons", json.valueToTree(outcome.reasons()));
      doc.put("proposedReferral", outcome.proposedReferral());
      rows.insertScreening(new AssessmentRows.ScreeningRow(id, caseId, outcome.flag().code(), doc, now,
          actor.userId()));
      access.allowed(actor, "screening.create", AssessmentAccess.CASE, caseId, "screening " + id);
      if (outcome.flag() != TraffickingRule.Flag.NONE) {
        events.publishEvent(new AssessmentEvents.ScreeningFlagRaised(caseId, id, outcome.flag().code(),
            outcome.proposedReferral(), actor, now));
      }
      return view(json, new AssessmentRows.ScreeningRow(id, caseId, outcome.flag().code(), doc, now,
          actor.userId()));
    });
  }

  static ObjectNode view(JsonMapper json, AssessmentRows.ScreeningRow s) {
    ObjectNode view = json.createObjectNode();
    view.put("id", s.id().toString());
    view.put("caseId", s.caseId().toString());
    view.put("flag", s.flag());
    view.setAll((ObjectNode) s.document());
    view.put("createdAt", s.createdAt().toString());
    view.put("createdBy", s.createdBy().toString());
    if (!"none".equals(s.flag())) {
      view.put("notice", NOT_AN_IDENTIFICATION);
    }
    return view;
  }
}
