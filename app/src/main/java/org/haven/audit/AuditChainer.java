package org.haven.audit;

import java.util.ArrayList;
import java.util.List;
import org.haven.audit.persistence.AuditRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single appender of the audit chain (ADR 0011). It takes committed events from the intake in the
 * order it finds them, links each to the one before with its hash, and writes them to the chain, a batch
 * per transaction under the lock of the chain's head, so the chain stays one line even with several
 * servers. A request never waits for it: requests insert into the intake, and the appender is woken
 * when they commit. Reading or verifying the log first chains whatever has committed, so what a reader
 * sees is the chain as of that moment.
 */
@Component
public class AuditChainer implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
  private static final int BATCH = 2000;
  // Events written by another server, or by a bulk import run as a command, are chained at least this often.
  private static final long IDLE_WAIT_MILLIS = 1000;
  private static final long GATHER_MILLIS = 20;

  private final AuditRows rows;
  private final TransactionTemplate transactions;
  private final Object signal = new Object();
  private boolean woken;
  private volatile boolean running = true;
  private Thread thread;

  AuditChainer(AuditRows rows, PlatformTransactionManager transactionManager) {
    this.rows = rows;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() {
    if (thread != null) {
      return;
    }
    thread = new Thread(this::loop, "audit-chainer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Called when a transaction that wrote audit events has committed. */
  void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  /** Chains every event committed so far; returns how many it chained. */
  public synchronized long chainPending() {
    long chained = 0;
    int n;
    do {
      n = transactions.execute(tx -> chainBatch());
      chained += n;
    } while (n == BATCH);
    return chained;
  }

  private int chainBatch() {
    // The head's lock orders appenders across servers; within this one, chainPending is synchronized.
    AuditRows.Head head = rows.lockHead();
    List<AuditRows.Intake> batch = rows.intake(BATCH);
    if (batch.isEmpty()) {
      return 0;
    }
    rows.appendAll(link(head, batch));
    rows.removeFromIntake(batch.stream().map(AuditRows.Intake::pos).toList());
    return batch.size();
  }

  /**
   * Chains events at once, in the caller's transaction, holding the head's lock until it commits: for a
   * bulk import, the only writer, which would otherwise write every event twice.
   */
  void chainInCurrentTransaction(List<AuditRows.Intake> events) {
    rows.appendAll(link(rows.lockHead(), events));
  }

  private static List<AuditEvent> link(AuditRows.Head head, List<AuditRows.Intake> batch) {
    List<AuditEvent> events = new ArrayList<>(batch.size());
    long seq = head.lastSeq();
    String prevHash = head.lastHash();
    for (AuditRows.Intake e : batch) {
      seq++;
      AuditEvent unsigned = new AuditEvent(seq, e.id(), e.at(), e.userId(), e.agencyId(), e.action(), e.recordType(),
          e.recordId(), e.outcome(), e.purpose(), prevHash, null);
      String hash = AuditChain.hash(unsigned);
      events.add(new AuditEvent(seq, e.id(), e.at(), e.userId(), e.agencyId(), e.action(), e.recordType(),
          e.recordId(), e.outcome(), e.purpose(), prevHash, hash));
      prevHash = hash;
    }
    return events;
  }

  private void loop() {
    while (running) {
      try {
        synchronized (signal) {
          if (!woken) {
            signal.wait(IDLE_WAIT_MILLIS);
          }
          woken = false;
        }
        // Lets the commits of concurrent requests gather, so that one chaining transaction (and one
        // flush to disk) serves many of them rather than one each.
        Thread.sleep(GATHER_MILLIS);
        chainPending();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Nothing is lost: the events stay in the intake and the next round chains them. Only the kind of
        // failure is logged: a database error's message can quote the values of the row it was writing.
        log.warn("audit: could not chain events yet: {}", e.getClass().getName());
        sleepQuietly();
      }
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(IDLE_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * On shutdown the thread stops; events still in the intake stay there, committed, and the next server
   * chains them as soon as it starts (the database may already be going away at this point).
   */
  @Override
  public void destroy() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }
}
