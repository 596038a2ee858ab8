package org.haven.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.haven.audit.persistence.AuditRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the hash-chained audit log. Allowed actions are recorded in the caller's transaction, so
 * the audit entry and the change commit together; denied attempts in a transaction of their own, so
 * they stay recorded although the request fails.
 */
@Service
public class AuditLog {
  private final AuditRows rows;
  private final Clock clock;

  AuditLog(AuditRows rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void allowed(AuditEntry entry) {
    append(entry, AuditEvent.Outcome.ALLOWED);
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void allowedAll(List<AuditEntry> entries) {
    entries.forEach(entry -> append(entry, AuditEvent.Outcome.ALLOWED));
  }

  /**
   * Records many allowed actions (a bulk import) with one lock of the chain's head and a few multi-row
   * inserts, instead of a lock, an insert and a head update per event. The chain is the same as if
   * each had been appended on its own.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void allowedBatch(List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    AuditRows.Head head = rows.lockHead();
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    java.util.ArrayList<AuditEvent> events = new java.util.ArrayList<>(entries.size());
    long seq = head.lastSeq();
    String prevHash = head.lastHash();
    for (AuditEntry entry : entries) {
      seq++;
      AuditEvent unsigned = new AuditEvent(seq, UUID.randomUUID(), at, entry.userId(), entry.agencyId(),
          entry.action(), entry.recordType(), entry.recordId(), AuditEvent.Outcome.ALLOWED, entry.purpose(),
          prevHash, null);
      String hash = AuditChain.hash(unsigned);
      events.add(new AuditEvent(seq, unsigned.id(), at, unsigned.userId(), unsigned.agencyId(), unsigned.action(),
          unsigned.recordType(), unsigned.recordId(), unsigned.outcome(), unsigned.purpose(), prevHash, hash));
      prevHash = hash;
    }
    rows.appendAll(events);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void denied(AuditEntry entry) {
    append(entry, AuditEvent.Outcome.DENIED);
  }

  private void append(AuditEntry entry, AuditEvent.Outcome outcome) {
    // Locking the head serialises appends: the chain stays a line even with many nodes writing.
    AuditRows.Head head = rows.lockHead();
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    AuditEvent unsigned = new AuditEvent(head.lastSeq() + 1, UUID.randomUUID(), at, entry.userId(), entry.agencyId(),
        entry.action(), entry.recordType(), entry.recordId(), outcome, entry.purpose(), head.lastHash(), null);
    AuditEvent event = new AuditEvent(unsigned.seq(), unsigned.id(), at, unsigned.userId(), unsigned.agencyId(),
        unsigned.action(), unsigned.recordType(), unsigned.recordId(), outcome, unsigned.purpose(),
        unsigned.prevHash(), AuditChain.hash(unsigned));
    rows.append(event);
  }
}
