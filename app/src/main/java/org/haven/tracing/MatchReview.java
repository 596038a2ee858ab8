package org.haven.tracing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.audit.FieldChange;
import org.haven.audit.RecordHistory;
import org.haven.cases.CaseMatching;
import org.haven.cases.CaseRegistry;
import org.haven.cases.domain.ChildCase;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.matching.Description;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.haven.tracing.domain.Evidence;
import org.haven.tracing.domain.Explanations;
import org.haven.tracing.domain.IllegalTransition;
import org.haven.tracing.domain.MatchStatus;
import org.haven.tracing.domain.ReviewTransition;
import org.haven.tracing.persistence.MatchRows;
import org.haven.tracing.persistence.MatchRows.MatchRow;
import org.haven.tracing.persistence.TracingRequestRows;
import org.haven.tracing.persistence.TracingRequestRows.RequestRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviewing potential matches: the matches of a request, the queue of pairs waiting for a decision
 * (most probable first), a side-by-side comparison with the evidence per field, and the decision.
 * Nobody sees a match to a case outside their scope; every listing, read and decision is audited.
 */
@Service
public class MatchReview {
  static final int MAX_NOTE = 1000;
  private static final int QUEUE_BATCH = 200;
  private static final int QUEUE_MAX_SCANNED = 5000;

  private final MatchRows matches;
  private final TracingRequestRows requests;
  private final TracingAccess access;
  private final CaseMatching cases;
  private final CaseRegistry caseRegistry;
  private final RecordHistory history;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  MatchReview(MatchRows matches, TracingRequestRows requests, TracingAccess access, CaseMatching cases,
      CaseRegistry caseRegistry, RecordHistory history, ApplicationEventPublisher events,
      TransactionTemplate transactions, JsonMapper json, Clock clock) {
    this.matches = matches;
    this.requests = requests;
    this.access = access;
    this.cases = cases;
    this.caseRegistry = caseRegistry;
    this.history = history;
    this.events = events;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /** A potential match as reviewers see it. */
  public record Match(UUID matchId, UUID requestId, UUID caseId, double probability, String decision,
      List<Evidence> explanation, String status, String note, UUID decidedBy, Instant decidedAt, long version) {}

  /** One compared field: what the request says, what the case says, and how much it weighed. */
  public record FieldComparison(String field, String sought, @JsonProperty("case") String caseValue, Double weight,
      String detail) {}

  /**
   * The side-by-side view of a match: the fields, and the evidence no single field carries (other
   * registered children that fit the description as well, a brother or sister who would).
   */
  public record Comparison(Match match, String caseNumber, List<FieldComparison> fields, List<Evidence> context) {}

  /** The shown matches of a request, to cases the actor may read, most probable first. */
  public List<Match> ofRequest(Actor actor, UUID requestId) {
    access.require(actor, Action.TRACING_MANAGE, TracingAccess.REQUEST, "tracing_request.matches");
    return transactions.execute(tx -> {
      RequestRow request = requests.find(requestId)
          .orElseThrow(() -> new NotFoundException("tracing request " + requestId));
      access.require(actor, Action.TRACING_MANAGE, request, "tracing_request.matches");
      List<MatchRow> visible = matches.ofRequest(requestId).stream()
          .filter(m -> m.shown() && cases.mayRead(actor, m.caseId())).toList();
      access.allowed(actor, "tracing_request.matches", TracingAccess.REQUEST, requestId, null);
      access.allowedAll(actor, "tracing_match.list", TracingAccess.MATCH, visible.stream().map(MatchRow::id).toList(),
          "listed for tracing request " + requestId);
      return visible.stream().map(MatchReview::view).toList();
    });
  }

  /**
   * The shown matches of a case, to requests the actor may manage, most probable first: what the case
   * page lists under tracing. Reading the case itself is checked (and audited) by the cases module.
   */
  public List<Match> ofCase(Actor actor, UUID caseId) {
    access.require(actor, Action.TRACING_MANAGE, TracingAccess.MATCH, "tracing_match.of_case");
    caseRegistry.get(actor, caseId);
    return transactions.execute(tx -> {
      List<MatchRow> visible = matches.ofCase(caseId).stream().filter(MatchRow::shown)
          .filter(m -> requests.find(m.requestId()).map(r -> access.may(actor, Action.TRACING_MANAGE, r)).orElse(false))
          .sorted(java.util.Comparator.comparingDouble(MatchRow::probability).reversed()).toList();
      access.allowedAll(actor, "tracing_match.list", TracingAccess.MATCH, visible.stream().map(MatchRow::id).toList(),
          "listed for case " + caseId);
      return visible.stream().map(MatchReview::view).toList();
    });
  }

  /** Shown matches in a status, most probable first, limited to pairs the actor may see both sides of. */
  public List<Match> queue(Actor actor, String status, int size) {
    access.require(actor, Action.TRACING_MANAGE, TracingAccess.MATCH, "tracing_match.queue");
    MatchStatus wanted = queueStatus(status, size);
    return transactions.execute(tx -> {
      List<MatchRow> visible = new ArrayList<>();
      Map<UUID, Boolean> requestVisible = new HashMap<>();
      for (int offset = 0; visible.size() < size && offset < QUEUE_MAX_SCANNED; offset += QUEUE_BATCH) {
        List<MatchRow> batch = matches.shownWithStatus(wanted, QUEUE_BATCH, offset);
        for (MatchRow m : batch) {
          boolean mayRequest = requestVisible.computeIfAbsent(m.requestId(), id -> requests.find(id)
              .map(r -> access.may(actor, Action.TRACING_MANAGE, r)).orElse(false));
          if (visible.size() < size && mayRequest && cases.mayRead(actor, m.caseId())) {
            visible.add(m);
          }
        }
        if (batch.size() < QUEUE_BATCH) {
          break;
        }
      }
      access.allowedAll(actor, "tracing_match.queue", TracingAccess.MATCH, visible.stream().map(MatchRow::id).toList(),
          "listed in the review queue");
      return visible.stream().map(MatchReview::view).toList();
    });
  }

  /**
   * The request's description of the child next to the case's, field by field with the evidence. The
   * case is read through the cases module, which checks access and audits the read.
   */
  public Comparison compare(Actor actor, UUID matchId) {
    access.require(actor, Action.TRACING_MANAGE, TracingAccess.MATCH, "tracing_match.read");
    return transactions.execute(tx -> {
      MatchRow m = loadShown(matchId);
      RequestRow request = requests.find(m.requestId())
          .orElseThrow(() -> new NotFoundException("match " + matchId));
      access.require(actor, Action.TRACING_MANAGE, request, "tracing_match.read");
      ChildCase childCase = caseRegistry.get(actor, m.caseId());
      Description sought = json.readValue(request.description(), Description.class);
      Optional<Description> described = cases.describe(childCase.id());
      access.allowed(actor, "tracing_match.read", TracingAccess.MATCH, matchId, null);
      List<Evidence> evidence = Explanations.parse(m.explanation());
      return new Comparison(view(m), childCase.caseNumber(),
          described.map(c -> SideBySide.of(sought, c, evidence)).orElse(List.of()), SideBySide.beyondFields(evidence));
    });
  }

  /**
   * Confirms or rejects a match. A decided match changes only with {@code change} set, so that two
   * reviewers cannot overturn each other by accident; anything else the state does not allow is a 409.
   */
  public Match decide(Actor actor, UUID matchId, String decision, boolean change, String note) {
    return decide(actor, matchId, null, decision, change, note);
  }

  /**
   * The same decision, taken on the version of the match the reviewer looked at: if the match changed
   * since (another decision, or new evidence from re-matching), it is refused with 412 so that the
   * reviewer looks again instead of deciding on what they did not see.
   */
  public Match decide(Actor actor, UUID matchId, Long expectedVersion, String decision, boolean change, String note) {
    access.require(actor, Action.MATCH_DECIDE, TracingAccess.MATCH, "tracing_match.decide");
    MatchStatus requested = decisionOf(decision, note);
    return transactions.execute(tx -> {
      MatchRow m = loadShown(matchId);
      // The request's row before the match's, in the order the matcher takes them.
      RequestRow request = requests.findForUpdate(m.requestId())
          .orElseThrow(() -> new NotFoundException("match " + matchId));
      access.require(actor, Action.MATCH_DECIDE, request, "tracing_match.decide");
      if (!cases.mayRead(actor, m.caseId())) {
        access.denied(actor, "tracing_match.decide", TracingAccess.MATCH, matchId, "case outside the actor's scope");
      }
      if (expectedVersion != null && m.version() != expectedVersion) {
        throw new StaleVersionException(expectedVersion, m.version());
      }
      MatchStatus next;
      try {
        next = ReviewTransition.next(m.status(), requested, change);
      } catch (IllegalTransition e) {
        throw new ConflictException(e.getMessage());
      }
      Instant now = clock.instant();
      if (!matches.decide(matchId, next, actor.userId(), now, note, m.version())) {
        throw new ConflictException("the match changed meanwhile; look at it again");
      }
      List<FieldChange> changes = new ArrayList<>();
      changes.add(new FieldChange("status", m.status().code(), next.code()));
      if (note != null || m.note() != null) {
        changes.add(new FieldChange("note", m.note(), note));
      }
      history.record(TracingAccess.MATCH, matchId, actor.userId(), now, changes);
      access.allowed(actor, "tracing_match.decide", TracingAccess.MATCH, matchId,
          m.status().pending() ? next.code() : "changed from " + m.status().code() + " to " + next.code());
      if (next == MatchStatus.CONFIRMED) {
        events.publishEvent(new TracingEvents.MatchConfirmed(matchId, m.requestId(), m.caseId()));
      }
      events.publishEvent(new TracingEvents.MatchesChanged(m.requestId()));
      return view(matches.find(matchId).orElseThrow());
    });
  }

  private MatchRow loadShown(UUID matchId) {
    return matches.find(matchId).filter(MatchRow::shown)
        .orElseThrow(() -> new NotFoundException("match " + matchId));
  }

  static Match view(MatchRow m) {
    return new Match(m.id(), m.requestId(), m.caseId(), m.probability(), m.decision(),
        Explanations.parse(m.explanation()), m.status().code(), m.note(), m.decidedBy(), m.decidedAt(), m.version());
  }

  private static MatchStatus decisionOf(String decision, String note) {
    List<FieldError> errors = new ArrayList<>();
    MatchStatus status = null;
    if (!"confirmed".equals(decision) && !"rejected".equals(decision)) {
      errors.add(new FieldError("decision", "must be confirmed or rejected"));
    } else {
      status = MatchStatus.fromCode(decision);
    }
    if (note != null && note.length() > MAX_NOTE) {
      errors.add(new FieldError("note", "must be at most " + MAX_NOTE + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return status;
  }

  private static MatchStatus queueStatus(String status, int size) {
    List<FieldError> errors = new ArrayList<>();
    MatchStatus wanted = MatchStatus.PENDING;
    if (status != null) {
      try {
        wanted = MatchStatus.fromCode(status);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("status", "must be pending, confirmed or rejected"));
      }
    }
    if (size < 1 || size > 100) {
      errors.add(new FieldError("size", "must be from 1 to 100"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return wanted;
  }
}
