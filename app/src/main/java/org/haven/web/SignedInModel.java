package org.haven.web;

import org.haven.casework.Notifications;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the navigation shows a signed-in user on every page after login: the number of unread
 * notifications, and the approval queue for those who decide. Limited to the pages that need a login (not the login page, which has no actor).
 */
@ControllerAdvice(assignableTypes = {DashboardController.class, CaseListController.class, CasePageController.class,
    RegistrationController.class, MyWorkController.class, ApprovalPagesController.class,
    CaseworkPagesController.class, CaseworkFormsController.class, BestInterestsPagesController.class,
    ReferralPagesController.class})
class SignedInModel {
  private final Notifications notifications;

  SignedInModel(Notifications notifications) {
    this.notifications = notifications;
  }

  @ModelAttribute("unreadCount")
  long unreadCount(Actor actor) {
    return notifications.unreadCount(actor);
  }

  /** Referrals received are in the navigation of those who may answer them. */
  @ModelAttribute("mayRespond")
  boolean mayRespond(Actor actor) {
    return actor.role().allows(Action.REFERRAL_RESPOND);
  }

  /** The approval queue is in the navigation of those who may decide. */
  @ModelAttribute("mayApprove")
  boolean mayApprove(Actor actor) {
    return actor.role().allows(Action.APPROVE);
  }
}
