package org.haven.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
  private static final ZoneId BEIRUT = ZoneId.of("Asia/Beirut");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static Deadlines defaults(ZoneId zone) {
    return new Deadlines(
        Map.of("high", TimeLimit.parse("24h"), "medium", TimeLimit.parse("72h"), "low", TimeLimit.parse("1w")),
        Map.of("high", TimeLimit.parse("1w"), "medium", TimeLimit.parse("2w"), "low", TimeLimit.parse("30d")), zone);
  }

  @Test
  void responseTimesByRiskLevelByDefault() {
    Instant set = Instant.parse("2026-03-02T09:00:00Z");
    Deadlines deadlines = defaults(BERLIN);
    assertThat(deadlines.responseDue("high", set)).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
    assertThat(deadlines.responseDue("medium", set)).isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
    assertThat(deadlines.responseDue("low", set)).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
  }

  @Test
  void hoursAreElapsedTimeAcrossTheChangeToSummerTime() {
    // Berlin moves its clocks from 02:00 to 03:00 on 29 March 2026.
    Instant set = ZonedDateTime.of(2026, 3, 28, 10, 0, 0, 0, BERLIN).toInstant();
    Instant due = defaults(BERLIN).responseDue("high", set);
    assertThat(due).isEqualTo(set.plusSeconds(24 * 3600));
    assertThat(due.atZone(BERLIN).getHour()).as("24 hours later reads 11:00 on the wall clock").isEqualTo(11);
  }

  @Test
  void aWeekIsTheSameLocalTimeSevenDaysLaterAcrossTheChangeToWinterTime() {
    // Beirut leaves summer time on the last Sunday of October (25 October 2026).
    Instant set = ZonedDateTime.of(2026, 10, 23, 10, 0, 0, 0, BEIRUT).toInstant();
    Instant due = defaults(BEIRUT).responseDue("low", set);
    assertThat(due.atZone(BEIRUT).toLocalDateTime()).isEqualTo(ZonedDateTime.of(2026, 10, 30, 10, 0, 0, 0, BEIRUT)
        .toLocalDateTime());
    assertThat(due).as("which is 169 elapsed hours").isEqualTo(set.plusSeconds(169 * 3600));
  }

  @Test
  void theSameDeadlineIsOverdueAtTheSameInstantWhateverTheReadersZone() {
    Instant due = Instant.parse("2026-06-01T12:00:00Z");
    assertThat(Deadlines.overdue(due, due)).as("due at that moment, not yet overdue").isFalse();
    assertThat(Deadlines.overdue(due, due.plusSeconds(1))).isTrue();
    assertThat(Deadlines.overdue(due, ZonedDateTime.of(2026, 6, 1, 14, 59, 0, 0, ZoneId.of("Africa/Tripoli"))
        .toInstant())).as("14:59 in Tripoli is 12:59 UTC").isTrue();
  }

  @Test
  void timeLimitsAreReadAsConfigured() {
    assertThat(TimeLimit.parse("72h")).isEqualTo(new TimeLimit(72, TimeLimit.Unit.HOURS));
    assertThat(TimeLimit.parse("1w").toString()).isEqualTo("1w");
    assertThatThrownBy(() -> TimeLimit.parse("soon")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("24h or 7d");
    assertThatThrownBy(() -> TimeLimit.parse("0h")).isInstanceOf(IllegalArgumentException.class);
  }
}
