package org.haven.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.haven.shared.ConflictException;
import org.junit.jupiter.api.Test;

class AssessmentStatusTest {
  @Test
  void aDraftIsSubmittedThenApprovedOrReturned() {
    assertThat(AssessmentStatus.DRAFT.submit()).isEqualTo(AssessmentStatus.SUBMITTED);
    assertThat(AssessmentStatus.SUBMITTED.approve()).isEqualTo(AssessmentStatus.APPROVED);
    assertThat(AssessmentStatus.SUBMITTED.returnForRevision()).isEqualTo(AssessmentStatus.DRAFT);
  }

  @Test
  void illegalTransitionsSayWhatWasTried() {
    assertThatThrownBy(AssessmentStatus.DRAFT::approve).isInstanceOf(ConflictException.class)
        .hasMessage("an assessment that is draft cannot be approved");
    assertThatThrownBy(AssessmentStatus.APPROVED::submit).isInstanceOf(ConflictException.class)
        .hasMessage("an assessment that is approved cannot be submitted");
    assertThatThrownBy(AssessmentStatus.APPROVED::returnForRevision).isInstanceOf(ConflictException.class);
    assertThatThrownBy(AssessmentStatus.SUBMITTED::requireEditable).isInstanceOf(ConflictException.class)
        .hasMessageContaining("only a draft can");
  }
}
