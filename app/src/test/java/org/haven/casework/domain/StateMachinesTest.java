package org.haven.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.haven.shared.ConflictException;
import org.junit.jupiter.api.Test;

class StateMachinesTest {
  @Test
  void aReferralMovesFromInProgressToAnOutcomeThenDone() {
    assertThat(ReferralStatus.IN_PROGRESS.accept()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(ReferralStatus.IN_PROGRESS.reject()).isEqualTo(ReferralStatus.REJECTED);
    assertThat(ReferralStatus.IN_PROGRESS.revoke()).isEqualTo(ReferralStatus.REVOKED);
    assertThat(ReferralStatus.ACCEPTED.revoke()).isEqualTo(ReferralStatus.REVOKED);
    assertThat(ReferralStatus.ACCEPTED.complete()).isEqualTo(ReferralStatus.DONE);
    assertThat(ReferralStatus.IN_PROGRESS.active()).isTrue();
    assertThat(ReferralStatus.ACCEPTED.active()).isTrue();
    assertThat(ReferralStatus.DONE.active()).isFalse();
  }

  @Test
  void illegalReferralMovesSayWhatWasTried() {
    assertThatThrownBy(ReferralStatus.REJECTED::accept).isInstanceOf(ConflictException.class)
        .hasMessage("a referral that is rejected cannot be accepted");
    assertThatThrownBy(ReferralStatus.IN_PROGRESS::complete)
        .hasMessage("a referral that is in progress cannot be done");
    assertThatThrownBy(ReferralStatus.DONE::revoke).hasMessage("a referral that is done cannot be revoked");
    assertThatThrownBy(ReferralStatus.ACCEPTED::reject).isInstanceOf(ConflictException.class);
    assertThatThrownBy(ReferralStatus.REVOKED::accept).isInstanceOf(ConflictException.class);
  }

  @Test
  void anApprovalIsDecidedOnce() {
    assertThat(ApprovalStatus.PENDING.decide(true)).isEqualTo(ApprovalStatus.APPROVED);
    assertThat(ApprovalStatus.PENDING.decide(false)).isEqualTo(ApprovalStatus.REJECTED);
    assertThatThrownBy(() -> ApprovalStatus.APPROVED.decide(false))
        .hasMessage("a request for approval that is approved cannot be rejected");
  }

  @Test
  void aPlanIsInEffectOnlyOnceApprovedAndAnEditStartsARevision() {
    assertThat(PlanStatus.DRAFT.submit().approve()).isEqualTo(PlanStatus.APPROVED);
    assertThat(PlanStatus.SUBMITTED.reject()).isEqualTo(PlanStatus.DRAFT);
    assertThat(PlanStatus.APPROVED.edit()).isEqualTo(PlanStatus.DRAFT);
    assertThatThrownBy(PlanStatus.SUBMITTED::edit).isInstanceOf(ConflictException.class)
        .hasMessageContaining("before the supervisor has decided");
    assertThatThrownBy(PlanStatus.DRAFT::approve).hasMessage("a case plan that is draft cannot be approved");
  }

  @Test
  void aServiceMovesForwardOrIsCancelledBeforeCompletion() {
    assertThat(ServiceStatus.PLANNED.moveTo(ServiceStatus.IN_PROGRESS)).isEqualTo(ServiceStatus.IN_PROGRESS);
    assertThat(ServiceStatus.IN_PROGRESS.moveTo(ServiceStatus.COMPLETED)).isEqualTo(ServiceStatus.COMPLETED);
    assertThat(ServiceStatus.IN_PROGRESS.moveTo(ServiceStatus.CANCELLED)).isEqualTo(ServiceStatus.CANCELLED);
    assertThatThrownBy(() -> ServiceStatus.COMPLETED.moveTo(ServiceStatus.IN_PROGRESS))
        .hasMessage("a service that is completed cannot be in progress");
    assertThatThrownBy(() -> ServiceStatus.CANCELLED.moveTo(ServiceStatus.COMPLETED))
        .isInstanceOf(ConflictException.class);
  }
}
