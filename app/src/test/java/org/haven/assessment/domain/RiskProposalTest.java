package org.haven.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskProposalTest {
  private static final Map<String, Factor> CATALOGUE = Map.of(
      "no_care", factor("no_care", Factor.Polarity.RISK, 3, true),
      "unaccompanied", factor("unaccompanied", Factor.Polarity.RISK, 3, false),
      "debt", factor("debt", Factor.Polarity.RISK, 2, false),
      "no_documents", factor("no_documents", Factor.Polarity.RISK, 1, false),
      "support", factor("support", Factor.Polarity.PROTECTIVE, 2, false),
      "schooling", factor("schooling", Factor.Polarity.PROTECTIVE, 1, false));

  private static Factor factor(String code, Factor.Polarity polarity, int weight, boolean critical) {
    return new Factor(code, Level.INDIVIDUAL, "d", polarity, weight, critical, Map.of("en", code));
  }

  private static Finding present(String code) {
    return new Finding(code, true, "seen");
  }

  @Test
  void aCriticalRiskFactorMakesTheRiskHighWhateverTheProtectiveFactors() {
    RiskProposal p = RiskProposal.of(List.of(present("no_care"), present("support"), present("schooling")),
        CATALOGUE, false);
    assertThat(p.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(p.score()).isZero();
    assertThat(p.reasons()).anyMatch(r -> r.contains("critical risk factor present: no_care"));
  }

  @Test
  void aTraffickingFlagMakesTheRiskHighAndSaysSo() {
    RiskProposal p = RiskProposal.of(List.of(present("no_documents")), CATALOGUE, true);
    assertThat(p.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(p.reasons()).anyMatch(r -> r.contains("trafficking indicators"));
  }

  @Test
  void theScoreDecidesOtherwiseWithTheFactorsThatDroveIt() {
    assertThat(RiskProposal.of(List.of(present("unaccompanied"), present("debt")), CATALOGUE, false).level())
        .as("3 + 2 = 5").isEqualTo(RiskLevel.HIGH);
    RiskProposal medium = RiskProposal.of(List.of(present("unaccompanied"), present("debt"), present("schooling"),
        present("support")), CATALOGUE, false);
    assertThat(medium.score()).isEqualTo(2);
    assertThat(medium.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(medium.reasons()).anyMatch(r -> r.contains("unaccompanied (+3)") && r.contains("debt (+2)"))
        .anyMatch(r -> r.contains("support (-2)"));
    assertThat(RiskProposal.of(List.of(present("no_documents")), CATALOGUE, false).level()).isEqualTo(RiskLevel.LOW);
  }

  @Test
  void factorsFoundAbsentCountForNothing() {
    RiskProposal p = RiskProposal.of(List.of(new Finding("no_care", false, null), new Finding("debt", false, null)),
        CATALOGUE, false);
    assertThat(p.level()).isEqualTo(RiskLevel.LOW);
    assertThat(p.score()).isZero();
  }
}
