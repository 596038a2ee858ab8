package org.haven.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.audit.persistence.AuditRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the hash-chained audit log. Allowed actions are recorded in the caller's transaction, so
 * the audit entry and the change commit together; denied attempts in a transaction of their own, so
 * they stay recorded although the request fails. However many entries a call brings (a search listing
 * twenty cases, a bulk import), it locks the chain's head once and writes them with multi-row inserts.
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
    append(List.of(entry), AuditEvent.Outcome.ALLOWED);
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void allowedAll(List<AuditEntry> entries) {
    append(entries, AuditEvent.Outcome.ALLOWED);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void denied(AuditEntry entry) {
    append(List.of(entry), AuditEvent.Outcome.DENIED);
  }

  private void append(List<AuditEntry> entries, AuditEvent.Outcome outcome) {
    if (entries.isEmpty()) {
      return;
    }
    // Locking the head serialises appends: the chain stays a line even with many nodes writing.
    AuditRows.Head head = rows.lockHead();
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<AuditEvent> events = new ArrayList<>(entries.size());
    long seq = head.lastSeq();
    String prevHash = head.lastHash();
    for (AuditEntry entry : entries) {
      seq++;
      AuditEvent unsigned = new AuditEvent(seq, UUID.randomUUID(), at, entry.userId(), entry.agencyId(),
          entry.action(), entry.recordType(), entry.recordId(), outcome, entry.purpose(), prevHash, null);
      String hash = AuditChain.hash(unsigned);
      events.add(new AuditEvent(seq, unsigned.id(), at, unsigned.userId(), unsigned.agencyId(), unsigned.action(),
          unsigned.recordType(), unsigned.recordId(), outcome, unsigned.purpose(), prevHash, hash));
      prevHash = hash;
    }
    rows.appendAll(events);
  }
}
