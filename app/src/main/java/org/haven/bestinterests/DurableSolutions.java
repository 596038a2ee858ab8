package org.haven.bestinterests;

import static org.haven.bestinterests.Procedures.checkVersion;
import static org.haven.bestinterests.Procedures.step;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.bestinterests.domain.Bid;
import org.haven.bestinterests.domain.BidStatus;
import org.haven.bestinterests.domain.DecisionKind;
import org.haven.bestinterests.domain.DurableSolution;
import org.haven.bestinterests.domain.DurableSolutionStatus;
import org.haven.bestinterests.domain.DurableSolutionType;
import org.haven.bestinterests.domain.Requirement;
import org.haven.bestinterests.domain.SolutionStep;
import org.haven.cases.CaseFacts;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Durable solutions for a child: identified, prepared step by step, implemented and completed, or
 * cancelled. Implementation waits for the best-interests procedure the rules require (a BID for an
 * unaccompanied or separated child, at least an approved BIA otherwise); the refusal names what is
 * missing. Completing a solution a BID decided marks that BID implemented.
 */
@Service
public class DurableSolutions {
  private final Procedures procedures;
  private final BestInterestsAccess access;
  private final BestInterestsSettings settings;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;

  DurableSolutions(Procedures procedures, BestInterestsAccess access, BestInterestsSettings settings,
      ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
    this.procedures = procedures;
    this.access = access;
    this.settings = settings;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  public Created<DurableSolution> identify(Actor actor, UUID caseId, UUID clientId, DurableSolutionType type, String note,
      List<SolutionStep> steps) {
    access.require(actor, Action.DURABLE_SOLUTION_MANAGE, BestInterestsAccess.DURABLE_SOLUTION,
        "durable_solution.create");
    new Validation().required(type, "type").orRefuse();
    validate(note, steps);
    UUID id = clientId == null ? UUID.randomUUID() : clientId;
    Created<DurableSolution> created = transactions.execute(tx -> {
      access.requireOnCase(actor, Action.DURABLE_SOLUTION_MANAGE, caseId, BestInterestsAccess.DURABLE_SOLUTION, id,
          "durable_solution.create");
      var existing = procedures.repeatedSolution(id, caseId);
      if (existing.isPresent()) {
        access.allowed(actor, "durable_solution.create.repeat", BestInterestsAccess.DURABLE_SOLUTION, id,
            "created before with the same id");
        return new Created<>(existing.get(), false);
      }
      DurableSolution s = DurableSolution.identify(id, caseId, type, note, steps, actor.userId(), clock.instant());
      procedures.insert(s);
      access.allowed(actor, "durable_solution.create", BestInterestsAccess.DURABLE_SOLUTION, id, "case " + caseId);
      published(s);
      return new Created<>(s, true);
    });
    return created;
  }

  public DurableSolution get(Actor actor, UUID id) {
    return transactions.execute(tx -> {
      DurableSolution s = procedures.solution(id);
      access.requireOnCase(actor, Action.DURABLE_SOLUTION_MANAGE, s.caseId(), BestInterestsAccess.DURABLE_SOLUTION,
          id, "durable_solution.read");
      access.allowed(actor, "durable_solution.read", BestInterestsAccess.DURABLE_SOLUTION, id, null);
      return s;
    });
  }

  public List<DurableSolution> ofCase(Actor actor, UUID caseId) {
    return transactions.execute(tx -> {
      access.requireOnCase(actor, Action.DURABLE_SOLUTION_MANAGE, caseId, BestInterestsAccess.DURABLE_SOLUTION,
          null, "durable_solution.list");
      List<DurableSolution> all = procedures.solutionsOf(caseId);
      access.allowedAll(actor, "durable_solution.list", BestInterestsAccess.DURABLE_SOLUTION,
          all.stream().map(DurableSolution::id).toList(), "listed for case " + caseId);
      return all;
    });
  }

  /** Replaces the note and the steps; 412 when someone saved another version since. */
  public DurableSolution edit(Actor actor, UUID id, long expectedVersion, String note, List<SolutionStep> steps) {
    access.require(actor, Action.DURABLE_SOLUTION_MANAGE, BestInterestsAccess.DURABLE_SOLUTION,
        "durable_solution.update");
    validate(note, steps);
    return transactions.execute(tx -> {
      DurableSolution current = load(actor, id, "durable_solution.update");
      checkVersion(current.version(), expectedVersion);
      DurableSolution next = step(() -> current.edit(note, steps == null ? current.steps() : steps, actor.userId(),
          clock.instant()));
      procedures.save(next, current.version());
      access.allowed(actor, "durable_solution.update", BestInterestsAccess.DURABLE_SOLUTION, id, null);
      return next;
    });
  }

  /**
   * Moves the solution to another status. Into implementation only when the best-interests procedure
   * the rules require is complete; otherwise 409 naming the missing procedure.
   */
  public DurableSolution moveTo(Actor actor, UUID id, Long expectedVersion, DurableSolutionStatus status,
      String reason) {
    access.require(actor, Action.DURABLE_SOLUTION_MANAGE, BestInterestsAccess.DURABLE_SOLUTION,
        "durable_solution.status");
    new Validation().required(status, "status").length(reason, "reason", Validation.MAX_TEXT)
        .check(status != DurableSolutionStatus.CANCELLED || (reason != null && !reason.isBlank()), "reason",
            "is required to cancel a durable solution").orRefuse();
    DurableSolution moved = transactions.execute(tx -> {
      DurableSolution current = procedures.solution(id);
      CaseFacts facts = access.requireOnCase(actor, Action.DURABLE_SOLUTION_MANAGE, current.caseId(),
          BestInterestsAccess.DURABLE_SOLUTION, id, "durable_solution.status");
      checkVersion(current.version(), expectedVersion);
      List<Bid> bids = procedures.bidsOf(current.caseId());
      String missing = status.implementing() ? settings.rules().missingBeforeImplementing(current.type(),
          facts.protectionStatus(), procedures.biasOf(current.caseId()), bids).orElse(null) : null;
      Optional<Bid> deciding = decidingBid(current.type(), bids);
      DurableSolution next = step(() -> current.moveTo(status, reason, missing,
          deciding.map(Bid::id).orElse(null), actor.userId(), clock.instant()));
      procedures.save(next, current.version());
      if (status == DurableSolutionStatus.COMPLETED && deciding.isPresent()
          && deciding.get().status() == BidStatus.COMMUNICATED) {
        Bid bid = deciding.get();
        procedures.save(bid.implemented(actor.userId(), clock.instant()), bid.version());
        access.allowed(actor, "bid.implemented", BestInterestsAccess.BID, bid.id(), "durable solution " + id);
      }
      access.allowed(actor, "durable_solution.status", BestInterestsAccess.DURABLE_SOLUTION, id, status.code());
      published(next);
      return next;
    });
    return moved;
  }

  /** Which procedure a decision about the child needs, by the rules and the case's facts. */
  public Requirement requirement(Actor actor, UUID caseId, DecisionKind kind, DurableSolutionType type) {
    new Validation().required(kind, "decision")
        .check(kind != DecisionKind.DURABLE_SOLUTION || type != null, "solution",
            "is required for a durable solution").orRefuse();
    return transactions.execute(tx -> {
      CaseFacts facts = access.requireOnCase(actor, Action.DURABLE_SOLUTION_MANAGE, caseId,
          BestInterestsAccess.DURABLE_SOLUTION, null, "best_interests.requirement");
      access.allowed(actor, "best_interests.requirement", BestInterestsAccess.DURABLE_SOLUTION, caseId,
          kind.code());
      return settings.rules().requirementFor(kind, facts.protectionStatus(), type);
    });
  }

  private Optional<Bid> decidingBid(DurableSolutionType type, List<Bid> bids) {
    return bids.stream().filter(b -> b.decision() != null && b.status().decided()
        && type.coveredBy(b.decision().choice().durableSolution())).reduce((first, later) -> later);
  }

  private DurableSolution load(Actor actor, UUID id, String auditAction) {
    DurableSolution s = procedures.solution(id);
    access.requireOnCase(actor, Action.DURABLE_SOLUTION_MANAGE, s.caseId(), BestInterestsAccess.DURABLE_SOLUTION, id,
        auditAction);
    return s;
  }

  /** Inside the transaction: the listeners ({@code @TransactionalEventListener}) run once it commits. */
  private void published(DurableSolution s) {
    events.publishEvent(new BestInterestsEvents.DurableSolutionChanged(s.id(), s.caseId(), s.type().code(),
        s.status().code()));
  }

  private static void validate(String note, List<SolutionStep> steps) {
    Validation v = new Validation().length(note, "note", Validation.MAX_TEXT);
    if (steps != null) {
      for (int i = 0; i < steps.size(); i++) {
        SolutionStep s = steps.get(i);
        String at = "steps[" + i + "]";
        v.check(s != null, at, "is required");
        if (s != null) {
          v.required(s.name(), at + ".name").length(s.name(), at + ".name", Validation.MAX_SHORT)
              .required(s.status(), at + ".status").oneOf(s.status(), at + ".status", SolutionStep.STATUSES)
              .date(s.dueOn(), at + ".dueOn").date(s.doneOn(), at + ".doneOn")
              .length(s.note(), at + ".note", Validation.MAX_TEXT);
        }
      }
    }
    v.orRefuse();
  }
}
