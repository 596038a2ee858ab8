package org.haven.tracing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewTransitionTest {
  @Test
  void aPendingPairMayBeDecidedEitherWay() {
    assertThat(ReviewTransition.next(MatchStatus.PENDING, MatchStatus.CONFIRMED, false))
        .isEqualTo(MatchStatus.CONFIRMED);
    assertThat(ReviewTransition.next(MatchStatus.PENDING, MatchStatus.REJECTED, false))
        .isEqualTo(MatchStatus.REJECTED);
    assertThat(ReviewTransition.next(DuplicateStatus.PENDING, DuplicateStatus.NOT_DUPLICATE, false))
        .isEqualTo(DuplicateStatus.NOT_DUPLICATE);
  }

  @Test
  void aDecisionChangesOnlyWhenTheChangeIsExplicit() {
    assertThatThrownBy(() -> ReviewTransition.next(MatchStatus.CONFIRMED, MatchStatus.REJECTED, false))
        .isInstanceOf(IllegalTransition.class).hasMessageContaining("\"change\": true");
    assertThat(ReviewTransition.next(MatchStatus.CONFIRMED, MatchStatus.REJECTED, true))
        .isEqualTo(MatchStatus.REJECTED);
    assertThat(ReviewTransition.next(DuplicateStatus.NOT_DUPLICATE, DuplicateStatus.DUPLICATE, true))
        .isEqualTo(DuplicateStatus.DUPLICATE);
  }

  @Test
  void decidingTheSameAgainOrGoingBackToPendingIsRefused() {
    assertThatThrownBy(() -> ReviewTransition.next(MatchStatus.REJECTED, MatchStatus.REJECTED, true))
        .isInstanceOf(IllegalTransition.class).hasMessageContaining("rejected already");
    assertThatThrownBy(() -> ReviewTransition.next(MatchStatus.CONFIRMED, MatchStatus.PENDING, true))
        .isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> ReviewTransition.next(MatchStatus.PENDING, MatchStatus.PENDING, false))
        .isInstanceOf(IllegalTransition.class);
  }
}
