package org.haven.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraffickingRuleTest {
  private static final Map<String, Indicator> CATALOGUE = Map.of(
      "travel_unaccompanied", new Indicator("travel_unaccompanied", "UNODC_CHILD", "act", Map.of()),
      "forced_to_work", new Indicator("forced_to_work", "DTM_FMS", "purpose", Map.of()),
      "deception", new Indicator("deception", "ILO_FL", "means", Map.of()),
      "fear_of_authorities", new Indicator("fear_of_authorities", "UNODC_GENERAL", "general", Map.of()));

  @Test
  void forAChildActAndPurposeSufficeWithoutMeans() {
    TraffickingRule.Outcome outcome = TraffickingRule.screen(List.of("travel_unaccompanied", "forced_to_work"),
        CATALOGUE, true);
    assertThat(outcome.flag()).isEqualTo(TraffickingRule.Flag.TRAFFICKING_INDICATORS);
    assertThat(outcome.elements()).containsExactly("act", "purpose");
    assertThat(outcome.reasons()).anyMatch(r -> r.contains("means are not required"));
    assertThat(outcome.proposedReferral()).isEqualTo("counter_trafficking_assistance");
  }

  @Test
  void forAnAdultTheMeansAreNeededToo() {
    assertThat(TraffickingRule.screen(List.of("travel_unaccompanied", "forced_to_work"), CATALOGUE, false).flag())
        .isEqualTo(TraffickingRule.Flag.EXPLOITATION_INDICATORS);
    assertThat(TraffickingRule.screen(List.of("travel_unaccompanied", "forced_to_work", "deception"), CATALOGUE,
        false).flag()).isEqualTo(TraffickingRule.Flag.TRAFFICKING_INDICATORS);
  }

  @Test
  void someIndicatorsWithoutTheElementsStillRaiseAnExploitationFlag() {
    TraffickingRule.Outcome outcome = TraffickingRule.screen(List.of("fear_of_authorities"), CATALOGUE, true);
    assertThat(outcome.flag()).isEqualTo(TraffickingRule.Flag.EXPLOITATION_INDICATORS);
    assertThat(outcome.proposedReferral()).isNotNull();
  }

  @Test
  void noYesAnswerRaisesNoFlag() {
    TraffickingRule.Outcome outcome = TraffickingRule.screen(List.of(), CATALOGUE, true);
    assertThat(outcome.flag()).isEqualTo(TraffickingRule.Flag.NONE);
    assertThat(outcome.proposedReferral()).isNull();
  }
}
