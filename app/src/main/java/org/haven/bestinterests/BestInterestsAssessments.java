package org.haven.bestinterests;

import static org.haven.bestinterests.Procedures.checkVersion;
import static org.haven.bestinterests.Procedures.step;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.haven.bestinterests.domain.Bia;
import org.haven.bestinterests.domain.BiaContent;
import org.haven.bestinterests.domain.BiaType;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Best-interests assessments: a caseworker writes a short or comprehensive BIA with the child's views,
 * submits it when complete, and a supervisor approves it or returns it. Each step runs in one
 * transaction with its audit entry, after the access policy has agreed.
 */
@Service
public class BestInterestsAssessments {
  private final Procedures procedures;
  private final BestInterestsAccess access;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;

  BestInterestsAssessments(Procedures procedures, BestInterestsAccess access, ApplicationEventPublisher events,
      TransactionTemplate transactions, Clock clock) {
    this.procedures = procedures;
    this.access = access;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  public Created<Bia> start(Actor actor, UUID caseId, UUID clientId, BiaType type, BiaContent content) {
    access.require(actor, Action.BIA_MANAGE, BestInterestsAccess.BIA, "bia.create");
    new Validation().required(type, "type").orRefuse();
    validate(content);
    BiaContent given = content == null ? new BiaContent(null, null, null, null, null, null, null) : content;
    UUID id = clientId == null ? UUID.randomUUID() : clientId;
    return transactions.execute(tx -> {
      access.requireOnCase(actor, Action.BIA_MANAGE, caseId, BestInterestsAccess.BIA, id, "bia.create");
      var existing = procedures.repeatedBia(id, caseId);
      if (existing.isPresent()) {
        access.allowed(actor, "bia.create.repeat", BestInterestsAccess.BIA, id, "created before with the same id");
        return new Created<>(existing.get(), false);
      }
      Bia bia = Bia.start(id, caseId, type, given, actor.userId(), clock.instant());
      procedures.insert(bia);
      access.allowed(actor, "bia.create", BestInterestsAccess.BIA, id, "case " + caseId);
      return new Created<>(bia, true);
    });
  }

  public Bia get(Actor actor, UUID id) {
    return transactions.execute(tx -> {
      Bia bia = procedures.bia(id);
      requireReader(actor, bia, "bia.read");
      access.allowed(actor, "bia.read", BestInterestsAccess.BIA, id, null);
      return bia;
    });
  }

  public List<Bia> ofCase(Actor actor, UUID caseId) {
    return transactions.execute(tx -> {
      if (!access.may(actor, Action.BID_MANAGE, caseId)) {
        access.requireOnCase(actor, Action.BIA_MANAGE, caseId, BestInterestsAccess.BIA, null, "bia.list");
      }
      List<Bia> all = procedures.biasOf(caseId);
      access.allowedAll(actor, "bia.list", BestInterestsAccess.BIA, all.stream().map(Bia::id).toList(),
          "listed for case " + caseId);
      return all;
    });
  }

  /** Replaces what the assessment says; a submitted or approved BIA refuses with 409. */
  public Bia revise(Actor actor, UUID id, long expectedVersion, BiaContent content) {
    access.require(actor, Action.BIA_MANAGE, BestInterestsAccess.BIA, "bia.update");
    validate(content);
    new Validation().required(content, "body").orRefuse();
    return change(actor, id, expectedVersion, Action.BIA_MANAGE, "bia.update",
        current -> current.revise(content, actor.userId(), clock.instant()));
  }

  /** Submits a complete assessment to the supervisor; the fields still missing are named with 400. */
  public Bia submit(Actor actor, UUID id, Long expectedVersion) {
    access.require(actor, Action.BIA_MANAGE, BestInterestsAccess.BIA, "bia.submit");
    return change(actor, id, expectedVersion, Action.BIA_MANAGE, "bia.submit", current -> {
      if (current.status().editable()) {
        Validation.requireComplete(current.missingForSubmission(), "the BIA is submitted");
      }
      Bia next = current.submit(actor.userId(), clock.instant());
      events.publishEvent(new BestInterestsEvents.BiaSubmitted(id, current.caseId()));
      return next;
    });
  }

  /** A supervisor's review: {@code approved} or {@code returned} (a reason is then required). */
  public Bia review(Actor actor, UUID id, Long expectedVersion, String outcome, String comment) {
    access.require(actor, Action.BID_MANAGE, BestInterestsAccess.BIA, "bia.review");
    new Validation().required(outcome, "outcome").oneOf(outcome, "outcome", List.of("approved", "returned"))
        .check(!"returned".equals(outcome) || (comment != null && !comment.isBlank()), "comment",
            "is required when the BIA is returned")
        .length(comment, "comment", Validation.MAX_TEXT).orRefuse();
    return change(actor, id, expectedVersion, Action.BID_MANAGE, "bia.review", current -> {
      Instant now = clock.instant();
      Bia next = "approved".equals(outcome) ? current.approve(actor.userId(), now, comment)
          : current.returnForRevision(actor.userId(), now, comment);
      events.publishEvent(new BestInterestsEvents.BiaReviewed(id, current.caseId(), next.status().code()));
      return next;
    });
  }

  private Bia change(Actor actor, UUID id, Long expectedVersion, Action action, String auditAction,
      java.util.function.UnaryOperator<Bia> transition) {
    return transactions.execute(tx -> {
      Bia current = procedures.bia(id);
      access.requireOnCase(actor, action, current.caseId(), BestInterestsAccess.BIA, id, auditAction);
      checkVersion(current.version(), expectedVersion);
      Bia next = step(() -> transition.apply(current));
      procedures.save(next, current.version());
      access.allowed(actor, auditAction, BestInterestsAccess.BIA, id, next.status().code());
      return next;
    });
  }

  private void requireReader(Actor actor, Bia bia, String auditAction) {
    if (!access.may(actor, Action.BID_MANAGE, bia.caseId())) {
      access.requireOnCase(actor, Action.BIA_MANAGE, bia.caseId(), BestInterestsAccess.BIA, bia.id(), auditAction);
    }
  }

  private static void validate(BiaContent c) {
    if (c == null) {
      return;
    }
    new Validation().childViews(c.childViews(), "childViews")
        .length(c.familyViews(), "familyViews", Validation.MAX_TEXT)
        .length(c.safety(), "safety", Validation.MAX_TEXT)
        .length(c.familyRelationships(), "familyRelationships", Validation.MAX_TEXT)
        .length(c.developmentAndIdentity(), "developmentAndIdentity", Validation.MAX_TEXT)
        .length(c.recommendation(), "recommendation", Validation.MAX_TEXT)
        .oneOf(c.priority(), "priority", BiaContent.PRIORITIES).orRefuse();
  }
}
