package org.haven.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.audit.FieldChange;
import org.haven.audit.FieldDiff;
import org.haven.audit.RecordHistory;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.persistence.CaseRows;
import org.haven.forms.FormConfiguration;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The use cases of a child's case: register, read, edit, search, check for duplicates, show history.
 * Each runs in one transaction with its audit entries, after the access policy has agreed.
 */
@Service
public class CaseRegistry {
  private final CaseRows rows;
  private final CaseBodyParser parser;
  private final CaseAccess access;
  private final CaseMatcher matcher;
  private final RecordHistory history;
  private final FormConfiguration forms;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  CaseRegistry(CaseRows rows, CaseBodyParser parser, CaseAccess access, CaseMatcher matcher, RecordHistory history,
      FormConfiguration forms, ApplicationEventPublisher events, TransactionTemplate transactions, JsonMapper json,
      Clock clock) {
    this.rows = rows;
    this.parser = parser;
    this.access = access;
    this.matcher = matcher;
    this.history = history;
    this.forms = forms;
    this.events = events;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /** A registered case, and whether this call created it or found it already registered under the same id. */
  public record Registration(ChildCase childCase, boolean created) {}

  /**
   * Registers a child. With a client-chosen id the call is idempotent: a repeat (an offline device
   * syncing twice) returns the case registered the first time instead of creating another.
   */
  public Registration register(Actor actor, UUID clientId, JsonNode body) {
    access.require(actor, Action.CASE_CREATE, "case.create");
    CaseDetails details = withLatinNames(parser.parse(body));
    if (clientId == null) {
      // A fresh random id cannot have been used: no need to look for an earlier registration.
      UUID id = UUID.randomUUID();
      return transactions.execute(tx -> insertNew(actor, id, details));
    }
    UUID id = clientId;
    try {
      return transactions.execute(tx -> registerOnce(actor, id, details));
    } catch (DuplicateKeyException raceWithSameId) {
      // Another request with the same id committed first; answer as for any repeat.
      return transactions.execute(tx -> registerOnce(actor, id, details));
    }
  }

  private Registration registerOnce(Actor actor, UUID id, CaseDetails details) {
    Optional<ChildCase> existing = rows.find(id);
    if (existing.isPresent()) {
      ChildCase c = existing.get();
      if (!access.mayRead(actor, c)) {
        throw new ConflictException("a record with this id exists already");
      }
      access.allowed(actor, "case.create.repeat", c.id(), "registration repeated with the same id");
      return new Registration(c, false);
    }
    if (rows.exists(id)) {
      throw new ConflictException("a record with this id existed and was deleted");
    }
    return insertNew(actor, id, details);
  }

  private Registration insertNew(Actor actor, UUID id, CaseDetails details) {
    Instant now = clock.instant();
    ChildCase c = new ChildCase(id, CaseNumbers.format(rows.nextCaseNumber()), CaseStatus.OPEN, 1, actor.userId(),
        actor.agencyId(), now, actor.userId(), now, actor.userId(), details);
    rows.insert(c);
    rows.insertNameKeys(Map.of(id, matcher.nameKeys(details)));
    history.record(CaseAccess.RECORD_TYPE, id, actor.userId(), now,
        FieldDiff.between(null, json.valueToTree(details)));
    access.allowed(actor, "case.create", id, null);
    matcher.indexAfterCommit(c);
    events.publishEvent(new CaseEvents.CaseRegistered(id));
    return new Registration(c, true);
  }

  public ChildCase get(Actor actor, UUID id) {
    return transactions.execute(tx -> {
      ChildCase c = load(id);
      access.require(actor, Action.CASE_READ, c, "case.read");
      access.allowed(actor, "case.read", id, null);
      return c;
    });
  }

  /** Replaces the recorded details; refused with 412 if someone saved another version since {@code expectedVersion}. */
  public ChildCase update(Actor actor, UUID id, long expectedVersion, JsonNode body) {
    access.require(actor, Action.CASE_UPDATE, "case.update");
    CaseDetails details = withLatinNames(parser.parse(body));
    return transactions.execute(tx -> {
      ChildCase current = load(id);
      access.require(actor, Action.CASE_UPDATE, current, "case.update");
      if (current.version() != expectedVersion) {
        throw new StaleVersionException(expectedVersion, current.version());
      }
      List<FieldChange> changes = FieldDiff.between(json.valueToTree(current.details()), json.valueToTree(details));
      if (changes.isEmpty()) {
        access.allowed(actor, "case.update", id, "no change");
        return current;
      }
      Instant now = clock.instant();
      ChildCase updated = current.withDetails(details, actor.userId(), now);
      if (!rows.update(updated, expectedVersion)) {
        ChildCase latest = load(id);
        throw new StaleVersionException(expectedVersion, latest.version());
      }
      rows.replaceNameKeys(id, matcher.nameKeys(details));
      history.record(CaseAccess.RECORD_TYPE, id, actor.userId(), now, changes);
      access.allowed(actor, "case.update", id, null);
      events.publishEvent(new CaseEvents.CaseUpdated(id, updated.version()));
      return updated;
    });
  }

  /**
   * Deletes the case softly: the row, its history and its audit trail stay, it no longer shows anywhere.
   * The reason is required and kept with the record.
   */
  public void delete(Actor actor, UUID id, long expectedVersion, String reason) {
    access.require(actor, Action.CASE_DELETE, "case.delete");
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw InvalidRequestException.of("reason", "is required, at most 500 characters");
    }
    transactions.executeWithoutResult(tx -> {
      ChildCase current = load(id);
      access.require(actor, Action.CASE_DELETE, current, "case.delete");
      if (current.version() != expectedVersion) {
        throw new StaleVersionException(expectedVersion, current.version());
      }
      Instant now = clock.instant();
      if (!rows.softDelete(id, expectedVersion, actor.userId(), now, reason.strip())) {
        throw new StaleVersionException(expectedVersion, current.version() + 1);
      }
      history.record(CaseAccess.RECORD_TYPE, id, actor.userId(), now,
          List.of(new FieldChange("deleted", null, reason.strip())));
      access.allowed(actor, "case.delete", id, null);
      events.publishEvent(new CaseEvents.CaseDeleted(id));
    });
  }

  public record SearchQuery(String q, String status, String riskLevel, int page, int size) {}

  public record SearchPage(List<ChildCase> items, long total) {}

  /** Cases the actor may see, filtered; {@code q} matches names across spellings, transliterations and scripts. */
  public SearchPage search(Actor actor, SearchQuery query) {
    access.require(actor, Action.CASE_READ, "case.search");
    validate(query);
    CaseRows.Filter filter = new CaseRows.Filter(
        query.q() == null || query.q().isBlank() ? null : matcher.queryKeys(query.q()), query.status(),
        query.riskLevel(), access.scopeOf(actor), query.size(), query.page() * query.size());
    return transactions.execute(tx -> {
      CaseRows.Page page = searchRows(query, filter);
      access.allowedAll(actor, "case.search", page.items().stream().map(ChildCase::id).toList(), "listed in a search");
      return new SearchPage(page.items(), page.total());
    });
  }

  /**
   * A name search takes its candidates from the in-memory index once it is built: the database's name
   * keys of a common name (Mohammed, in some 15 % of cases) would make it aggregate a large part of the
   * registry at every search. The index's best candidates are filtered by scope and paged; when they do
   * not fill the page asked for (a rare name, a narrow scope, a late page, cases imported by another
   * process since the server started), the database's name keys answer instead: then few cases share the
   * query's keys, or the scope's filter narrows them. {@code total} counts at most the index's best
   * {@value CaseMatcher#CANDIDATE_LIMIT} when the index answers.
   */
  private CaseRows.Page searchRows(SearchQuery query, CaseRows.Filter filter) {
    if (filter.nameKeys() != null && !filter.nameKeys().isEmpty()) {
      Optional<List<UUID>> ranked = matcher.namesLike(query.q());
      if (ranked.isPresent()) {
        CaseRows.Page page = rows.searchAmong(ranked.get(), filter);
        if (page.total() >= (long) filter.offset() + filter.limit()) {
          return page;
        }
      }
    }
    return rows.search(filter);
  }

  public record DuplicateCandidate(ChildCase childCase, double probability, String explanation) {}

  /** Registered cases, within the actor's scope, that may be the child described; most likely first. */
  public List<DuplicateCandidate> duplicatesOf(Actor actor, JsonNode body) {
    access.require(actor, Action.CASE_READ, "case.duplicate-check");
    CaseDetails details = withLatinNames(parser.parseDescription(body));
    return transactions.execute(tx -> {
      // Candidates come from all cases; only those the actor may read are shown.
      List<DuplicateCandidate> found = matcher.rank(details).stream()
          .filter(d -> access.mayRead(actor, d.childCase()))
          .toList();
      access.allowedAll(actor, "case.duplicate-check", found.stream().map(d -> d.childCase().id()).toList(),
          "shown as a possible duplicate");
      return found;
    });
  }

  public List<RecordHistory.Entry> history(Actor actor, UUID id) {
    return transactions.execute(tx -> {
      ChildCase c = load(id);
      access.require(actor, Action.CASE_READ, c, "case.history");
      access.allowed(actor, "case.history", id, null);
      return history.of(id);
    });
  }

  private ChildCase load(UUID id) {
    return rows.find(id).orElseThrow(() -> new NotFoundException("case " + id));
  }

  private CaseDetails withLatinNames(CaseDetails d) {
    return d.withLatinNames(d.givenNameLatin() != null ? d.givenNameLatin() : LatinNames.of(d.givenName()),
        d.familyNameLatin() != null ? d.familyNameLatin() : LatinNames.of(d.familyName()));
  }

  private void validate(SearchQuery query) {
    List<FieldError> errors = new ArrayList<>();
    if (query.page() < 0) {
      errors.add(new FieldError("page", "must be 0 or more"));
    }
    if (query.size() < 1 || query.size() > 100) {
      errors.add(new FieldError("size", "must be from 1 to 100"));
    }
    if (query.status() != null && !List.of("open", "closed", "transferred", "duplicate").contains(query.status())) {
      errors.add(new FieldError("status", "must be open, closed, transferred or duplicate"));
    }
    if (query.riskLevel() != null && !forms.isLookupValue("risk_level", query.riskLevel())) {
      errors.add(new FieldError("riskLevel", "is not a value of the lookup risk_level"));
    }
    if (query.q() != null && query.q().length() > 200) {
      errors.add(new FieldError("q", "must be at most 200 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }
}
