package org.haven.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.assessment.AssessmentEvents;
import org.haven.cases.CaseEvents;
import org.haven.cases.CaseFacts;
import org.haven.cases.CaseLifecycle;
import org.haven.identity.ActorDirectory;
import org.haven.identity.Role;
import org.haven.tracing.TracingEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What casework does when something happens elsewhere: a risk level set creates the first-response and
 * follow-up tasks (and alerts the supervisors when it is high); a screening flag alerts the supervisors and
 * proposes a referral as a task; a new potential tracing match, a confirmed one and a returned assessment
 * are told to the people concerned (the best-interests procedure's in {@link ProcedureReactions}). Listeners run in the transaction of the change, so the work is created with it.
 */
@Component
class CaseworkReactions {
  private final Tasks tasks;
  private final Notifications notifications;
  private final CaseworkSettings settings;
  private final CaseLifecycle cases;
  private final ActorDirectory directory;

  CaseworkReactions(Tasks tasks, Notifications notifications, CaseworkSettings settings, CaseLifecycle cases,
      ActorDirectory directory) {
    this.tasks = tasks;
    this.notifications = notifications;
    this.settings = settings;
    this.cases = cases;
    this.directory = directory;
  }

  @EventListener
  void on(AssessmentEvents.RiskLevelChanged changed) {
    CaseFacts c = cases.require(changed.caseId());
    tasks.supersedeOpen(c.id(), "first_response", changed.changedBy().userId());
    tasks.supersedeOpen(c.id(), "follow_up", changed.changedBy().userId());
    tasks.create(c.id(), c.caseNumber(), "first_response", "First response to " + changed.to() + " risk",
        c.ownerId(), c.agencyId(), settings.deadlines().responseDue(changed.to(), changed.at()),
        changed.assessmentId());
    tasks.create(c.id(), c.caseNumber(), "follow_up", "Follow-up visit", c.ownerId(), c.agencyId(),
        settings.deadlines().nextFollowUp(changed.to(), changed.at()), changed.assessmentId());
    if ("high".equals(changed.to())) {
      List<UUID> told = new ArrayList<>(directory.activeUsers(c.agencyId(), Role.SUPERVISOR));
      told.add(c.ownerId());
      notifications.notify(told, "high_risk", c.id(), changed.assessmentId(),
          "Case " + c.caseNumber() + " is assessed high risk");
    }
  }

  @EventListener
  void on(AssessmentEvents.ScreeningFlagRaised raised) {
    CaseFacts c = cases.require(raised.caseId());
    String what = raised.flag().replace('_', ' ');
    List<UUID> told = new ArrayList<>(directory.activeUsers(c.agencyId(), Role.SUPERVISOR));
    told.add(c.ownerId());
    notifications.notify(told, raised.flag(), c.id(), raised.screeningId(),
        "Screening of case " + c.caseNumber() + " raised " + what + "; a referral is proposed");
    tasks.create(c.id(), c.caseNumber(), "referral_proposed", "Consider a referral: " + raised.proposedReferral(),
        c.ownerId(), c.agencyId(), settings.deadlines().responseDue("high", raised.at()), raised.screeningId());
  }

  @EventListener
  void on(AssessmentEvents.AssessmentReturned returned) {
    String caseNumber = returned.caseId() == null ? null
        : cases.facts(returned.caseId()).map(CaseFacts::caseNumber).orElse(null);
    notifications.notify(List.of(returned.authorId()), "approval_decided", returned.caseId(),
        returned.assessmentId(), "An assessment was returned for revision"
            + (caseNumber == null ? "" : " on case " + caseNumber));
  }

  /** Every new potential match, so the owner can help the review along; the re-scoring of a pair is not news. */
  @EventListener
  void on(TracingEvents.PotentialMatchFound found) {
    cases.facts(found.caseId()).ifPresent(c -> notifications.notify(List.of(c.ownerId()), "potential_match",
        c.id(), found.matchId(), "A tracing request may concern case " + c.caseNumber() + "; it waits for review"));
  }

  @EventListener
  void on(TracingEvents.MatchConfirmed confirmed) {
    cases.facts(confirmed.caseId()).ifPresent(c -> notifications.notify(List.of(c.ownerId()), "tracing_match",
        c.id(), confirmed.matchId(), "A tracing request was matched to case " + c.caseNumber()));
  }

  @EventListener
  void on(CaseEvents.CaseTransferred transferred) {
    CaseFacts c = cases.require(transferred.caseId());
    tasks.reassignOpen(c.id(), transferred.toOwnerId(), transferred.toAgencyId());
    notifications.notify(List.of(transferred.toOwnerId()), "assignment", c.id(), null,
        "Case " + c.caseNumber() + " was transferred to you");
  }

  @EventListener
  void on(CaseEvents.CaseClosed closed) {
    tasks.cancelOpen(closed.caseId(), null);
  }
}
