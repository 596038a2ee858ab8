package org.haven.tracing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.haven.cases.CaseEvents;
import org.haven.cases.CaseMatching;
import org.haven.cases.CaseMatching.CaseCandidate;
import org.haven.cases.CaseMerging;
import org.haven.matching.Candidate;
import org.haven.matching.Decision;
import org.haven.matching.Description;
import org.haven.matching.MatchIndex;
import org.haven.tracing.domain.MatchUpkeep;
import org.haven.tracing.persistence.DuplicateRows;
import org.haven.tracing.persistence.MatchRows;
import org.haven.tracing.persistence.MatchRows.MatchRow;
import org.haven.tracing.persistence.TracingRequestRows;
import org.haven.tracing.persistence.TracingRequestRows.RequestRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps potential matches current without anyone asking. A request is matched against the cases when it
 * is filed or changed; a case against the open requests when it is registered or changed (from an
 * in-memory index of the requests whose child is still sought); every open request again once the index
 * of cases is built. A new case is also checked against the registered cases for a second registration
 * of the same child. Each new pair is published as {@link TracingEvents.PotentialMatchFound}.
 *
 * <p>All of it runs on one background thread after the triggering transaction commits, so saving a case
 * stays fast, and the work on the match tables never races with itself.
 */
@Component
class TracingMatcher implements SmartInitializingSingleton, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(TracingMatcher.class);
  /** Candidates kept per request; more than a reviewer works through, fewer than would drown the likely ones. */
  static final int CANDIDATES = 20;
  static final int DUPLICATE_CANDIDATES = 10;
  static final int DUPLICATES_QUEUED_PER_CASE = 3;

  private final TracingRequestRows requestRows;
  private final MatchRows matches;
  private final DuplicateRows duplicates;
  private final CaseMatching cases;
  private final CaseMerging merging;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final MatchIndex openRequests = new MatchIndex();
  /** The open requests' descriptions, as indexed: a new case's pairs are scored from them without a read. */
  private final Map<UUID, Description> openRequestsById = new ConcurrentHashMap<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "tracing-matcher");
    thread.setDaemon(true);
    return thread;
  });

  TracingMatcher(TracingRequestRows requestRows, MatchRows matches, DuplicateRows duplicates, CaseMatching cases,
      CaseMerging merging, TransactionTemplate transactions, JsonMapper json, Clock clock,
      ApplicationEventPublisher events) {
    this.requestRows = requestRows;
    this.matches = matches;
    this.duplicates = duplicates;
    this.cases = cases;
    this.merging = merging;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
    this.events = events;
  }

  /** Loads the open requests first, so that no event is handled against an empty index. */
  @Override
  public void afterSingletonsInstantiated() {
    submit("load open requests", () -> requestRows.searching().forEach(this::index));
  }

  @Override
  public void destroy() throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }

  @TransactionalEventListener
  void on(TracingEvents.TracingRequestFiled filed) {
    submit("match a request", () -> matchRequest(filed.requestId()));
  }

  @TransactionalEventListener
  void on(TracingRequestChanged changed) {
    submit("match a request", () -> matchRequest(changed.requestId()));
  }

  @TransactionalEventListener
  void on(CaseEvents.CaseRegistered registered) {
    submit("match a new case", () -> {
      // One read of the case serves both: the matcher's thread is the one that falls behind under load.
      Optional<CaseMatching.Traceable> traceable = cases.traceable(registered.caseId());
      matchCase(registered.caseId(), traceable, true);
      queueDuplicates(registered.caseId(), traceable);
    });
  }

  @TransactionalEventListener
  void on(CaseEvents.CaseUpdated updated) {
    submit("match a changed case", () -> matchCase(updated.caseId()));
  }

  /** A deleted case's pairs are hidden for good; nothing brings them back. */
  @TransactionalEventListener
  void on(CaseEvents.CaseDeleted deleted) {
    submit("withdraw a deleted case", () -> matchCase(deleted.caseId()));
  }

  /** Requests filed while the index of cases was being built found nothing; now they can. */
  @EventListener
  void on(CaseEvents.MatchIndexReady ready) {
    submit("match all open requests", () -> requestRows.searching().forEach(r -> matchRequest(r.id())));
  }

  private void submit(String what, Runnable work) {
    worker.execute(() -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        // The kind of failure only: messages can quote a child's data. The next change matches again.
        log.error("tracing: could not {}: {}", what, e.getClass().getName());
      }
    });
  }

  private void matchRequest(UUID requestId) {
    Optional<RequestRow> request = requestRows.find(requestId);
    if (request.isEmpty() || !request.get().status().searching()) {
      openRequests.remove(requestId.toString());
      openRequestsById.remove(requestId);
      return;
    }
    Description sought = index(request.get());
    if (!cases.ready()) {
      return;
    }
    Map<UUID, Candidate> found = new HashMap<>();
    for (CaseCandidate c : cases.similarTo(sought, CANDIDATES)) {
      found.put(c.caseId(), c.candidate());
    }
    Instant now = clock.instant();
    transactions.executeWithoutResult(tx -> {
      // The request's row first, as every transaction that writes a request's matches takes it: taken after
      // them, it deadlocked with an edit of the request on PostgreSQL.
      requestRows.findForUpdate(requestId);
      Map<UUID, MatchRow> stored = new HashMap<>();
      matches.ofRequest(requestId).forEach(m -> stored.put(m.caseId(), m));
      Set<UUID> pairs = new java.util.HashSet<>(found.keySet());
      pairs.addAll(stored.keySet());
      for (UUID caseId : pairs) {
        keep(requestId, caseId, stored.get(caseId), found.get(caseId), ineligibility(caseId), now);
      }
      if (!pairs.isEmpty()) {
        events.publishEvent(new TracingEvents.MatchesChanged(requestId));
      }
    });
  }

  private void matchCase(UUID caseId) {
    matchCase(caseId, cases.traceable(caseId), false);
  }

  /**
   * Brings the pairs of one case in line with the open requests. A new case has no stored pairs, so when it
   * resembles no open request (most new cases) there is nothing to write and no transaction is opened: in a
   * burst of registrations this thread is the one that falls behind.
   */
  private void matchCase(UUID caseId, Optional<CaseMatching.Traceable> traceable, boolean isNew) {
    Optional<Description> described = traceable.map(CaseMatching.Traceable::description);
    Map<UUID, Candidate> found = new HashMap<>();
    if (described.isPresent() && openRequests.size() > 0) {
      for (Candidate hit : openRequests.query(described.get(), CANDIDATES)) {
        UUID requestId = UUID.fromString(hit.recordId());
        found.put(requestId, scoredFromRequestSide(requestId, caseId).orElse(hit));
      }
    }
    if (isNew && found.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    String ineligible = ineligibility(caseId, traceable);
    transactions.executeWithoutResult(tx -> {
      // The rows of the requests first, in one order, as every transaction that writes a request's matches
      // takes its request's row first; the pairs are read again under those locks.
      Set<UUID> requests = new java.util.TreeSet<>(found.keySet());
      matches.ofCase(caseId).forEach(m -> requests.add(m.requestId()));
      requests.forEach(requestRows::findForUpdate);
      Map<UUID, MatchRow> stored = new HashMap<>();
      matches.ofCase(caseId).forEach(m -> stored.put(m.requestId(), m));
      Set<UUID> pairs = new java.util.HashSet<>(found.keySet());
      // Scores of closed requests' pairs are left as they are (nobody is looking any more), but a case that
      // may no longer be matched is hidden from every request.
      stored.keySet().stream().filter(id -> ineligible != null || openRequestsById.containsKey(id))
          .forEach(pairs::add);
      for (UUID requestId : pairs) {
        keep(requestId, caseId, stored.get(requestId), found.get(requestId), ineligible, now);
        events.publishEvent(new TracingEvents.MatchesChanged(requestId));
      }
    });
  }

  /**
   * The pair as scored when the request is matched against all cases, so that a pair's probability does
   * not depend on which side changed last; the request index's own score stands in when the case is not
   * (yet) in the index of cases.
   */
  private Optional<Candidate> scoredFromRequestSide(UUID requestId, UUID caseId) {
    if (!cases.ready()) {
      return Optional.empty();
    }
    return Optional.ofNullable(openRequestsById.get(requestId)).flatMap(sought -> cases.similarTo(sought, CANDIDATES)
        .stream().filter(c -> c.caseId().equals(caseId)).map(CaseCandidate::candidate).findFirst());
  }

  /** Brings one stored pair in line with the latest scores and the case's consent. */
  private void keep(UUID requestId, UUID caseId, MatchRow stored, Candidate found, String ineligible,
      Instant now) {
    MatchUpkeep.Step step = MatchUpkeep.step(stored == null ? null : stored.status(), found != null,
        ineligible == null);
    switch (step) {
      case INSERT -> {
        UUID matchId = UUID.randomUUID();
        matches.insert(matchId, requestId, caseId, found.probability(), found.decision().label(),
            found.explanation(), now);
        // In the matcher's transaction: whoever is told of the new match is told with it, or not at all.
        events.publishEvent(new TracingEvents.PotentialMatchFound(matchId, requestId, caseId,
            found.decision().label()));
      }
      case REFRESH -> matches.refresh(stored.id(), found.probability(), found.decision().label(),
          found.explanation(), now);
      case RESTORE -> matches.restore(stored.id(), now);
      case WITHDRAW -> matches.withdraw(stored.id(), MatchRows.NO_LONGER_SIMILAR, now);
      case HIDE -> matches.withdraw(stored.id(), ineligible, now);
      case LEAVE -> { }
    }
  }

  /** Why the case may not be matched against tracing requests, or null if it may. */
  private String ineligibility(UUID caseId) {
    return ineligibility(caseId, cases.traceable(caseId));
  }

  private String ineligibility(UUID caseId, Optional<CaseMatching.Traceable> traceable) {
    if (traceable.isEmpty()) {
      return MatchRows.DELETED;
    }
    if (!traceable.get().consentsToTracing()) {
      return MatchRows.NO_CONSENT;
    }
    return merging.mergedInto(caseId).isPresent() ? MatchRows.MERGED : null;
  }

  /**
   * Queues the registered cases that may be the same child as a newly registered one: those the matcher
   * calls a match, and those it wants a person to look at, the most likely first and only a few, so the
   * queue stays worth reading.
   */
  private void queueDuplicates(UUID caseId, Optional<CaseMatching.Traceable> traceable) {
    Optional<Description> described = traceable.map(CaseMatching.Traceable::description);
    if (described.isEmpty()) {
      return;
    }
    List<CaseCandidate> likely = cases.similarTo(described.get(), DUPLICATE_CANDIDATES).stream()
        .filter(c -> c.candidate().decision() != Decision.DIFFERENT && !c.caseId().equals(caseId))
        .filter(c -> merging.mergedInto(c.caseId()).isEmpty())
        .limit(DUPLICATES_QUEUED_PER_CASE)
        .toList();
    if (likely.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    transactions.executeWithoutResult(tx -> likely.stream()
        .filter(c -> !duplicates.paired(caseId, c.caseId()))
        .forEach(c -> duplicates.insert(UUID.randomUUID(), caseId, c.caseId(), c.candidate().probability(),
            c.candidate().explanation(), now)));
  }

  private Description index(RequestRow request) {
    Description sought = description(request);
    openRequests.put(sought);
    openRequestsById.put(request.id(), sought);
    return sought;
  }

  private Description description(RequestRow request) {
    return json.readValue(request.description(), Description.class);
  }
}
