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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records reads, writes and refusals in the audit log. Allowed actions are recorded in the caller's
 * transaction, so the audit entry and the change commit together; denied attempts in a transaction of
 * their own, so they stay recorded although the request fails. Entries go into the audit intake with a
 * plain insert and no lock; once the transaction has committed, {@link AuditChainer} links them into the
 * hash chain (ADR 0011), so that concurrent requests do not queue behind one another's commits.
 */
@Service
public class AuditLog {
  private final AuditRows rows;
  private final AuditChainer chainer;
  private final Clock clock;

  AuditLog(AuditRows rows, AuditChainer chainer, Clock clock) {
    this.rows = rows;
    this.chainer = chainer;
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

  /**
   * For bulk imports: chains the entries directly, in the caller's transaction, under the lock of the
   * chain's head (held until that transaction ends). Call it last in the transaction.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void allowedInBulk(List<AuditEntry> entries) {
    if (!entries.isEmpty()) {
      chainer.chainInCurrentTransaction(intake(entries, AuditEvent.Outcome.ALLOWED));
    }
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void denied(AuditEntry entry) {
    append(List.of(entry), AuditEvent.Outcome.DENIED);
  }

  private void append(List<AuditEntry> entries, AuditEvent.Outcome outcome) {
    if (entries.isEmpty()) {
      return;
    }
    rows.addToIntake(intake(entries, outcome));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          chainer.wake();
        }
      });
    } else {
      chainer.wake();
    }
  }

  private List<AuditRows.Intake> intake(List<AuditEntry> entries, AuditEvent.Outcome outcome) {
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return entries.stream()
        .map(e -> new AuditRows.Intake(0, UUID.randomUUID(), at, e.userId(), e.agencyId(), e.action(),
            e.recordType(), e.recordId(), outcome, e.purpose()))
        .toList();
  }
}
