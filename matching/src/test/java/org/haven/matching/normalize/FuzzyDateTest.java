package org.haven.matching.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FuzzyDateTest {
  @Test
  void readsThePrecisionThatWasWritten() {
    assertThat(FuzzyDate.parse("2014-03-09").exactDay()).isTrue();
    assertThat(FuzzyDate.parse("2014-03").exactDay()).isFalse();
    assertThat(FuzzyDate.parse("2014").halfWidth()).isGreaterThan(180);
    assertThat(FuzzyDate.parse("")).isNull();
  }

  @Test
  void firstOfJanuaryMeansOnlyTheYearIsKnown() {
    FuzzyDate jan1 = FuzzyDate.parse("2014-01-01");
    assertThat(jan1.exactDay()).isFalse();
    assertThat(jan1.slackYears(FuzzyDate.parse("2014-09-30"))).isZero();
    assertThat(FuzzyDate.parse("2014-01-02").exactDay()).isTrue();
  }

  @Test
  void adjacentYearsAreCloserThanDistantOnes() {
    FuzzyDate y2014 = FuzzyDate.parse("2014");
    assertThat(y2014.slackYears(FuzzyDate.parse("2014"))).isZero();
    assertThat(y2014.slackYears(FuzzyDate.parse("2015"))).isBetween(0.4, 0.6);
    assertThat(y2014.slackYears(FuzzyDate.parse("2018"))).isGreaterThan(3);
  }

  @Test
  void ageIsTheAgeAtTheRecordingDate() {
    FuzzyDate fromAge = FuzzyDate.fromAge(10, LocalDate.of(2025, 6, 1));
    assertThat(fromAge.year()).isEqualTo(2014);
    assertThat(fromAge.slackYears(FuzzyDate.parse("2014-12-01"))).isZero();
    assertThat(fromAge.slackYears(FuzzyDate.parse("2012-06-01"))).isGreaterThan(1);
  }

  @Test
  void swappedDayAndMonthAreRecognised() {
    assertThat(FuzzyDate.parse("2014-03-09").sameOrSwappedDay(FuzzyDate.parse("2014-09-03"))).isTrue();
    assertThat(FuzzyDate.parse("2014-03-09").sameOrSwappedDay(FuzzyDate.parse("2014-09-04"))).isFalse();
  }

  @Test
  void rejectsWhatIsNotADate() {
    assertThatThrownBy(() -> FuzzyDate.parse("2014-13-01")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FuzzyDate.parse("09/03/2014")).isInstanceOf(IllegalArgumentException.class);
  }
}
