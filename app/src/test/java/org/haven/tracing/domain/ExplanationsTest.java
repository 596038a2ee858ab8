package org.haven.tracing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.haven.matching.compare.Field;
import org.junit.jupiter.api.Test;

class ExplanationsTest {
  @Test
  void eachFieldOfTheLibraryEvidenceBecomesAnApiFieldWithWeightAndWords() {
    List<Evidence> evidence = Explanations.parse("given_name:+5.2 family_name:+1.4 date_of_birth:-2.0 sex:-6.1 "
        + "father_name:+0.3");

    assertThat(evidence).containsExactly(
        new Evidence("givenName", 5.2, "agrees strongly"),
        new Evidence("familyName", 1.4, "agrees"),
        new Evidence("dateOfBirth", -2.0, "disagrees"),
        new Evidence("sex", -6.1, "disagrees strongly"),
        new Evidence("fatherName", 0.3, "neither agrees nor disagrees clearly"));
  }

  @Test
  void evidenceAboutTheDescriptionAsAWholeKeepsItsOwnName() {
    assertThat(Explanations.parse("given_name:+5.2 sibling:-1.3 other_candidates:-2.0")).containsExactly(
        new Evidence("givenName", 5.2, "agrees strongly"),
        new Evidence(Explanations.SIBLING, -1.3, "disagrees"),
        new Evidence(Explanations.OTHER_CANDIDATES, -2.0, "disagrees"));
  }

  @Test
  void everyFieldTheLibraryComparesHasItsApiName() {
    for (Field f : Field.ALL) {
      assertThat(Explanations.parse(f.label + ":+1.0")).singleElement()
          .satisfies(e -> assertThat(e.field()).as(f.label).doesNotContain("_"));
    }
    assertThat(Explanations.parse("recorded_after_separation:-5.1")).containsExactly(
        new Evidence(Explanations.RECORDED_AFTER_SEPARATION, -5.1, "disagrees strongly"));
  }

  @Test
  void nothingOrSomethingUnreadableGivesNoEvidenceRatherThanAnError() {
    assertThat(Explanations.parse(null)).isEmpty();
    assertThat(Explanations.parse("")).isEmpty();
    assertThat(Explanations.parse("given_name:strong nonsense")).isEmpty();
    assertThat(Explanations.parse("new_field:+1.0")).containsExactly(new Evidence("new_field", 1.0, "agrees"));
  }
}
