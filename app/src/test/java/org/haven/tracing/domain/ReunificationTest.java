package org.haven.tracing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReunificationTest {
  private final UUID by = UUID.randomUUID();
  private final Instant now = Instant.parse("2026-11-10T09:00:00Z");
  private static final VerificationCheck YES = new VerificationCheck("confirmed", "seen", "caseworker", "2026-11-09");
  private static final VerificationCheck NO = new VerificationCheck("not_confirmed", "refused", "caseworker", null);

  private Reunification started() {
    return Reunification.start(UUID.randomUUID(), MatchStatus.CONFIRMED, UUID.randomUUID(), UUID.randomUUID(),
        UUID.randomUUID(), by, now);
  }

  private static Verification all(VerificationCheck safety) {
    return new Verification(YES, YES, YES, YES, safety);
  }

  private Reunion reunion() {
    return new Reunion("2026-12-01", "Stockholm", "case_by_case", "mother", List.of("escort"), by, now);
  }

  private ReunificationAssessment assessment(String recommendation) {
    return new ReunificationAssessment(recommendation, "reasons", null, by, now);
  }

  @Test
  void onlyAConfirmedMatchLeadsToReunification() {
    assertThatThrownBy(() -> Reunification.start(UUID.randomUUID(), MatchStatus.PENDING, UUID.randomUUID(),
        UUID.randomUUID(), UUID.randomUUID(), by, now)).isInstanceOf(IllegalTransition.class)
        .hasMessageContaining("confirmed match");
    assertThat(started().status()).isEqualTo(ReunificationStatus.VERIFYING);
  }

  @Test
  void noReunificationBeforeTheVerificationIsCompleteAndTheAssessmentPositive() {
    Reunification r = started();
    assertThatThrownBy(() -> r.reunify(reunion(), by, now)).isInstanceOf(IllegalTransition.class)
        .hasMessageContaining("verification is complete").hasMessageContaining("adultIdentity");
    Reunification partly = r.verify(new Verification(YES, YES, null, YES, YES), by, now);
    assertThat(partly.status()).isEqualTo(ReunificationStatus.VERIFYING);
    assertThatThrownBy(() -> partly.assess(assessment("reunification"), by, now))
        .hasMessageContaining("childWishes");
    Reunification failed = r.verify(all(NO), by, now);
    assertThat(failed.status()).isEqualTo(ReunificationStatus.VERIFICATION_FAILED);

    Reunification verified = r.verify(all(YES), by, now);
    assertThat(verified.status()).isEqualTo(ReunificationStatus.VERIFIED);
    assertThatThrownBy(() -> verified.reunify(reunion(), by, now)).hasMessageContaining("assessment");
    Reunification negative = verified.assess(assessment("long_term_alternative_care"), by, now);
    assertThat(negative.status()).isEqualTo(ReunificationStatus.NOT_RECOMMENDED);
    assertThatThrownBy(() -> negative.reunify(reunion(), by, now)).hasMessageContaining("long_term_alternative_care");

    Reunification reunified = verified.assess(assessment("reunification_enhanced_support"), by, now)
        .reunify(reunion(), by, now);
    assertThat(reunified.status()).isEqualTo(ReunificationStatus.REUNIFIED);
    assertThatThrownBy(() -> reunified.verify(all(YES), by, now)).hasMessageContaining("no longer changes");
  }

  @Test
  void changingTheVerificationWithdrawsTheAssessment() {
    Reunification assessed = started().verify(all(YES), by, now).assess(assessment("reunification"), by, now);
    Reunification changed = assessed.verify(all(NO), by, now);
    assertThat(changed.assessment()).isNull();
    assertThatThrownBy(() -> changed.reunify(reunion(), by, now)).isInstanceOf(IllegalTransition.class);
  }

  @Test
  void followUpVisitsComeAfterReunification() {
    FollowUpVisit visit = new FollowUpVisit("2026-12-15", "social worker", true, "settling in", null, "2027-01-15",
        by, now);
    Reunification verified = started().verify(all(YES), by, now);
    assertThatThrownBy(() -> verified.followUp(visit, by, now)).hasMessageContaining("after reunification");
    Reunification reunified = verified.assess(assessment("reunification"), by, now).reunify(reunion(), by, now);
    assertThat(reunified.followUp(visit, by, now).followUps()).containsExactly(visit);
  }
}
