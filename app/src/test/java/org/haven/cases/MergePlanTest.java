package org.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.FamilyMember;
import org.junit.jupiter.api.Test;

class MergePlanTest {
  @Test
  void theSurvivorTakesOverOnlyTheNamesAndRelativesItLacks() {
    CaseDetails survivor = details("Abdirahman", "Warsame", List.of("Abdi"),
        List.of(new FamilyMember("father", "Abdullahi Warsame", "yes", null, null, null)));
    CaseDetails duplicate = details("Abdirahmaan", "Warsame", List.of("abdi", "Cabdiraxmaan"),
        List.of(new FamilyMember("father", "ABDULLAHI WARSAME", "yes", null, null, null),
            new FamilyMember("mother", "Hodan Ali", "yes", null, null, null)));

    CaseDetails merged = MergePlan.survivorAfter(survivor, duplicate);

    assertThat(merged.givenName()).isEqualTo("Abdirahman");
    assertThat(merged.otherNames()).containsExactly("Abdi", "Abdirahmaan Warsame", "Cabdiraxmaan");
    assertThat(merged.family()).extracting(FamilyMember::name).containsExactly("Abdullahi Warsame", "Hodan Ali");
  }

  @Test
  void aRelativeWithoutANameIsAddedOnlyIfTheRelationshipIsNew() {
    CaseDetails survivor = details("Amina", null, List.of(),
        List.of(new FamilyMember("mother", "Halima", "yes", null, null, null)));
    CaseDetails duplicate = details("Amina", null, List.of(),
        List.of(new FamilyMember("mother", null, "yes", null, null, null),
            new FamilyMember("brother", null, "unknown", null, null, null)));

    CaseDetails merged = MergePlan.survivorAfter(survivor, duplicate);

    assertThat(merged.otherNames()).isEmpty();
    assertThat(merged.family()).extracting(FamilyMember::relationship).containsExactly("mother", "brother");
  }

  private static CaseDetails details(String given, String family, List<String> otherNames,
      List<FamilyMember> relatives) {
    return new CaseDetails(given, family, otherNames, null, null, "male", null, null, null, List.of(), List.of(), null,
        null, null, null, null, null, relatives, null, List.of(), null, List.of(), List.of(), null);
  }
}
