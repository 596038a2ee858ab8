package org.haven.tracing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.tracing.domain.MatchUpkeep.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchUpkeepTest {
  @ParameterizedTest(name = "stored {0}, found {1}, eligible {2}: {3}")
  @CsvSource(nullValues = "none", value = {
      "none,      true,  true,  INSERT",
      "none,      false, true,  LEAVE",
      "none,      true,  false, LEAVE",
      "PENDING,   true,  true,  REFRESH",
      "PENDING,   false, true,  WITHDRAW",
      "PENDING,   true,  false, HIDE",
      "CONFIRMED, true,  true,  RESTORE",
      "CONFIRMED, false, true,  RESTORE",
      "CONFIRMED, true,  false, HIDE",
      "REJECTED,  true,  true,  RESTORE",
      "REJECTED,  false, false, HIDE"})
  void onlyPendingPairsFollowTheScoresAndIneligibleCasesAreHidden(MatchStatus stored, boolean found,
      boolean eligible, Step expected) {
    assertThat(MatchUpkeep.step(stored, found, eligible)).isEqualTo(expected);
  }
}
