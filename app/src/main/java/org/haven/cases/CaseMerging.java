package org.haven.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.audit.FieldChange;
import org.haven.audit.FieldDiff;
import org.haven.audit.RecordHistory;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.persistence.CaseMergeRows;
import org.haven.cases.persistence.CaseMergeRows.MergeRow;
import org.haven.cases.persistence.CaseRows;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merging two registrations of one child: the duplicate gets the status {@code duplicate} and points to
 * the survivor, the survivor takes over the names and relatives it lacked, and both cases' before-images
 * are kept so that an undo restores them exactly. Both cases' histories say where each change came from.
 */
@Service
public class CaseMerging {
  private static final int MAX_REASON = 500;

  private final CaseRows rows;
  private final CaseMergeRows merges;
  private final CaseAccess access;
  private final CaseMatcher matcher;
  private final RecordHistory history;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  CaseMerging(CaseRows rows, CaseMergeRows merges, CaseAccess access, CaseMatcher matcher, RecordHistory history,
      ApplicationEventPublisher events, TransactionTemplate transactions, JsonMapper json, Clock clock) {
    this.rows = rows;
    this.merges = merges;
    this.access = access;
    this.matcher = matcher;
    this.history = history;
    this.events = events;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /** A merge and both cases as they are after it (or after its undo). */
  public record Merge(UUID id, ChildCase survivor, ChildCase duplicate, String reason, UUID mergedBy,
      Instant mergedAt, UUID undoneBy, Instant undoneAt) {}

  /**
   * Marks {@code duplicateId} as a duplicate of {@code survivorId}. {@code survivorVersion} is the version
   * of the survivor the caller looked at: 412 if it changed since.
   */
  public Merge merge(Actor actor, UUID survivorId, long survivorVersion, UUID duplicateId, String reason) {
    access.require(actor, Action.CASE_UPDATE, "case.merge");
    validate(survivorId, duplicateId, reason);
    return transactions.execute(tx -> {
      ChildCase survivor = load(survivorId);
      ChildCase duplicate = load(duplicateId);
      access.require(actor, Action.CASE_UPDATE, survivor, "case.merge");
      access.require(actor, Action.CASE_UPDATE, duplicate, "case.merge");
      if (survivor.version() != survivorVersion) {
        throw new StaleVersionException(survivorVersion, survivor.version());
      }
      if (survivor.status() == CaseStatus.DUPLICATE) {
        throw new ConflictException("the surviving case is itself marked as a duplicate");
      }
      if (duplicate.status() == CaseStatus.DUPLICATE) {
        throw new ConflictException("the case is already marked as a duplicate");
      }
      Instant now = clock.instant();
      UUID mergeId = UUID.randomUUID();
      CaseDetails survivorDetails = MergePlan.survivorAfter(survivor.details(), duplicate.details());
      ChildCase survivorAfter = survivor.withDetails(survivorDetails, actor.userId(), now);
      ChildCase duplicateAfter = withStatus(duplicate, CaseStatus.DUPLICATE, duplicate.details(), actor, now);
      write(survivorAfter, survivor.version());
      write(duplicateAfter, duplicate.version());
      merges.pointTo(duplicateId, survivorId);
      merges.insert(new MergeRow(mergeId, survivorId, duplicateId, reason, json.writeValueAsString(survivor.details()),
          survivor.status().code(), survivorAfter.version(), json.writeValueAsString(duplicate.details()),
          duplicate.status().code(), duplicateAfter.version(), actor.userId(), now, null, null));
      rows.replaceNameKeys(survivorId, matcher.nameKeys(survivorDetails));

      List<FieldChange> survivorChanges = new ArrayList<>(
          FieldDiff.between(json.valueToTree(survivor.details()), json.valueToTree(survivorDetails)));
      survivorChanges.add(new FieldChange("mergedFrom", null, duplicateId.toString()));
      history.record(CaseAccess.RECORD_TYPE, survivorId, actor.userId(), now, survivorChanges);
      history.record(CaseAccess.RECORD_TYPE, duplicateId, actor.userId(), now, List.of(
          new FieldChange("status", duplicate.status().code(), CaseStatus.DUPLICATE.code()),
          new FieldChange("mergedInto", null, survivorId.toString())));
      access.allowed(actor, "case.merge", survivorId, "survivor of merge " + mergeId);
      access.allowed(actor, "case.merge", duplicateId, "duplicate in merge " + mergeId);
      events.publishEvent(new CaseEvents.CaseUpdated(survivorId, survivorAfter.version()));
      events.publishEvent(new CaseEvents.CaseUpdated(duplicateId, duplicateAfter.version()));
      return new Merge(mergeId, survivorAfter, duplicateAfter, reason, actor.userId(), now, null, null);
    });
  }

  /**
   * Restores both cases to their before-images. Refused with 409 when either case was edited after the
   * merge, since restoring would silently drop that edit.
   */
  public Merge undo(Actor actor, UUID mergeId) {
    access.require(actor, Action.CASE_UPDATE, "case.merge.undo");
    return transactions.execute(tx -> {
      MergeRow merge = merges.find(mergeId).orElseThrow(() -> new NotFoundException("merge " + mergeId));
      ChildCase survivor = load(merge.survivorId());
      ChildCase duplicate = load(merge.duplicateId());
      access.require(actor, Action.CASE_UPDATE, survivor, "case.merge.undo");
      access.require(actor, Action.CASE_UPDATE, duplicate, "case.merge.undo");
      if (merge.undone()) {
        throw new ConflictException("the merge was undone already");
      }
      if (survivor.version() != merge.survivorVersionAfter() || duplicate.version() != merge.duplicateVersionAfter()) {
        throw new ConflictException("a case was edited after the merge; undoing it would lose that edit");
      }
      Instant now = clock.instant();
      CaseDetails survivorBefore = json.readValue(merge.survivorBefore(), CaseDetails.class);
      CaseDetails duplicateBefore = json.readValue(merge.duplicateBefore(), CaseDetails.class);
      ChildCase survivorRestored = withStatus(survivor, CaseStatus.fromCode(merge.survivorStatusBefore()),
          survivorBefore, actor, now);
      ChildCase duplicateRestored = withStatus(duplicate, CaseStatus.fromCode(merge.duplicateStatusBefore()),
          duplicateBefore, actor, now);
      if (!merges.markUndone(mergeId, actor.userId(), now)) {
        throw new ConflictException("the merge was undone already");
      }
      write(survivorRestored, survivor.version());
      write(duplicateRestored, duplicate.version());
      merges.pointTo(duplicate.id(), null);
      rows.replaceNameKeys(survivor.id(), matcher.nameKeys(survivorBefore));
      rows.replaceNameKeys(duplicate.id(), matcher.nameKeys(duplicateBefore));

      List<FieldChange> survivorChanges = new ArrayList<>(
          FieldDiff.between(json.valueToTree(survivor.details()), json.valueToTree(survivorBefore)));
      survivorChanges.add(new FieldChange("mergedFrom", duplicate.id().toString(), null));
      history.record(CaseAccess.RECORD_TYPE, survivor.id(), actor.userId(), now, survivorChanges);
      List<FieldChange> duplicateChanges = new ArrayList<>(
          FieldDiff.between(json.valueToTree(duplicate.details()), json.valueToTree(duplicateBefore)));
      duplicateChanges.add(new FieldChange("status", duplicate.status().code(), duplicateRestored.status().code()));
      duplicateChanges.add(new FieldChange("mergedInto", survivor.id().toString(), null));
      history.record(CaseAccess.RECORD_TYPE, duplicate.id(), actor.userId(), now, duplicateChanges);
      access.allowed(actor, "case.merge.undo", survivor.id(), "undo of merge " + mergeId);
      access.allowed(actor, "case.merge.undo", duplicate.id(), "undo of merge " + mergeId);
      events.publishEvent(new CaseEvents.CaseUpdated(survivor.id(), survivorRestored.version()));
      events.publishEvent(new CaseEvents.CaseUpdated(duplicate.id(), duplicateRestored.version()));
      return new Merge(mergeId, survivorRestored, duplicateRestored, merge.reason(), merge.mergedBy(),
          merge.mergedAt(), actor.userId(), now);
    });
  }

  /** The case a duplicate was merged into, if it was. */
  public Optional<UUID> mergedInto(UUID caseId) {
    return merges.mergedInto(caseId);
  }

  private void write(ChildCase c, long expectedVersion) {
    if (!rows.update(c, expectedVersion)) {
      throw new StaleVersionException(expectedVersion, load(c.id()).version());
    }
  }

  private static ChildCase withStatus(ChildCase c, CaseStatus status, CaseDetails details, Actor actor, Instant at) {
    return new ChildCase(c.id(), c.caseNumber(), status, c.version() + 1, c.ownerId(), c.agencyId(), c.createdAt(),
        c.createdBy(), at, actor.userId(), details);
  }

  private ChildCase load(UUID id) {
    return rows.find(id).orElseThrow(() -> new NotFoundException("case " + id));
  }

  private static void validate(UUID survivorId, UUID duplicateId, String reason) {
    var errors = new ArrayList<org.haven.shared.FieldError>();
    if (duplicateId == null) {
      errors.add(new org.haven.shared.FieldError("duplicateId", "is required"));
    } else if (duplicateId.equals(survivorId)) {
      errors.add(new org.haven.shared.FieldError("duplicateId", "must name another case than the survivor"));
    }
    if (reason == null || reason.isBlank()) {
      errors.add(new org.haven.shared.FieldError("reason", "is required"));
    } else if (reason.length() > MAX_REASON) {
      errors.add(new org.haven.shared.FieldError("reason", "must be at most " + MAX_REASON + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }
}
