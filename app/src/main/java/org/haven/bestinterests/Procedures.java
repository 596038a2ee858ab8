package org.haven.bestinterests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.haven.bestinterests.domain.Bia;
import org.haven.bestinterests.domain.Bid;
import org.haven.bestinterests.domain.DurableSolution;
import org.haven.bestinterests.domain.ProcedureConflict;
import org.haven.bestinterests.persistence.ProcedureRows;
import org.haven.bestinterests.persistence.ProcedureRows.Columns;
import org.haven.bestinterests.persistence.ProcedureRows.Table;
import org.haven.shared.ConflictException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.stereotype.Component;

/**
 * Loads and stores the module's records with their version checks, and turns the domain's refusals into
 * the API's: a step the state does not allow is a 409, a stale version a 412.
 */
@Component
class Procedures {
  private final ProcedureRows rows;

  Procedures(ProcedureRows rows) {
    this.rows = rows;
  }

  /** A record stored under a client-chosen id; one of another case is a conflict, not a repeat. */
  <T> java.util.Optional<T> repeat(Table table, UUID id, UUID caseId, Class<T> type,
      java.util.function.Function<T, UUID> caseOf) {
    java.util.Optional<T> found = rows.find(table, id, type);
    if (found.isPresent() && !caseOf.apply(found.get()).equals(caseId)) {
      throw new ConflictException("a record with this id exists already");
    }
    return found;
  }

  java.util.Optional<Bia> repeatedBia(UUID id, UUID caseId) {
    return repeat(Table.BIAS, id, caseId, Bia.class, Bia::caseId);
  }

  java.util.Optional<Bid> repeatedBid(UUID id, UUID caseId) {
    return repeat(Table.BIDS, id, caseId, Bid.class, Bid::caseId);
  }

  java.util.Optional<DurableSolution> repeatedSolution(UUID id, UUID caseId) {
    return repeat(Table.DURABLE_SOLUTIONS, id, caseId, DurableSolution.class, DurableSolution::caseId);
  }

  Bia bia(UUID id) {
    return rows.find(Table.BIAS, id, Bia.class).orElseThrow(() -> new NotFoundException("BIA " + id));
  }

  Bid bid(UUID id) {
    return rows.find(Table.BIDS, id, Bid.class).orElseThrow(() -> new NotFoundException("BID " + id));
  }

  DurableSolution solution(UUID id) {
    return rows.find(Table.DURABLE_SOLUTIONS, id, DurableSolution.class)
        .orElseThrow(() -> new NotFoundException("durable solution " + id));
  }

  List<Bia> biasOf(UUID caseId) {
    return rows.ofCase(Table.BIAS, caseId, Bia.class);
  }

  List<Bid> bidsOf(UUID caseId) {
    return rows.ofCase(Table.BIDS, caseId, Bid.class);
  }

  List<DurableSolution> solutionsOf(UUID caseId) {
    return rows.ofCase(Table.DURABLE_SOLUTIONS, caseId, DurableSolution.class);
  }

  void insert(Bia b) {
    rows.insert(Table.BIAS, columns(b), b);
  }

  void insert(Bid b) {
    rows.insert(Table.BIDS, columns(b), b);
  }

  void insert(DurableSolution s) {
    rows.insert(Table.DURABLE_SOLUTIONS, columns(s), s);
  }

  void save(Bia b, long expectedVersion) {
    save(Table.BIAS, columns(b), b, expectedVersion);
  }

  void save(Bid b, long expectedVersion) {
    save(Table.BIDS, columns(b), b, expectedVersion);
  }

  void save(DurableSolution s, long expectedVersion) {
    save(Table.DURABLE_SOLUTIONS, columns(s), s, expectedVersion);
  }

  /** Refuses with 412 when the client edited another version than the stored one; null means no check asked. */
  static void checkVersion(long stored, Long expected) {
    if (expected != null && stored != expected) {
      throw new StaleVersionException(expected, stored);
    }
  }

  /** Runs a domain step, answering its refusal with 409. */
  static <T> T step(java.util.function.Supplier<T> transition) {
    try {
      return transition.get();
    } catch (ProcedureConflict e) {
      throw new ConflictException(e.getMessage());
    }
  }

  private void save(Table table, Columns columns, Object record, long expectedVersion) {
    if (!rows.update(table, columns, record, expectedVersion)) {
      throw new StaleVersionException(expectedVersion, expectedVersion + 1);
    }
  }

  private static Columns columns(Bia b) {
    return new Columns(b.id(), b.caseId(), b.type().code(), b.status().code(), b.version(), b.createdAt(),
        b.updatedAt());
  }

  private static Columns columns(Bid b) {
    return new Columns(b.id(), b.caseId(), b.reason().code(), b.status().code(), b.version(), b.createdAt(),
        b.updatedAt());
  }

  private static Columns columns(DurableSolution s) {
    return new Columns(s.id(), s.caseId(), s.type().code(), s.status().code(), s.version(), s.createdAt(),
        s.updatedAt());
  }

}
