package org.haven.cases;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.haven.cases.CaseRegistry.DuplicateCandidate;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.persistence.CaseRows;
import org.haven.identity.RecordFilter;
import org.haven.locations.Locations;
import org.haven.locations.LocationsImported;
import org.haven.matching.Candidate;
import org.haven.matching.Description;
import org.haven.matching.Knowledge;
import org.haven.matching.MatchIndex;
import org.haven.matching.NameKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps every registered case in the matching library's in-memory index, so that "is this child already
 * registered?" is answered by the same scoring as family tracing, across spellings and scripts. The
 * index is built from the database when the server starts and kept current as cases are saved; until it
 * is built, candidates come from the name keys in the database and are scored on their own.
 */
@Component
class CaseMatcher {
  private static final Logger log = LoggerFactory.getLogger(CaseMatcher.class);
  static final int CANDIDATE_LIMIT = 200;
  private static final int NAME_KEY_LENGTH = 60;

  private final CaseRows rows;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final Locations locations;
  /** The shipped knowledge, extended with the deployment's gazetteer when the index is built. */
  private final Knowledge knowledge = Knowledge.defaults();
  private final MatchIndex index = new MatchIndex(knowledge);
  private final AtomicBoolean ready = new AtomicBoolean();
  private final AtomicBoolean started = new AtomicBoolean();

  CaseMatcher(CaseRows rows, Clock clock, ApplicationEventPublisher events, Locations locations) {
    this.rows = rows;
    this.clock = clock;
    this.events = events;
    this.locations = locations;
  }

  @EventListener(ApplicationReadyEvent.class)
  void buildIndexInBackground() {
    started.set(true);
    Thread builder = new Thread(this::buildIndex, "case-match-index");
    builder.setDaemon(true);
    builder.start();
  }

  private void buildIndex() {
    long started = System.nanoTime();
    readPlacesAndIndexEveryCase();
    index.train();
    ready.set(true);
    events.publishEvent(new CaseEvents.MatchIndexReady(index.size()));
    log.info("case match index ready: {} cases in {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * New names or a new hierarchy change how places compare: the gazetteer is extended and every case put
   * again, in the background (about 20 s per million cases; imports are rare). Queries meanwhile see old
   * and new profiles side by side.
   */
  @EventListener
  void on(LocationsImported imported) {
    if (!started.get()) {
      return;
    }
    Thread refresher = new Thread(() -> {
      readPlacesAndIndexEveryCase();
      log.info("case match index: places re-read after a location import, {} cases", index.size());
    }, "case-match-places");
    refresher.setDaemon(true);
    refresher.start();
  }

  /** A case's places are read when it is put, so every case is put after the gazetteer is (re)read. */
  private void readPlacesAndIndexEveryCase() {
    LocationKnowledge.addTo(knowledge, locations.all());
    rows.forEach(c -> index.put(CaseDescriptions.of(c)));
  }

  @TransactionalEventListener
  void on(CaseEvents.CaseUpdated updated) {
    reindex(updated.caseId());
  }

  @TransactionalEventListener
  void on(CaseEvents.CaseDeleted deleted) {
    index.remove(deleted.caseId().toString());
  }

  /**
   * Indexes a case registered in the running transaction once it commits, from the case in hand: reading
   * it back from the database, as a change does, would cost every registration another round trip and
   * parse. Registered before the registration's event, so that the index has the case before the tracing
   * matcher, told by that event, looks for it there.
   */
  void indexAfterCommit(ChildCase registered) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      index.put(CaseDescriptions.of(registered));
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        index.put(CaseDescriptions.of(registered));
      }
    });
  }

  private void reindex(UUID caseId) {
    rows.find(caseId).ifPresentOrElse(c -> index.put(CaseDescriptions.of(c)), () -> index.remove(caseId.toString()));
  }

  /**
   * Cases written in bulk, which publish no event each: indexed at once when this process keeps an index
   * (a server); a command-line import leaves them to the next server start.
   */
  void indexAll(List<ChildCase> cases) {
    if (started.get()) {
      cases.forEach(c -> index.put(CaseDescriptions.of(c)));
    }
  }

  boolean ready() {
    return ready.get();
  }

  /**
   * Cases that may be the child described, best first, whatever the scope. Until the index is built,
   * the cases sharing name keys with the description are scored on their own, so that nothing registered
   * just after a start goes unchecked.
   */
  List<Candidate> similar(Description description, int limit) {
    if (ready.get()) {
      return index.query(description, limit);
    }
    String names = String.join(" ", nonNull(description.givenName()), nonNull(description.familyName()),
        nonNull(description.otherNames()).replace(';', ' '));
    CaseRows.Filter byNameKeys = new CaseRows.Filter(queryKeys(names), null, null,
        RecordFilter.EVERYTHING, CANDIDATE_LIMIT, 0);
    MatchIndex small = new MatchIndex();
    rows.search(byNameKeys).items().forEach(c -> small.put(CaseDescriptions.of(c)));
    return small.query(description, limit);
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  /**
   * Cases whose names resemble the text, best first (rare name parts shared count more than common
   * ones), at most {@link #CANDIDATE_LIMIT}, whatever the scope; empty until the index is built.
   */
  Optional<List<UUID>> namesLike(String text) {
    if (!ready.get()) {
      return Optional.empty();
    }
    Description query = Description.builder("name-search").givenName(text).build();
    return Optional.of(index.candidateIds(query).stream().map(UUID::fromString).toList());
  }

  /** Search keys of every name of the case, for the database's name-key table. */
  Set<String> nameKeys(CaseDetails details) {
    Set<String> keys = new LinkedHashSet<>();
    details.allNames().forEach(name -> keys.addAll(queryKeys(name)));
    return keys;
  }

  /** Keys of a free-text name query: any script, any spelling. */
  Set<String> queryKeys(String text) {
    Set<String> keys = new LinkedHashSet<>();
    for (String key : NameKeys.of(text)) {
      keys.add(key.length() > NAME_KEY_LENGTH ? key.substring(0, NAME_KEY_LENGTH) : key);
    }
    return keys;
  }

  /** Registered cases that may be the child described, most likely first, at most {@link #CANDIDATE_LIMIT}. */
  List<DuplicateCandidate> rank(CaseDetails details) {
    String today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    List<Candidate> found = similar(CaseDescriptions.of("query", details, today), CANDIDATE_LIMIT);
    Map<UUID, Candidate> byId = new LinkedHashMap<>();
    found.forEach(c -> byId.put(UUID.fromString(c.recordId()), c));
    Map<UUID, ChildCase> cases = new LinkedHashMap<>();
    rows.findAll(byId.keySet()).forEach(c -> cases.put(c.id(), c));
    return byId.entrySet().stream().filter(e -> cases.containsKey(e.getKey()))
        .map(e -> new DuplicateCandidate(cases.get(e.getKey()), e.getValue().probability(),
            e.getValue().explanation()))
        .toList();
  }
}
