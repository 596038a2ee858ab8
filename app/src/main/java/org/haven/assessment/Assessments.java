package org.haven.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.haven.assessment.domain.Assessment;
import org.haven.assessment.domain.AssessmentStatus;
import org.haven.assessment.domain.Factor;
import org.haven.assessment.domain.Finding;
import org.haven.assessment.domain.Level;
import org.haven.assessment.domain.RiskLevel;
import org.haven.assessment.domain.RiskProposal;
import org.haven.assessment.domain.TraffickingRule;
import org.haven.cases.CaseFacts;
import org.haven.cases.CaseLifecycle;
import org.haven.forms.FormConfiguration;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.locations.Locations;
import org.haven.shared.ClientIds;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The use cases of vulnerability assessment: record (draft), edit, submit, approve or return (on a
 * supervisor's decision, through the casework module's approval queue), override the proposed risk level.
 * The case's risk level is the more urgent of the effective levels of its latest approved individual and
 * household assessments; when it changes the case stores it and {@link AssessmentEvents.RiskLevelChanged}
 * is published in the same transaction.
 */
@Service
public class Assessments {
  private static final int MAX_TEXT = 2000;

  private final AssessmentRows rows;
  private final AssessmentCatalogue catalogue;
  private final AssessmentAccess access;
  private final CaseLifecycle cases;
  private final Locations locations;
  private final FormConfiguration forms;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  Assessments(AssessmentRows rows, AssessmentCatalogue catalogue, AssessmentAccess access, CaseLifecycle cases,
      Locations locations, FormConfiguration forms, ApplicationEventPublisher events, TransactionTemplate transactions,
      JsonMapper json, Clock clock) {
    this.json = json;
    this.rows = rows;
    this.catalogue = catalogue;
    this.access = access;
    this.cases = cases;
    this.locations = locations;
    this.forms = forms;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** What a client sends: the level (and for context levels the area or country), the findings, notes. */
  public record Draft(Level level, UUID locationId, String country, List<Finding> findings, String notes) {}

  /** A recorded assessment, and whether this call created it or found it recorded under the same id. */
  public record Recorded(Assessment assessment, boolean created) {}

  /**
   * Records an individual or household assessment of the child's case, as a draft. With a client-chosen
   * {@code id} a repeat (an offline device syncing twice) returns the assessment recorded the first time.
   */
  public Recorded recordForCase(Actor actor, UUID caseId, JsonNode body) {
    UUID clientId = ClientIds.from(body);
    Draft draft = parse(body, true);
    return transactions.execute(tx -> {
      CaseFacts c = access.requireCase(actor, Action.ASSESSMENT_MANAGE, caseId, "assessment.create");
      Optional<Recorded> repeat = repeat(clientId, a -> caseId.equals(a.caseId()));
      if (repeat.isPresent()) {
        return repeat.get();
      }
      Instant now = clock.instant();
      Assessment a = new Assessment(clientId == null ? UUID.randomUUID() : clientId, draft.level(), caseId, null,
          null, AssessmentStatus.DRAFT,
          propose(draft.findings(), caseId), null, null, null, 1, draft.findings(), draft.notes(), c.agencyId(), now,
          actor.userId(), now, actor.userId(), null, null);
      rows.insert(a);
      access.allowed(actor, "assessment.create", AssessmentAccess.CASE, caseId, a.level().code());
      return new Recorded(a, true);
    });
  }

  /** Records a community (area) or structural (country) assessment, as a draft; idempotent by client id. */
  public Recorded recordContext(Actor actor, JsonNode body) {
    access.require(actor, Action.ASSESSMENT_MANAGE, "assessment.create", AssessmentAccess.CONTEXT, null);
    UUID clientId = ClientIds.from(body);
    Draft draft = parse(body, false);
    return transactions.execute(tx -> {
      Optional<Recorded> repeat = repeat(clientId, a -> a.caseId() == null);
      if (repeat.isPresent()) {
        return repeat.get();
      }
      Instant now = clock.instant();
      Assessment a = new Assessment(clientId == null ? UUID.randomUUID() : clientId, draft.level(), null,
          draft.locationId(), draft.country(),
          AssessmentStatus.DRAFT, propose(draft.findings(), null), null, null, null, 1, draft.findings(),
          draft.notes(), actor.agencyId(), now, actor.userId(), now, actor.userId(), null, null);
      rows.insert(a);
      access.allowed(actor, "assessment.create", AssessmentAccess.CONTEXT, a.id(), a.level().code());
      return new Recorded(a, true);
    });
  }

  /** The assessment recorded before under this client id; an id taken by another record is a conflict. */
  private Optional<Recorded> repeat(UUID clientId, java.util.function.Predicate<Assessment> sameSubject) {
    if (clientId == null) {
      return Optional.empty();
    }
    return rows.find(clientId).map(existing -> {
      if (!sameSubject.test(existing)) {
        throw new ConflictException("a record with this id exists already");
      }
      return new Recorded(existing, false);
    });
  }

  public Assessment get(Actor actor, UUID id) {
    return transactions.execute(tx -> {
      Assessment a = load(id);
      authorise(actor, a, Action.CASE_READ, "assessment.read");
      return a;
    });
  }

  /** Replaces the findings and notes of a draft; 412 when someone saved another version since. */
  public Assessment edit(Actor actor, UUID id, long expectedVersion, JsonNode body) {
    return transactions.execute(tx -> {
      Assessment current = load(id);
      authorise(actor, current, Action.ASSESSMENT_MANAGE, "assessment.update");
      checkVersion(current, expectedVersion);
      current.status().requireEditable();
      Draft draft = parseContent(body, current.level());
      Assessment changed = current.withContent(draft.findings(), draft.notes(), propose(draft.findings(),
          current.caseId()), actor.userId(), clock.instant());
      save(changed, expectedVersion);
      return changed;
    });
  }

  /** Submits a draft; where the deployment requires no approval it takes effect at once. */
  public Assessment submit(Actor actor, UUID id, long expectedVersion) {
    return transactions.execute(tx -> {
      Assessment current = load(id);
      authorise(actor, current, Action.ASSESSMENT_MANAGE, "assessment.submit");
      checkVersion(current, expectedVersion);
      AssessmentStatus next = current.status().submit();
      Instant now = clock.instant();
      // Proposed again: a screening since the draft was written may have raised a flag.
      Assessment submitted = current.withContent(current.findings(), current.notes(),
          propose(current.findings(), current.caseId()), actor.userId(), now);
      submitted = new Assessment(submitted.id(), submitted.level(), submitted.caseId(), submitted.locationId(),
          submitted.country(), next, submitted.proposal(), submitted.overrideRisk(), submitted.overrideReason(),
          submitted.overriddenBy(), submitted.version(), submitted.findings(), submitted.notes(),
          submitted.agencyId(), submitted.createdAt(), submitted.createdBy(), now, actor.userId(), null, null);
      save(submitted, expectedVersion);
      events.publishEvent(new AssessmentEvents.AssessmentSubmitted(id, current.caseId(), current.agencyId(),
          current.level().code(), actor));
      return load(id);
    });
  }

  /**
   * Makes a submitted assessment effective. Called by the approval queue after it checked the approver's
   * right (or at submission, where no approval is required).
   */
  public Assessment approve(Actor approver, UUID id) {
    return transactions.execute(tx -> {
      Assessment current = load(id);
      Assessment approved = current.withStatus(current.status().approve(), approver.userId(), clock.instant());
      save(approved, current.version());
      audit(approver, approved, "assessment.approve");
      if (approved.level().ofCase()) {
        applyRiskToCase(approver, approved.caseId(), approved.id());
      }
      return approved;
    });
  }

  /** Sends a submitted assessment back to draft, on a supervisor's rejection in the approval queue. */
  public Assessment returnForRevision(Actor approver, UUID id, String comment) {
    return transactions.execute(tx -> {
      Assessment current = load(id);
      Assessment returned = current.withStatus(current.status().returnForRevision(), approver.userId(),
          clock.instant());
      save(returned, current.version());
      audit(approver, returned, "assessment.return");
      events.publishEvent(new AssessmentEvents.AssessmentReturned(id, current.caseId(), current.createdBy()));
      return returned;
    });
  }

  /** A supervisor replaces the proposed level, with a reason; on an approved assessment it applies at once. */
  public Assessment overrideRisk(Actor actor, UUID id, long expectedVersion, String level, String reason) {
    List<FieldError> errors = new ArrayList<>();
    RiskLevel risk = null;
    try {
      risk = RiskLevel.fromCode(level);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("riskLevel", e.getMessage()));
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      errors.add(new FieldError("reason", "is required, at most 1000 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    RiskLevel chosen = risk;
    return transactions.execute(tx -> {
      Assessment current = load(id);
      authorise(actor, current, Action.RISK_OVERRIDE, "assessment.risk-override");
      checkVersion(current, expectedVersion);
      Assessment changed = current.withOverride(chosen, reason.strip(), actor.userId(), clock.instant());
      save(changed, expectedVersion);
      if (changed.status() == AssessmentStatus.APPROVED && changed.level().ofCase()) {
        applyRiskToCase(actor, changed.caseId(), changed.id());
      }
      return changed;
    });
  }

  /** Everything assessed about a case, with the community and structural assessments that apply to it. */
  public record CaseAssessments(CaseFacts facts, List<Assessment> ofCase, List<Assessment> community,
      List<Assessment> structural, List<JsonNode> screenings) {
    /** The flag of the latest screening, if it raised one. */
    public String flag() {
      return screenings.isEmpty() || "none".equals(screenings.get(0).path("flag").asString()) ? null
          : screenings.get(0).path("flag").asString();
    }
  }

  public CaseAssessments ofCase(Actor actor, UUID caseId) {
    return transactions.execute(tx -> {
      CaseFacts c = access.requireCase(actor, Action.CASE_READ, caseId, "assessment.list");
      List<UUID> areas = c.locationId() == null ? List.of() : locations.withAncestors(c.locationId());
      List<Assessment> community = rows.approvedOfAreas(areas);
      List<Assessment> structural = c.country() == null ? List.of() : rows.approvedOfCountry(c.country());
      access.allowed(actor, "assessment.list", AssessmentAccess.CASE, caseId, null);
      return new CaseAssessments(c, rows.ofCase(caseId), community, structural, rows.screeningsOf(caseId).stream()
          .map(row -> (JsonNode) Screenings.view(json, row)).toList());
    });
  }

  /** Recent community or structural assessments, for the people who write them. */
  public List<Assessment> contextAssessments(Actor actor, Level level) {
    access.require(actor, Action.ASSESSMENT_MANAGE, "assessment.list", AssessmentAccess.CONTEXT, null);
    return rows.context(level, 200);
  }

  private void applyRiskToCase(Actor actor, UUID caseId, UUID assessmentId) {
    RiskLevel individual = rows.latestApproved(caseId, Level.INDIVIDUAL).map(Assessment::effectiveRisk).orElse(null);
    RiskLevel household = rows.latestApproved(caseId, Level.HOUSEHOLD).map(Assessment::effectiveRisk).orElse(null);
    RiskLevel level = RiskLevel.higher(individual, household);
    CaseFacts before = cases.require(caseId);
    if (level == null || level.code().equals(before.riskLevel())) {
      return;
    }
    cases.recordRiskLevel(actor, caseId, level.code(), "assessment " + assessmentId);
    events.publishEvent(new AssessmentEvents.RiskLevelChanged(caseId, before.riskLevel(), level.code(), assessmentId,
        actor, clock.instant()));
  }

  private RiskProposal propose(List<Finding> findings, UUID caseId) {
    boolean flagged = caseId != null && rows.screeningsOf(caseId).stream().findFirst()
        .map(s -> TraffickingRule.Flag.TRAFFICKING_INDICATORS.code().equals(s.flag())).orElse(false);
    return RiskProposal.of(findings, catalogue.factors(), flagged);
  }

  private void authorise(Actor actor, Assessment a, Action action, String auditAction) {
    if (a.caseId() != null) {
      access.requireCase(actor, action, a.caseId(), auditAction);
    } else {
      access.require(actor, action == Action.CASE_READ ? Action.CASE_READ : action, auditAction,
          AssessmentAccess.CONTEXT, a.id());
    }
    audit(actor, a, auditAction);
  }

  private void audit(Actor actor, Assessment a, String auditAction) {
    if (a.caseId() != null) {
      access.allowed(actor, auditAction, AssessmentAccess.CASE, a.caseId(), "assessment " + a.id());
    } else {
      access.allowed(actor, auditAction, AssessmentAccess.CONTEXT, a.id(), null);
    }
  }

  private void save(Assessment changed, long expectedVersion) {
    if (!rows.update(changed, expectedVersion)) {
      throw new StaleVersionException(expectedVersion, load(changed.id()).version());
    }
  }

  private static void checkVersion(Assessment a, long expected) {
    if (a.version() != expected) {
      throw new StaleVersionException(expected, a.version());
    }
  }

  private Assessment load(UUID id) {
    return rows.find(id).orElseThrow(() -> new NotFoundException("assessment " + id));
  }

  private Draft parse(JsonNode body, boolean ofCase) {
    String levelCode = body == null || !body.path("level").isString() ? null : body.get("level").asString();
    Level level;
    try {
      level = Level.fromCode(levelCode);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("level", e.getMessage());
    }
    if (level.ofCase() != ofCase) {
      throw InvalidRequestException.of("level", ofCase ? "must be individual or household for a child's case"
          : "must be community or structural here; individual and household assessments belong to a case");
    }
    Draft content = parseContent(body, level);
    List<FieldError> errors = new ArrayList<>();
    UUID locationId = null;
    String country = null;
    if (level == Level.COMMUNITY) {
      try {
        locationId = UUID.fromString(body.path("locationId").asString(""));
        if (!locations.exists(locationId)) {
          errors.add(new FieldError("locationId", "is not a known location"));
        }
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("locationId", "is required: the area assessed"));
      }
    } else if (level == Level.STRUCTURAL) {
      country = body.path("country").asString(null);
      if (country == null || !forms.isCountryCode(country)) {
        errors.add(new FieldError("country", "is required: an ISO 3166-1 alpha-3 country code"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return new Draft(level, locationId, country, content.findings(), content.notes());
  }

  private Draft parseContent(JsonNode body, Level level) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Factor> factors = catalogue.factors();
    List<Finding> findings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    JsonNode given = body == null ? null : body.get("findings");
    if (given == null || !given.isArray()) {
      errors.add(new FieldError("findings", "is required: a list of {code, present, evidence}"));
    } else {
      for (int i = 0; i < given.size(); i++) {
        JsonNode f = given.get(i);
        String code = f.path("code").asString(null);
        Factor factor = code == null ? null : factors.get(code);
        if (factor == null) {
          errors.add(new FieldError("findings[" + i + "].code", "is not a factor of the catalogue"));
          continue;
        }
        if (factor.level() != level) {
          errors.add(new FieldError("findings[" + i + "].code", "is a factor of the " + factor.level().code()
              + " level, not " + level.code()));
        }
        if (!seen.add(code)) {
          errors.add(new FieldError("findings[" + i + "].code", "appears twice"));
        }
        if (!f.path("present").isBoolean()) {
          errors.add(new FieldError("findings[" + i + "].present", "is required: true or false"));
        }
        String evidence = f.path("evidence").asString(null);
        if (f.path("present").asBoolean(false) && (evidence == null || evidence.isBlank())) {
          errors.add(new FieldError("findings[" + i + "].evidence", "is required for a factor found present"));
        } else if (evidence != null && evidence.length() > MAX_TEXT) {
          errors.add(new FieldError("findings[" + i + "].evidence", "must be at most " + MAX_TEXT + " characters"));
        }
        findings.add(new Finding(code, f.path("present").asBoolean(false), evidence == null ? null : evidence.strip()));
      }
    }
    String notes = body == null ? null : body.path("notes").asString(null);
    if (notes != null && notes.length() > MAX_TEXT) {
      errors.add(new FieldError("notes", "must be at most " + MAX_TEXT + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return new Draft(level, null, null, findings, notes);
  }
}
