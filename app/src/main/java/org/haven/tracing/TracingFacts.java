package org.haven.tracing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.haven.tracing.domain.Reunion;
import org.haven.tracing.persistence.MatchRows;
import org.haven.tracing.persistence.ReunificationRows;
import org.haven.tracing.persistence.TracingRequestRows;
import org.springframework.stereotype.Service;

/**
 * The non-identifying facts of tracing, for read models such as reporting: statuses, places and dates of
 * requests and of their potential matches, never an inquirer or a child's description. It reads for the
 * system itself, so it is neither authorised nor audited.
 */
@Service
public class TracingFacts {
  private final TracingRequestRows requests;
  private final MatchRows matches;

  private final ReunificationRows reunifications;

  TracingFacts(TracingRequestRows requests, MatchRows matches, ReunificationRows reunifications) {
    this.reunifications = reunifications;
    this.requests = requests;
    this.matches = matches;
  }

  public record RequestFacts(UUID requestId, String status, UUID locationId, Instant filedAt,
      List<MatchFacts> matches) {}

  /** A potential match still shown (withdrawn ones are left out); {@code decidedAt} when confirmed or rejected. */
  public record MatchFacts(UUID matchId, String status, Instant foundAt, Instant decidedAt) {}

  /** The facts of a live request and its shown matches; empty when it does not exist or was deleted. */
  public Optional<RequestFacts> of(UUID requestId) {
    return requests.find(requestId).map(this::facts);
  }

  private RequestFacts facts(TracingRequestRows.RequestRow r) {
    return new RequestFacts(r.id(), r.status().code(), r.locationId(), r.createdAt(),
        matches.ofRequest(r.id()).stream().filter(MatchRows.MatchRow::shown)
            .map(m -> new MatchFacts(m.id(), m.status().code(), m.foundAt(), m.decidedAt())).toList());
  }

  /**
   * As {@link #of}, holding the request's row lock to the end of the caller's transaction, so that two
   * transactions that change one request (an edit, and the background matcher's new matches) replace its
   * facts one after the other. Without it both delete the old facts and both insert new ones, and the later
   * insert fails on the key.
   */
  public Optional<RequestFacts> lockedOf(UUID requestId) {
    return requests.findForUpdate(requestId).map(this::facts);
  }

  /** The facts of every live request, to rebuild a read model. */
  public void forEach(Consumer<RequestFacts> consumer) {
    for (UUID id : requests.allIds()) {
      of(id).ifPresent(consumer);
    }
  }

  /** A child reunified with family: the day the tracing request was filed and the day of the reunification. */
  public record ReunificationFacts(UUID reunificationId, UUID caseId, Instant requestFiledAt, LocalDate reunifiedOn) {}

  /** The case's reunifications carried out; all of them when {@code caseId} is null (rebuilds). */
  public List<ReunificationFacts> reunificationsOf(UUID caseId) {
    return reunifications.ofCase(caseId).stream().filter(r -> r.reunion() != null)
        .flatMap(r -> requests.find(r.requestId()).map(q -> new ReunificationFacts(r.id(), r.caseId(),
            q.createdAt(), reunifiedOn(r.reunion()))).stream())
        .toList();
  }

  /** The day recorded for the reunion, or the day it was recorded when that is not a date. */
  private static LocalDate reunifiedOn(Reunion reunion) {
    try {
      return LocalDate.parse(reunion.date());
    } catch (RuntimeException notADate) {
      return reunion.recordedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }
  }
}
