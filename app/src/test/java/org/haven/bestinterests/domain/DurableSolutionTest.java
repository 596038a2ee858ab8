package org.haven.bestinterests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DurableSolutionTest {
  private final UUID by = UUID.randomUUID();
  private final Instant now = Instant.parse("2026-11-10T09:00:00Z");

  private DurableSolution repatriation() {
    return DurableSolution.identify(UUID.randomUUID(), UUID.randomUUID(), DurableSolutionType.VOLUNTARY_REPATRIATION,
        null, null, by, now);
  }

  @Test
  void aNewSolutionStartsWithTheStandardStepsOfItsType() {
    assertThat(repatriation().steps()).extracting(SolutionStep::name).contains("trained escort",
        "reception at destination", "post-return monitoring");
    assertThat(repatriation().steps()).allMatch(SolutionStep::open);
  }

  @Test
  void implementationWaitsForTheMissingProcedureAndNamesIt() {
    DurableSolution preparing = repatriation().moveTo(DurableSolutionStatus.IN_PREPARATION, null, "BID missing", null,
        by, now);
    assertThat(preparing.status()).as("preparation never waits").isEqualTo(DurableSolutionStatus.IN_PREPARATION);
    assertThatThrownBy(() -> preparing.moveTo(DurableSolutionStatus.IMPLEMENTING, null, "a BID is required", null, by,
        now)).isInstanceOf(ProcedureConflict.class).hasMessage("a BID is required");
    assertThat(preparing.moveTo(DurableSolutionStatus.IMPLEMENTING, null, null, null, by, now).status())
        .isEqualTo(DurableSolutionStatus.IMPLEMENTING);
  }

  @Test
  void statusesMoveForwardOnlyAndCompletionNeedsEveryStepSettled() {
    DurableSolution s = repatriation();
    assertThatThrownBy(() -> s.moveTo(DurableSolutionStatus.COMPLETED, null, null, null, by, now))
        .isInstanceOf(ProcedureConflict.class).hasMessageContaining("identified cannot become completed");
    DurableSolution implementing = s.moveTo(DurableSolutionStatus.IN_PREPARATION, null, null, null, by, now)
        .moveTo(DurableSolutionStatus.IMPLEMENTING, null, null, null, by, now);
    assertThatThrownBy(() -> implementing.moveTo(DurableSolutionStatus.COMPLETED, null, null, null, by, now))
        .isInstanceOf(ProcedureConflict.class).hasMessageContaining("steps are still pending");
    List<SolutionStep> done = implementing.steps().stream()
        .map(st -> new SolutionStep(st.name(), "done", null, "2026-12-01", null)).toList();
    DurableSolution completed = implementing.edit(null, done, by, now)
        .moveTo(DurableSolutionStatus.COMPLETED, null, null, null, by, now);
    assertThat(completed.status()).isEqualTo(DurableSolutionStatus.COMPLETED);
    assertThatThrownBy(() -> completed.moveTo(DurableSolutionStatus.CANCELLED, "x", null, null, by, now))
        .isInstanceOf(ProcedureConflict.class);
    assertThatThrownBy(() -> completed.edit("late note", done, by, now)).isInstanceOf(ProcedureConflict.class);
  }
}
