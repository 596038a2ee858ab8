package org.haven.bestinterests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BestInterestsRulesTest {
  private final BestInterestsRules rules = new BestInterestsRules(Set.of());
  private final UUID someone = UUID.randomUUID();
  private final UUID other = UUID.randomUUID();
  private final Instant now = Instant.parse("2026-11-10T09:00:00Z");

  @ParameterizedTest
  @EnumSource(DurableSolutionType.class)
  void everyDurableSolutionForAnUnaccompaniedOrSeparatedChildNeedsABid(DurableSolutionType type) {
    assertThat(rules.requirementFor(DecisionKind.DURABLE_SOLUTION, "unaccompanied", type).procedure())
        .isEqualTo(Procedure.BID);
    assertThat(rules.requirementFor(DecisionKind.DURABLE_SOLUTION, "separated", type).procedure())
        .isEqualTo(Procedure.BID);
    assertThat(rules.requirementFor(DecisionKind.DURABLE_SOLUTION, "accompanied", type).procedure())
        .isEqualTo(Procedure.BIA);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"unaccompanied", "separated", "accompanied"})
  void separationFromParentsAgainstTheirWillAlwaysNeedsABid(String protectionStatus) {
    assertThat(rules.requirementFor(DecisionKind.SEPARATION_FROM_PARENTS, protectionStatus, null).procedure())
        .isEqualTo(Procedure.BID);
  }

  @Test
  void aChildWhoseAccompanimentIsNotRecordedIsTreatedAsUnaccompanied() {
    Requirement r = rules.requirementFor(DecisionKind.DURABLE_SOLUTION, null, DurableSolutionType.LOCAL_INTEGRATION);
    assertThat(r.procedure()).isEqualTo(Procedure.BID);
    assertThat(r.rule()).contains("not recorded");
  }

  @Test
  void aDeploymentMayExemptSolutionsFromTheBid() {
    BestInterestsRules national = new BestInterestsRules(Set.of(DurableSolutionType.FAMILY_REUNIFICATION_IN_COUNTRY));
    assertThat(national.requirementFor(DecisionKind.DURABLE_SOLUTION, "separated",
        DurableSolutionType.FAMILY_REUNIFICATION_IN_COUNTRY).procedure()).isEqualTo(Procedure.BIA);
    assertThat(national.requirementFor(DecisionKind.DURABLE_SOLUTION, "separated", DurableSolutionType.RESETTLEMENT)
        .procedure()).isEqualTo(Procedure.BID);
  }

  @Test
  void noUnaccompaniedChildReturnsWithoutACommunicatedBidDecidingReturn() {
    assertThat(rules.missingBeforeImplementing(DurableSolutionType.AVRR, "unaccompanied", List.of(approvedBia()),
        List.of())).hasValueSatisfying(m -> assertThat(m).contains("best interests determination (BID)"));
    Bid decided = decidedBid(BidChoice.of(BidOption.REPATRIATION, null));
    assertThat(rules.missingBeforeImplementing(DurableSolutionType.AVRR, "unaccompanied", List.of(), List.of(decided)))
        .hasValueSatisfying(m -> assertThat(m).contains("not been communicated"));
    Bid communicated = decided.communicate(new Communication("2026-11-11", "in_person", "cw", false, null, someone,
        now), someone, now);
    assertThat(rules.missingBeforeImplementing(DurableSolutionType.AVRR, "unaccompanied", List.of(),
        List.of(communicated))).isEmpty();
    assertThat(rules.missingBeforeImplementing(DurableSolutionType.RESETTLEMENT, "unaccompanied", List.of(),
        List.of(communicated))).hasValueSatisfying(m -> assertThat(m).contains("deciding resettlement"));
    Bid underReview = communicated.requestReview("new facts", someone, now);
    assertThat(rules.missingBeforeImplementing(DurableSolutionType.AVRR, "unaccompanied", List.of(),
        List.of(underReview))).hasValueSatisfying(m -> assertThat(m).contains("under review"));
  }

  @Test
  void anAccompaniedChildReturnsAfterAnApprovedBiaAtLeast() {
    assertThat(rules.missingBeforeImplementing(DurableSolutionType.VOLUNTARY_REPATRIATION, "accompanied", List.of(),
        List.of())).hasValueSatisfying(m -> assertThat(m).contains("approved best interests assessment (BIA)")
            .contains("no child returns"));
    Bia submitted = Bia.start(UUID.randomUUID(), UUID.randomUUID(), BiaType.SHORT, BiaTest.complete(), someone, now)
        .submit(someone, now);
    assertThat(rules.missingBeforeImplementing(DurableSolutionType.VOLUNTARY_REPATRIATION, "accompanied",
        List.of(submitted), List.of())).isPresent();
    assertThat(rules.missingBeforeImplementing(DurableSolutionType.VOLUNTARY_REPATRIATION, "accompanied",
        List.of(approvedBia()), List.of())).isEmpty();
  }

  private Bia approvedBia() {
    return Bia.start(UUID.randomUUID(), UUID.randomUUID(), BiaType.SHORT, BiaTest.complete(), someone, now)
        .submit(someone, now).approve(other, now, null);
  }

  private Bid decidedBid(BidChoice choice) {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID c = UUID.randomUUID();
    Bid bid = Bid.open(UUID.randomUUID(), UUID.randomUUID(), BidReason.DURABLE_SOLUTION, null, someone, now)
        .saveReport(BidTest.report(), someone, now).submitReport(someone, now).reviewReport(true, null, other, now)
        .schedulePanel(Panel.of(List.of(a, b, c), a, null, null, 3), other, now);
    List<Vote> votes = List.of(new Vote(bid.id(), 1, a, choice, null, now), new Vote(bid.id(), 1, b, choice, null, now),
        new Vote(bid.id(), 1, c, choice, null, now));
    return bid.decide(choice, "return is safe", null, votes, a, now);
  }
}
