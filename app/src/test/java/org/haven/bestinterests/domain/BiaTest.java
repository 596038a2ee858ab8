package org.haven.bestinterests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BiaTest {
  private final UUID caseworker = UUID.randomUUID();
  private final UUID supervisor = UUID.randomUUID();
  private final Instant now = Instant.parse("2026-11-02T09:00:00Z");

  static ChildViews views() {
    return new ChildViews("wants to live with his mother", "interview_with_interpreter", "2026-11-01", 15,
        "mature for his age; consistent over two interviews", "significant weight", null);
  }

  static BiaContent complete() {
    return new BiaContent(views(), "mother wants him with her", "no safe adult in Libya", "mother and two sisters",
        "Tigrinya speaker, schooling interrupted", "pursue reunification", "1_week");
  }

  private Bia submitted(BiaType type, BiaContent content) {
    return Bia.start(UUID.randomUUID(), UUID.randomUUID(), type, content, caseworker, now).submit(caseworker, now);
  }

  @Test
  void aShortBiaNeedsTheChildsViewsSafetyAndARecommendation() {
    BiaContent empty = new BiaContent(null, null, null, null, null, null, null);
    assertThat(empty.missingFor(BiaType.SHORT)).containsExactly("childViews", "safety", "recommendation", "priority");
    BiaContent shortOne = new BiaContent(views(), null, "safe in the centre", null, null, "keep placement", "30_days");
    assertThat(shortOne.missingFor(BiaType.SHORT)).isEmpty();
    assertThat(shortOne.missingFor(BiaType.COMPREHENSIVE))
        .containsExactly("familyViews", "familyRelationships", "developmentAndIdentity");
  }

  @Test
  void theChildsViewsCountOnlyWithHowTheyWereObtainedAndTheChildsAgeAndMaturity() {
    ChildViews bare = new ChildViews("wants to go home", null, null, null, null, null, null);
    assertThat(bare.missing("childViews")).containsExactly("childViews.howObtained", "childViews.ageAtInterview",
        "childViews.maturity");
    ChildViews infant = new ChildViews(null, null, null, null, null, null, "eight months old");
    assertThat(infant.missing("childViews")).isEmpty();
  }

  @Test
  void aSubmittedBiaIsApprovedByAnotherPersonAndThenNoLongerChanges() {
    Bia submitted = submitted(BiaType.COMPREHENSIVE, complete());
    assertThat(submitted.status()).isEqualTo(BiaStatus.SUBMITTED);
    assertThatThrownBy(() -> submitted.approve(caseworker, now, null)).isInstanceOf(ProcedureConflict.class)
        .hasMessageContaining("someone other");
    assertThatThrownBy(() -> submitted.revise(complete(), caseworker, now)).isInstanceOf(ProcedureConflict.class)
        .hasMessageContaining("submitted");

    Bia approved = submitted.approve(supervisor, now, "well argued");
    assertThat(approved.status()).isEqualTo(BiaStatus.APPROVED);
    assertThat(approved.version()).isEqualTo(submitted.version() + 1);
    assertThatThrownBy(() -> approved.revise(complete(), caseworker, now)).isInstanceOf(ProcedureConflict.class)
        .hasMessageContaining("new BIA");
    assertThatThrownBy(() -> approved.submit(caseworker, now)).isInstanceOf(ProcedureConflict.class);
    assertThatThrownBy(() -> approved.returnForRevision(supervisor, now, "x")).isInstanceOf(ProcedureConflict.class);
  }

  @Test
  void aReturnedBiaIsRevisedAndSubmittedAgain() {
    Bia returned = submitted(BiaType.SHORT, complete()).returnForRevision(supervisor, now, "ask about the uncle");
    assertThat(returned.status()).isEqualTo(BiaStatus.RETURNED);
    assertThat(returned.reviewComment()).isEqualTo("ask about the uncle");
    Bia revised = returned.revise(complete(), caseworker, now);
    assertThat(revised.status()).isEqualTo(BiaStatus.IN_PROGRESS);
    assertThat(revised.submit(caseworker, now).status()).isEqualTo(BiaStatus.SUBMITTED);
  }
}
