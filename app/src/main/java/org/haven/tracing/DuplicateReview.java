package org.haven.tracing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.audit.FieldChange;
import org.haven.audit.RecordHistory;
import org.haven.cases.CaseMatching;
import org.haven.cases.CaseMerging;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.tracing.domain.DuplicateStatus;
import org.haven.tracing.domain.Evidence;
import org.haven.tracing.domain.Explanations;
import org.haven.tracing.domain.IllegalTransition;
import org.haven.tracing.domain.ReviewTransition;
import org.haven.tracing.persistence.DuplicateRows;
import org.haven.tracing.persistence.DuplicateRows.DuplicateRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviewing likely second registrations of one child: the queue of pairs found at registration, the
 * decision (duplicate or not), and the merge of a duplicate into the case that survives it, with undo.
 * Only pairs whose two cases the actor may read are shown or decided.
 */
@Service
public class DuplicateReview {
  private static final int QUEUE_BATCH = 200;
  private static final int QUEUE_MAX_SCANNED = 5000;

  private final DuplicateRows duplicates;
  private final TracingAccess access;
  private final CaseMatching cases;
  private final CaseMerging merging;
  private final RecordHistory history;
  private final TransactionTemplate transactions;
  private final Clock clock;

  DuplicateReview(DuplicateRows duplicates, TracingAccess access, CaseMatching cases, CaseMerging merging,
      RecordHistory history, TransactionTemplate transactions, Clock clock) {
    this.duplicates = duplicates;
    this.access = access;
    this.cases = cases;
    this.merging = merging;
    this.history = history;
    this.transactions = transactions;
    this.clock = clock;
  }

  public record DuplicatePair(UUID id, UUID caseId, UUID otherCaseId, double probability, List<Evidence> explanation,
      String status, String note, UUID decidedBy, Instant decidedAt, long version) {}

  public List<DuplicatePair> queue(Actor actor, String status, int size) {
    access.require(actor, Action.CASE_READ, TracingAccess.DUPLICATE, "duplicate_pair.queue");
    DuplicateStatus wanted = queueStatus(status, size);
    return transactions.execute(tx -> {
      List<DuplicateRow> visible = new ArrayList<>();
      for (int offset = 0; visible.size() < size && offset < QUEUE_MAX_SCANNED; offset += QUEUE_BATCH) {
        List<DuplicateRow> batch = duplicates.withStatus(wanted, QUEUE_BATCH, offset);
        batch.stream().filter(d -> cases.mayRead(actor, d.caseId()) && cases.mayRead(actor, d.otherCaseId()))
            .limit(size - visible.size()).forEach(visible::add);
        if (batch.size() < QUEUE_BATCH) {
          break;
        }
      }
      access.allowedAll(actor, "duplicate_pair.queue", TracingAccess.DUPLICATE,
          visible.stream().map(DuplicateRow::id).toList(), "listed in the duplicate review queue");
      return visible.stream().map(DuplicateReview::view).toList();
    });
  }

  /** Decides a pair; a decided pair changes only with {@code change} set, anything else illegal is a 409. */
  public DuplicatePair decide(Actor actor, UUID pairId, String decision, boolean change, String note) {
    access.require(actor, Action.MATCH_DECIDE, TracingAccess.DUPLICATE, "duplicate_pair.decide");
    DuplicateStatus requested = decisionOf(decision, note);
    return transactions.execute(tx -> {
      DuplicateRow pair = duplicates.find(pairId).orElseThrow(() -> new NotFoundException("duplicate pair " + pairId));
      requireBothCases(actor, pair, "duplicate_pair.decide");
      DuplicateStatus next;
      try {
        next = ReviewTransition.next(pair.status(), requested, change);
      } catch (IllegalTransition e) {
        throw new ConflictException(e.getMessage());
      }
      record(actor, pair, next, note);
      return view(duplicates.find(pairId).orElseThrow());
    });
  }

  /**
   * Merges {@code duplicateId} into {@code survivorId} through the cases module, and marks a pending
   * pair of the two, if any, as a duplicate.
   */
  public CaseMerging.Merge merge(Actor actor, UUID survivorId, long survivorVersion, UUID duplicateId,
      String reason) {
    return transactions.execute(tx -> {
      CaseMerging.Merge merge = merging.merge(actor, survivorId, survivorVersion, duplicateId, reason);
      duplicates.findPair(survivorId, duplicateId).filter(p -> p.status().pending())
          .ifPresent(p -> record(actor, p, DuplicateStatus.DUPLICATE, "merged"));
      return merge;
    });
  }

  public CaseMerging.Merge undoMerge(Actor actor, UUID mergeId) {
    return merging.undo(actor, mergeId);
  }

  private void record(Actor actor, DuplicateRow pair, DuplicateStatus next, String note) {
    Instant now = clock.instant();
    if (!duplicates.decide(pair.id(), next, actor.userId(), now, note, pair.version())) {
      throw new ConflictException("the pair changed meanwhile; look at it again");
    }
    List<FieldChange> changes = new ArrayList<>();
    changes.add(new FieldChange("status", pair.status().code(), next.code()));
    if (note != null || pair.note() != null) {
      changes.add(new FieldChange("note", pair.note(), note));
    }
    history.record(TracingAccess.DUPLICATE, pair.id(), actor.userId(), now, changes);
    access.allowed(actor, "duplicate_pair.decide", TracingAccess.DUPLICATE, pair.id(),
        pair.status().pending() ? next.code() : "changed from " + pair.status().code() + " to " + next.code());
  }

  private void requireBothCases(Actor actor, DuplicateRow pair, String auditAction) {
    if (!cases.mayRead(actor, pair.caseId()) || !cases.mayRead(actor, pair.otherCaseId())) {
      access.denied(actor, auditAction, TracingAccess.DUPLICATE, pair.id(), "a case outside the actor's scope");
    }
  }

  private static DuplicatePair view(DuplicateRow d) {
    return new DuplicatePair(d.id(), d.caseId(), d.otherCaseId(), d.probability(), Explanations.parse(d.explanation()),
        d.status().code(), d.note(), d.decidedBy(), d.decidedAt(), d.version());
  }

  private static DuplicateStatus decisionOf(String decision, String note) {
    List<FieldError> errors = new ArrayList<>();
    DuplicateStatus status = null;
    if (!"duplicate".equals(decision) && !"not_duplicate".equals(decision)) {
      errors.add(new FieldError("decision", "must be duplicate or not_duplicate"));
    } else {
      status = DuplicateStatus.fromCode(decision);
    }
    if (note != null && note.length() > MatchReview.MAX_NOTE) {
      errors.add(new FieldError("note", "must be at most " + MatchReview.MAX_NOTE + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return status;
  }

  private static DuplicateStatus queueStatus(String status, int size) {
    List<FieldError> errors = new ArrayList<>();
    DuplicateStatus wanted = DuplicateStatus.PENDING;
    if (status != null) {
      try {
        wanted = DuplicateStatus.fromCode(status);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("status", "must be pending, duplicate or not_duplicate"));
      }
    }
    if (size < 1 || size > 100) {
      errors.add(new FieldError("size", "must be from 1 to 100"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return wanted;
  }
}
