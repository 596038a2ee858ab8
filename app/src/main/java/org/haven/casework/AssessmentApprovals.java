package org.haven.casework;

import org.haven.assessment.AssessmentEvents;
import org.haven.assessment.Assessments;
import org.haven.identity.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A submitted assessment goes to the approval queue where the deployment requires it, or takes effect at
 * once; the supervisor's decision approves it or returns it to its author.
 */
@Component
class AssessmentApprovals implements ApprovalHandler {
  static final String KIND = "assessment";

  private final Approvals approvals;
  private final Assessments assessments;

  AssessmentApprovals(Approvals approvals, Assessments assessments) {
    this.approvals = approvals;
    this.assessments = assessments;
  }

  @EventListener
  void on(AssessmentEvents.AssessmentSubmitted submitted) {
    if (approvals.required(KIND)) {
      approvals.request(KIND, submitted.assessmentId(), submitted.caseId(), submitted.agencyId(),
          submitted.submittedBy(), submitted.level() + " assessment");
    } else {
      assessments.approve(submitted.submittedBy(), submitted.assessmentId());
    }
  }

  @Override
  public boolean handles(String kind) {
    return KIND.equals(kind);
  }

  @Override
  public void approved(Actor approver, Approval approval) {
    assessments.approve(approver, approval.subjectId());
  }

  @Override
  public void rejected(Actor approver, Approval approval) {
    assessments.returnForRevision(approver, approval.subjectId(), approval.comment());
  }
}
