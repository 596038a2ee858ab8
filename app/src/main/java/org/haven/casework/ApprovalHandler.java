package org.haven.casework;

import org.haven.identity.Actor;

/** What makes an approved (or rejected) request take effect, for one kind of request. */
interface ApprovalHandler {
  boolean handles(String kind);

  void approved(Actor approver, Approval approval);

  void rejected(Actor approver, Approval approval);
}
