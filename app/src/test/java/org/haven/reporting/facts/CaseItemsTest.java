package org.haven.reporting.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseItemsTest {
  @Test
  void typedServiceTypesArePublishedOnlyWhenShapedLikeCodes() {
    assertThat(CaseItems.code("legal_aid")).isEqualTo("legal_aid");
    assertThat(CaseItems.code("psychosocial")).isEqualTo("psychosocial");
    assertThat(CaseItems.code("counselling for Amina")).as("a name in a label").isEqualTo("other");
    assertThat(CaseItems.code("Health")).isEqualTo("other");
    assertThat(CaseItems.code(null)).isEqualTo("other");
  }
}
