package org.haven.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.haven.matching.Description;
import org.haven.tracing.domain.Explanations;
import org.junit.jupiter.api.Test;

class SideBySideTest {
  @Test
  void theDaysEachWasTakenShowWhatTheSeparationDateMakesOfThem() {
    Description request = Description.builder("Q").givenName("Hodan").separationDate("2023-05-10")
        .recordedOn("2023-09-01").build();
    Description registered = Description.builder("C").givenName("Hodan").recordedOn("2022-01-18").build();

    List<MatchReview.FieldComparison> rows = SideBySide.of(request, registered,
        Explanations.parse("given_name:+5.8 recorded_after_separation:-5.1"));

    assertThat(rows).extracting(MatchReview.FieldComparison::field)
        .containsExactly("givenName", "separationDate", "recordedOn");
    assertThat(rows.get(2)).satisfies(r -> {
      assertThat(r.sought()).isEqualTo("2023-09-01");
      assertThat(r.caseValue()).isEqualTo("2022-01-18");
      assertThat(r.weight()).isEqualTo(-5.1);
      assertThat(r.detail()).isEqualTo("disagrees strongly");
    });
  }
}
