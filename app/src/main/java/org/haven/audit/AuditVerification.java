package org.haven.audit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.haven.audit.persistence.AuditRows;
import org.springframework.stereotype.Service;

/**
 * Recomputes the chain from the first event to the head and says where, if anywhere, it was broken. Events
 * still in the intake are chained first; events chained while it verifies are after the head it read and
 * are left to the next verification.
 */
@Service
public class AuditVerification {
  private final AuditRows rows;
  private final AuditChainer chainer;

  AuditVerification(AuditRows rows, AuditChainer chainer) {
    this.rows = rows;
    this.chainer = chainer;
  }

  /** {@code firstBrokenSeq} is 0 when the chain is intact. */
  public record Result(long events, long firstBrokenSeq, String problem) {
    public boolean intact() {
      return firstBrokenSeq == 0;
    }
  }

  public Result verify() {
    chainer.chainPending();
    AuditRows.Head head = rows.head();
    AtomicLong count = new AtomicLong();
    AtomicLong expectedSeq = new AtomicLong(1);
    AtomicReference<String> prevHash = new AtomicReference<>(AuditChain.GENESIS);
    AtomicReference<Result> broken = new AtomicReference<>();
    rows.forEachInOrder(head.lastSeq(), event -> {
      if (broken.get() != null) {
        return;
      }
      count.incrementAndGet();
      if (event.seq() != expectedSeq.get()) {
        broken.set(new Result(count.get(), expectedSeq.get(), "event " + expectedSeq.get() + " is missing"));
      } else if (!event.prevHash().equals(prevHash.get())) {
        broken.set(new Result(count.get(), event.seq(), "event " + event.seq() + " does not follow its predecessor"));
      } else if (!AuditChain.hash(event).equals(event.hash())) {
        broken.set(new Result(count.get(), event.seq(), "event " + event.seq() + " was altered"));
      }
      expectedSeq.incrementAndGet();
      prevHash.set(event.hash());
    });
    if (broken.get() != null) {
      return broken.get();
    }
    if (head.lastSeq() != count.get() || !head.lastHash().equals(prevHash.get())) {
      return new Result(count.get(), count.get() + 1, "events after " + count.get() + " were removed");
    }
    return new Result(count.get(), 0, null);
  }
}
