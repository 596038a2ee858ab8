package org.haven.bestinterests;

import static org.haven.bestinterests.Procedures.checkVersion;
import static org.haven.bestinterests.Procedures.step;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.haven.bestinterests.domain.Bid;
import org.haven.bestinterests.domain.BidChoice;
import org.haven.bestinterests.domain.BidOption;
import org.haven.bestinterests.domain.BidReason;
import org.haven.bestinterests.domain.BidReport;
import org.haven.bestinterests.domain.BidStatus;
import org.haven.bestinterests.domain.Communication;
import org.haven.bestinterests.domain.DurableSolutionType;
import org.haven.bestinterests.domain.NotAPanelMember;
import org.haven.bestinterests.domain.Panel;
import org.haven.bestinterests.domain.Vote;
import org.haven.bestinterests.persistence.VoteRows;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.Authentication;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Best-interests determinations: a supervisor opens a BID, the caseworker writes the report, the
 * supervisor reviews it and convenes a panel, the members vote once each, the chair records the
 * decision with its reasons and dissent, the decision is communicated to the child, and it can be
 * reviewed and reopened. Nothing outside this module waits for a BID except the implementation of a
 * durable solution.
 */
@Service
public class BestInterestsDeterminations {
  private final Procedures procedures;
  private final VoteRows votes;
  private final BestInterestsAccess access;
  private final BestInterestsSettings settings;
  private final Authentication users;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;

  BestInterestsDeterminations(Procedures procedures, VoteRows votes, BestInterestsAccess access,
      BestInterestsSettings settings, Authentication users, ApplicationEventPublisher events,
      TransactionTemplate transactions, Clock clock) {
    this.procedures = procedures;
    this.votes = votes;
    this.access = access;
    this.settings = settings;
    this.users = users;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** A BID with the votes of its current round, as members and case staff see it. */
  public record View(Bid bid, List<Vote> votes) {}

  public Created<View> open(Actor actor, UUID caseId, UUID clientId, BidReason reason, String note) {
    access.require(actor, Action.BID_MANAGE, BestInterestsAccess.BID, "bid.create");
    new Validation().required(reason, "reason").length(note, "note", Validation.MAX_TEXT).orRefuse();
    UUID id = clientId == null ? UUID.randomUUID() : clientId;
    return transactions.execute(tx -> {
      access.requireOnCase(actor, Action.BID_MANAGE, caseId, BestInterestsAccess.BID, id, "bid.create");
      var existing = procedures.repeatedBid(id, caseId);
      if (existing.isPresent()) {
        access.allowed(actor, "bid.create.repeat", BestInterestsAccess.BID, id, "opened before with the same id");
        return new Created<>(view(existing.get()), false);
      }
      Bid bid = Bid.open(id, caseId, reason, note, actor.userId(), clock.instant());
      procedures.insert(bid);
      access.allowed(actor, "bid.create", BestInterestsAccess.BID, id, "case " + caseId);
      return new Created<>(view(bid), true);
    });
  }

  /** The BID, to case staff in scope and to the members of its panel. */
  public View get(Actor actor, UUID id) {
    return transactions.execute(tx -> {
      Bid bid = procedures.bid(id);
      boolean member = bid.panel() != null && bid.panel().isMember(actor.userId())
          && access.mayAtAll(actor, Action.BID_PANEL_VOTE);
      if (!member && !access.may(actor, Action.BID_MANAGE, bid.caseId())) {
        access.requireOnCase(actor, Action.BIA_MANAGE, bid.caseId(), BestInterestsAccess.BID, id, "bid.read");
      }
      access.allowed(actor, "bid.read", BestInterestsAccess.BID, id, member ? "panel member" : null);
      return view(bid);
    });
  }

  public List<Bid> ofCase(Actor actor, UUID caseId) {
    return transactions.execute(tx -> {
      if (!access.may(actor, Action.BID_MANAGE, caseId)) {
        access.requireOnCase(actor, Action.BIA_MANAGE, caseId, BestInterestsAccess.BID, null, "bid.list");
      }
      List<Bid> all = procedures.bidsOf(caseId);
      access.allowedAll(actor, "bid.list", BestInterestsAccess.BID, all.stream().map(Bid::id).toList(),
          "listed for case " + caseId);
      return all;
    });
  }

  /** The caseworker writes (or rewrites) the BID report. */
  public View saveReport(Actor actor, UUID id, long expectedVersion, BidReport report) {
    access.require(actor, Action.BIA_MANAGE, BestInterestsAccess.BID, "bid.report");
    new Validation().required(report, "body").orRefuse();
    new Validation().childViews(report.childViews(), "childViews")
        .length(report.background(), "background", Validation.MAX_TEXT)
        .length(report.familyViews(), "familyViews", Validation.MAX_TEXT)
        .length(report.safety(), "safety", Validation.MAX_TEXT)
        .length(report.familyRelationships(), "familyRelationships", Validation.MAX_TEXT)
        .length(report.developmentAndIdentity(), "developmentAndIdentity", Validation.MAX_TEXT).orRefuse();
    return change(actor, id, expectedVersion, Action.BIA_MANAGE, "bid.report",
        b -> b.saveReport(report, actor.userId(), clock.instant()));
  }

  public View submitReport(Actor actor, UUID id, Long expectedVersion) {
    access.require(actor, Action.BIA_MANAGE, BestInterestsAccess.BID, "bid.report.submit");
    return change(actor, id, expectedVersion, Action.BIA_MANAGE, "bid.report.submit", b -> {
      if (b.status() == BidStatus.INFO_GATHERING) {
        Validation.requireComplete(b.report().missing(), "the BID report is submitted");
      }
      Bid next = b.submitReport(actor.userId(), clock.instant());
      events.publishEvent(new BestInterestsEvents.BidReportSubmitted(id, b.caseId()));
      return next;
    });
  }

  /** The supervisor's quality review of the report: {@code approved} or {@code returned}. */
  public View reviewReport(Actor actor, UUID id, Long expectedVersion, String outcome, String comment) {
    access.require(actor, Action.BID_MANAGE, BestInterestsAccess.BID, "bid.supervisor_review");
    new Validation().required(outcome, "outcome").oneOf(outcome, "outcome", List.of("approved", "returned"))
        .check(!"returned".equals(outcome) || (comment != null && !comment.isBlank()), "comment",
            "is required when the report is returned")
        .length(comment, "comment", Validation.MAX_TEXT).orRefuse();
    return change(actor, id, expectedVersion, Action.BID_MANAGE, "bid.supervisor_review",
        b -> b.reviewReport("approved".equals(outcome), comment, actor.userId(), clock.instant()),
        reviewed -> events.publishEvent(new BestInterestsEvents.BidReportReviewed(id, reviewed.caseId(),
            "approved".equals(outcome) ? "approved" : "returned")));
  }

  /**
   * Convenes the panel. Members are active users who may vote at all: users of an immigration
   * enforcement agency never sit on a panel. Each member is asked to vote.
   */
  public View schedulePanel(Actor actor, UUID id, Long expectedVersion, List<UUID> members, UUID chairId,
      Integer quorum, String meetingOn) {
    access.require(actor, Action.BID_MANAGE, BestInterestsAccess.BID, "bid.panel");
    Panel panel = panel(members, chairId, quorum, meetingOn);
    return change(actor, id, expectedVersion, Action.BID_MANAGE, "bid.panel",
        b -> b.schedulePanel(panel, actor.userId(), clock.instant()), scheduled -> {
          for (UUID member : panel.members()) {
            events.publishEvent(new BestInterestsEvents.BidPanelVoteRequested(id, scheduled.caseId(), member,
                meetingOn));
          }
        });
  }

  /**
   * A member's vote, once per round. The member confirms the undertaking of confidentiality with it.
   * Anyone else is refused with 403, whatever their role and scope.
   */
  public View vote(Actor actor, UUID id, BidOption option, DurableSolutionType solution, String comment,
      Boolean confidentiality) {
    access.require(actor, Action.BID_PANEL_VOTE, BestInterestsAccess.BID, "bid.vote");
    new Validation().required(option, "option").length(comment, "comment", Validation.MAX_TEXT)
        .check(Boolean.TRUE.equals(confidentiality), "confidentialityUndertaking",
            "must be true: panel members sign the undertaking of confidentiality")
        .orRefuse();
    return transactions.execute(tx -> {
      Bid bid = procedures.bid(id);
      if (bid.panel() == null || !bid.panel().isMember(actor.userId())) {
        access.denied(actor, "bid.vote", BestInterestsAccess.BID, id, new NotAPanelMember().getMessage());
      }
      step(() -> {
        bid.checkVote(actor.userId());
        return bid;
      });
      if (votes.ofRound(id, bid.round()).stream().anyMatch(v -> v.memberId().equals(actor.userId()))
          || !votes.insert(new Vote(id, bid.round(), actor.userId(), BidChoice.of(option, solution), comment,
              clock.instant()))) {
        throw new ConflictException("you have voted on this BID already; each member votes once");
      }
      access.allowed(actor, "bid.vote", BestInterestsAccess.BID, id, "round " + bid.round());
      events.publishEvent(new BestInterestsEvents.BidVoteCast(id, bid.caseId(), actor.userId()));
      return view(bid);
    });
  }

  /** The chair records the decision the majority voted for, with reasons; dissenting votes are kept. */
  public View decide(Actor actor, UUID id, Long expectedVersion, BidOption option, DurableSolutionType solution,
      String reasons, String dissent) {
    access.require(actor, Action.BID_PANEL_VOTE, BestInterestsAccess.BID, "bid.decide");
    new Validation().required(option, "option").required(reasons, "reasons")
        .length(reasons, "reasons", Validation.MAX_TEXT).length(dissent, "dissent", Validation.MAX_TEXT).orRefuse();
    View decided = transactions.execute(tx -> {
      Bid current = procedures.bid(id);
      if (current.panel() == null || !current.panel().isMember(actor.userId())
          || !actor.userId().equals(current.panel().chairId())) {
        access.denied(actor, "bid.decide", BestInterestsAccess.BID, id,
            "only the chair of this BID's panel records its decision");
      }
      checkVersion(current.version(), expectedVersion);
      List<Vote> cast = votes.ofRound(id, current.round());
      Bid next = step(() -> current.decide(BidChoice.of(option, solution), reasons, dissent, cast, actor.userId(),
          clock.instant()));
      procedures.save(next, current.version());
      access.allowed(actor, "bid.decide", BestInterestsAccess.BID, id, next.decision().choice().describe());
      var d = next.decision();
      events.publishEvent(new BestInterestsEvents.BidDecided(id, next.caseId(), d.choice().option().code(),
          d.choice().durableSolution() == null ? null : d.choice().durableSolution().code(),
          !d.dissentingVotes().isEmpty() || (d.dissent() != null && !d.dissent().isBlank())));
      return new View(next, cast);
    });
    return decided;
  }

  /** Records how the decision was communicated to the child: when, how, by whom. */
  public View communicate(Actor actor, UUID id, Long expectedVersion, String on, String how, String by,
      Boolean familyInformed, String childResponse) {
    access.require(actor, Action.BIA_MANAGE, BestInterestsAccess.BID, "bid.communicate");
    new Validation().required(on, "communicatedOn").date(on, "communicatedOn").required(how, "how")
        .oneOf(how, "how", Communication.HOW).required(by, "communicatedBy")
        .length(by, "communicatedBy", Validation.MAX_SHORT).length(childResponse, "childResponse", Validation.MAX_TEXT)
        .orRefuse();
    return change(actor, id, expectedVersion, Action.BIA_MANAGE, "bid.communicate", b -> {
      Instant now = clock.instant();
      return b.communicate(new Communication(on, how, by, Boolean.TRUE.equals(familyInformed), childResponse,
          actor.userId(), now), actor.userId(), now);
    });
  }

  public View requestReview(Actor actor, UUID id, Long expectedVersion, String reason) {
    access.require(actor, Action.BIA_MANAGE, BestInterestsAccess.BID, "bid.review_request");
    new Validation().required(reason, "reason").length(reason, "reason", Validation.MAX_TEXT).orRefuse();
    return change(actor, id, expectedVersion, Action.BIA_MANAGE, "bid.review_request",
        b -> b.requestReview(reason, actor.userId(), clock.instant()),
        requested -> events.publishEvent(new BestInterestsEvents.BidReviewRequested(id, requested.caseId())));
  }

  /** The supervisor's answer to a review request: {@code reopen} for a new round, or {@code decline}. */
  public View answerReview(Actor actor, UUID id, Long expectedVersion, String outcome, String reason) {
    access.require(actor, Action.BID_MANAGE, BestInterestsAccess.BID, "bid.review");
    new Validation().required(outcome, "outcome").oneOf(outcome, "outcome", List.of("reopen", "decline"))
        .required(reason, "reason").length(reason, "reason", Validation.MAX_TEXT).orRefuse();
    return change(actor, id, expectedVersion, Action.BID_MANAGE, "bid.review",
        b -> "reopen".equals(outcome) ? b.reopen(reason, actor.userId(), clock.instant())
            : b.declineReview(reason, actor.userId(), clock.instant()), answered -> {
          if ("reopen".equals(outcome)) {
            events.publishEvent(new BestInterestsEvents.BidReopened(id, answered.caseId(), answered.round()));
          }
        });
  }

  private Panel panel(List<UUID> members, UUID chairId, Integer quorum, String meetingOn) {
    new Validation().required(members, "members").date(meetingOn, "meetingOn").orRefuse();
    Panel panel;
    try {
      panel = Panel.of(members, chairId, quorum, meetingOn, settings.panelQuorum());
    } catch (IllegalArgumentException e) {
      String field = e.getMessage().split(" ")[0];
      throw InvalidRequestException.of(field, e.getMessage().substring(field.length() + 1));
    }
    List<FieldError> errors = new java.util.ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      var member = users.currentActor(members.get(i));
      if (member.isEmpty()) {
        errors.add(new FieldError("members[" + i + "]", "is not an active user"));
      } else if (!access.mayAtAll(member.get(), Action.BID_PANEL_VOTE)) {
        errors.add(new FieldError("members[" + i + "]", "may not sit on a BID panel: "
            + access.reasonAtAll(member.get(), Action.BID_PANEL_VOTE)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return panel;
  }

  private View change(Actor actor, UUID id, Long expectedVersion, Action action, String auditAction,
      UnaryOperator<Bid> transition) {
    return change(actor, id, expectedVersion, action, auditAction, transition, next -> { });
  }

  /** One step in one transaction; {@code then} publishes its events inside it, so listeners see the commit. */
  private View change(Actor actor, UUID id, Long expectedVersion, Action action, String auditAction,
      UnaryOperator<Bid> transition, java.util.function.Consumer<Bid> then) {
    return transactions.execute(tx -> {
      Bid current = procedures.bid(id);
      access.requireOnCase(actor, action, current.caseId(), BestInterestsAccess.BID, id, auditAction);
      checkVersion(current.version(), expectedVersion);
      Bid next = step(() -> transition.apply(current));
      procedures.save(next, current.version());
      access.allowed(actor, auditAction, BestInterestsAccess.BID, id, next.status().code());
      then.accept(next);
      return view(next);
    });
  }

  private View view(Bid bid) {
    return new View(bid, votes.ofRound(bid.id(), bid.round()));
  }
}
