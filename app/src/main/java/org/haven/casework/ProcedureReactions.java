package org.haven.casework;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.bestinterests.BestInterestsEvents;
import org.haven.cases.CaseFacts;
import org.haven.cases.CaseLifecycle;
import org.haven.identity.ActorDirectory;
import org.haven.identity.Role;
import org.haven.identity.User;
import org.haven.tracing.TracingEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The work and the news the best-interests procedure and reunification make for people: a BIA or a BID
 * report waits for a supervisor of the case's agency (a review task for each, done when one of them has
 * reviewed); each panel member is asked to vote (a task due on the meeting day, done when they vote); the
 * case owner hears of the decision, of each step of the durable solution and of the reunification, after
 * which follow-up visits are due at the case's cadence. Like the other listeners, in the transaction of
 * the change.
 */
@Component
class ProcedureReactions {
  static final String BIA_REVIEW = "bia_review";
  static final String BID_REPORT_REVIEW = "bid_report_review";
  static final String PANEL_VOTE = "bid_panel_vote";
  static final String REUNIFICATION_FOLLOW_UP = "reunification_follow_up";

  private final Tasks tasks;
  private final Notifications notifications;
  private final CaseworkSettings settings;
  private final CaseLifecycle cases;
  private final ActorDirectory directory;
  private final Clock clock;

  ProcedureReactions(Tasks tasks, Notifications notifications, CaseworkSettings settings, CaseLifecycle cases,
      ActorDirectory directory, Clock clock) {
    this.tasks = tasks;
    this.notifications = notifications;
    this.settings = settings;
    this.cases = cases;
    this.directory = directory;
    this.clock = clock;
  }

  @EventListener
  void on(BestInterestsEvents.BiaSubmitted submitted) {
    askSupervisors(submitted.caseId(), submitted.biaId(), BIA_REVIEW, "Review the BIA");
  }

  @EventListener
  void on(BestInterestsEvents.BiaReviewed reviewed) {
    CaseFacts c = cases.require(reviewed.caseId());
    tasks.completeOpen(c.id(), BIA_REVIEW, null);
    notifications.notify(List.of(c.ownerId()), "approval_decided", c.id(), reviewed.biaId(),
        "The BIA on case " + c.caseNumber() + " was " + reviewed.status());
  }

  @EventListener
  void on(BestInterestsEvents.BidReportSubmitted submitted) {
    askSupervisors(submitted.caseId(), submitted.bidId(), BID_REPORT_REVIEW, "Review the BID report");
  }

  @EventListener
  void on(BestInterestsEvents.BidReportReviewed reviewed) {
    CaseFacts c = cases.require(reviewed.caseId());
    tasks.completeOpen(c.id(), BID_REPORT_REVIEW, null);
    notifications.notify(List.of(c.ownerId()), "approval_decided", c.id(), reviewed.bidId(),
        "The BID report on case " + c.caseNumber() + " was " + reviewed.status());
  }

  /** Members may belong to other agencies: the task is in the member's own team list. */
  @EventListener
  void on(BestInterestsEvents.BidPanelVoteRequested requested) {
    CaseFacts c = cases.require(requested.caseId());
    UUID agency = directory.activeUser(requested.memberId()).map(User::agencyId).orElse(c.agencyId());
    tasks.create(c.id(), c.caseNumber(), PANEL_VOTE, "Vote on the BID of case " + c.caseNumber(),
        requested.memberId(), agency, meetingDay(requested.meetingOn()), requested.bidId());
    notifications.notify(List.of(requested.memberId()), "bid_panel_vote", c.id(), requested.bidId(),
        "You sit on the BID panel of case " + c.caseNumber()
            + (requested.meetingOn() == null ? "" : ", meeting on " + requested.meetingOn()));
  }

  @EventListener
  void on(BestInterestsEvents.BidVoteCast cast) {
    tasks.completeOpen(cast.caseId(), PANEL_VOTE, cast.memberId(), cast.memberId());
  }

  @EventListener
  void on(BestInterestsEvents.BidDecided decided) {
    CaseFacts c = cases.require(decided.caseId());
    // Members who did not vote before the quorum decided have nothing left to do.
    tasks.supersedeOpen(c.id(), PANEL_VOTE, null);
    String outcome = decided.option().replace('_', ' ')
        + (decided.durableSolution() == null ? "" : " through " + decided.durableSolution().replace('_', ' '));
    notifications.notify(List.of(c.ownerId()), "bid_decided", c.id(), decided.bidId(),
        "The BID panel of case " + c.caseNumber() + " decided: " + outcome + (decided.dissent() ? ", with dissent" : ""));
  }

  /** New information asks for the decision to be looked at again: the supervisors decide whether to reopen it. */
  @EventListener
  void on(BestInterestsEvents.BidReviewRequested requested) {
    CaseFacts c = cases.require(requested.caseId());
    notifications.notify(directory.activeUsers(c.agencyId(), Role.SUPERVISOR), "bid_review_requested", c.id(),
        requested.bidId(), "A review of the BID of case " + c.caseNumber() + " is requested");
  }

  @EventListener
  void on(BestInterestsEvents.BidReopened reopened) {
    CaseFacts c = cases.require(reopened.caseId());
    notifications.notify(List.of(c.ownerId()), "bid_reopened", c.id(), reopened.bidId(),
        "The BID of case " + c.caseNumber() + " was reopened");
  }

  @EventListener
  void on(BestInterestsEvents.DurableSolutionChanged changed) {
    CaseFacts c = cases.require(changed.caseId());
    notifications.notify(List.of(c.ownerId()), "durable_solution", c.id(), changed.solutionId(),
        "Durable solution of case " + c.caseNumber() + " (" + changed.type().replace('_', ' ') + "): "
            + changed.status().replace('_', ' '));
  }

  @EventListener
  void on(TracingEvents.FamilyVerified verified) {
    cases.facts(verified.caseId()).ifPresent(c -> notifications.notify(List.of(c.ownerId()), "family_verified",
        c.id(), verified.reunificationId(), "The family found for case " + c.caseNumber() + " is verified"));
  }

  @EventListener
  void on(TracingEvents.ReunificationCompleted completed) {
    CaseFacts c = cases.require(completed.caseId());
    notifications.notify(List.of(c.ownerId()), "reunified", c.id(), completed.reunificationId(),
        "The child of case " + c.caseNumber() + " is reunified; follow-up visits are due");
    followUpAfterReunification(c, completed.reunificationId(), settings.deadlines().nextFollowUp(cadence(c),
        clock.instant()));
  }

  /** A visit answers the open follow-up and schedules the next; a child not safe calls for a response now. */
  @EventListener
  void on(TracingEvents.ReunificationFollowedUp visited) {
    CaseFacts c = cases.require(visited.caseId());
    tasks.completeOpen(c.id(), REUNIFICATION_FOLLOW_UP, null);
    Instant now = clock.instant();
    if (visited.childSafe()) {
      followUpAfterReunification(c, visited.reunificationId(), settings.deadlines().nextFollowUp(cadence(c), now));
      return;
    }
    List<UUID> told = new ArrayList<>(directory.activeUsers(c.agencyId(), Role.SUPERVISOR));
    told.add(c.ownerId());
    notifications.notify(told, "child_not_safe", c.id(), visited.reunificationId(),
        "A follow-up visit after reunification found the child of case " + c.caseNumber() + " not safe");
    followUpAfterReunification(c, visited.reunificationId(), settings.deadlines().responseDue("high", now));
  }

  private void followUpAfterReunification(CaseFacts c, UUID reunificationId, Instant due) {
    tasks.create(c.id(), c.caseNumber(), REUNIFICATION_FOLLOW_UP, "Follow-up visit after reunification",
        c.ownerId(), c.agencyId(), due, reunificationId);
  }

  private void askSupervisors(UUID caseId, UUID subjectId, String kind, String title) {
    CaseFacts c = cases.require(caseId);
    List<UUID> supervisors = directory.activeUsers(c.agencyId(), Role.SUPERVISOR);
    Instant due = settings.deadlines().responseDue(cadence(c), clock.instant());
    for (UUID supervisor : supervisors) {
      tasks.create(c.id(), c.caseNumber(), kind, title + " of case " + c.caseNumber(), supervisor, c.agencyId(), due,
          subjectId);
    }
    notifications.notify(supervisors, "approval_requested", c.id(), subjectId,
        title + " of case " + c.caseNumber());
  }

  /**
   * The case's risk level sets the pace; a case not yet assessed, or with a level the deployment's lookup
   * added but the deadlines do not name, goes at the medium pace rather than failing the change.
   */
  private static String cadence(CaseFacts c) {
    String level = c.riskLevel();
    return "high".equals(level) || "medium".equals(level) || "low".equals(level) ? level : "medium";
  }

  /** The start of the meeting day where the deployment works; a vote without a date is due like a response. */
  private Instant meetingDay(String meetingOn) {
    if (meetingOn != null) {
      try {
        return LocalDate.parse(meetingOn).atStartOfDay(settings.deadlines().zone()).toInstant();
      } catch (DateTimeException e) {
        // The BID module validates the date; a value it let through unparsed falls back below.
      }
    }
    return settings.deadlines().responseDue("medium", clock.instant());
  }
}
