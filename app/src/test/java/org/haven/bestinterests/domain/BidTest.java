package org.haven.bestinterests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BidTest {
  private final UUID caseworker = UUID.randomUUID();
  private final UUID supervisor = UUID.randomUUID();
  private final UUID chair = UUID.randomUUID();
  private final UUID ngo = UUID.randomUUID();
  private final UUID welfare = UUID.randomUUID();
  private final Instant now = Instant.parse("2026-11-10T09:00:00Z");
  private final BidChoice reunificationThroughResettlement =
      BidChoice.of(BidOption.REUNIFICATION, DurableSolutionType.RESETTLEMENT);

  static BidReport report() {
    return new BidReport("separated in Khartoum; mother found in Sweden", BiaTest.views(), "mother asks for him",
        "no safe care in Libya", "mother, two sisters", "Tigrinya, school in Sweden possible",
        List.of(BidOption.REUNIFICATION, BidOption.LOCAL_INTEGRATION), BidOption.REUNIFICATION,
        DurableSolutionType.RESETTLEMENT);
  }

  private Bid convened() {
    Bid bid = Bid.open(UUID.randomUUID(), UUID.randomUUID(), BidReason.DURABLE_SOLUTION, null, supervisor, now)
        .saveReport(report(), caseworker, now).submitReport(caseworker, now)
        .reviewReport(true, "complete", supervisor, now);
    return bid.schedulePanel(Panel.of(List.of(chair, ngo, welfare), chair, null, "2026-11-12", 3), supervisor, now);
  }

  private Vote vote(Bid bid, UUID member, BidChoice choice) {
    return new Vote(bid.id(), bid.round(), member, choice, null, now);
  }

  @Test
  void theProcedureRunsFromReportToImplementation() {
    Bid bid = convened();
    assertThat(bid.status()).isEqualTo(BidStatus.PANEL_SCHEDULED);
    List<Vote> votes = List.of(vote(bid, chair, reunificationThroughResettlement),
        vote(bid, ngo, reunificationThroughResettlement), vote(bid, welfare, BidChoice.of(BidOption.LOCAL_INTEGRATION,
            null)));

    Bid decided = bid.decide(reunificationThroughResettlement, "family unity and safety", null, votes, chair, now);

    assertThat(decided.status()).isEqualTo(BidStatus.DECIDED);
    assertThat(decided.decision().dissentingVotes()).extracting(Vote::memberId).containsExactly(welfare);
    Bid communicated = decided.communicate(new Communication("2026-11-13", "in_person_with_interpreter", "caseworker",
        true, "relieved", caseworker, now), caseworker, now);
    assertThat(communicated.status()).isEqualTo(BidStatus.COMMUNICATED);
    assertThat(communicated.implemented(caseworker, now).status()).isEqualTo(BidStatus.IMPLEMENTED);
  }

  @Test
  void eachStepOutOfOrderIsRefusedWithTheReason() {
    Bid opened = Bid.open(UUID.randomUUID(), UUID.randomUUID(), BidReason.SEPARATION_FROM_PARENTS, null, supervisor,
        now);
    assertThatThrownBy(() -> opened.submitReport(caseworker, now)).isInstanceOf(ProcedureConflict.class)
        .hasMessageContaining("required");
    assertThatThrownBy(() -> opened.reviewReport(true, null, supervisor, now)).isInstanceOf(ProcedureConflict.class);
    assertThatThrownBy(() -> opened.schedulePanel(Panel.of(List.of(chair, ngo, welfare), null, null, null, 3),
        supervisor, now)).isInstanceOf(ProcedureConflict.class).hasMessageContaining("supervisor");
    assertThatThrownBy(() -> opened.communicate(null, caseworker, now)).isInstanceOf(ProcedureConflict.class);
    assertThatThrownBy(() -> opened.requestReview("new facts", caseworker, now)).isInstanceOf(ProcedureConflict.class);
    Bid drafted = opened.saveReport(report(), caseworker, now).submitReport(caseworker, now);
    assertThatThrownBy(() -> drafted.saveReport(report(), caseworker, now)).isInstanceOf(ProcedureConflict.class);
    assertThat(drafted.reviewReport(false, "interview the aunt", supervisor, now).status())
        .isEqualTo(BidStatus.INFO_GATHERING);
  }

  @Test
  void theDecisionNeedsTheQuorumTheChairAndTheMajoritysChoice() {
    Bid bid = convened();
    List<Vote> two = List.of(vote(bid, chair, reunificationThroughResettlement),
        vote(bid, ngo, reunificationThroughResettlement));
    assertThatThrownBy(() -> bid.decide(reunificationThroughResettlement, "r", null, two, chair, now))
        .isInstanceOf(ProcedureConflict.class).hasMessageContaining("quorum of 3");
    List<Vote> three = List.of(two.get(0), two.get(1), vote(bid, welfare, reunificationThroughResettlement));
    assertThatThrownBy(() -> bid.decide(reunificationThroughResettlement, "r", null, three, ngo, now))
        .isInstanceOf(NotAPanelMember.class).hasMessageContaining("chair");
    assertThatThrownBy(() -> bid.decide(BidChoice.of(BidOption.LOCAL_INTEGRATION, null), "r", null, three, chair, now))
        .isInstanceOf(ProcedureConflict.class).hasMessageContaining("majority voted for reunification through "
            + "resettlement");
  }

  @Test
  void aSplitPanelHasNoDecision() {
    Bid bid = convened();
    List<Vote> split = List.of(vote(bid, chair, reunificationThroughResettlement),
        vote(bid, ngo, BidChoice.of(BidOption.LOCAL_INTEGRATION, null)),
        vote(bid, welfare, BidChoice.of(BidOption.MAINTAIN_CHANGE_CURRENT_ARRANGEMENTS, null)));
    assertThat(new PanelTally(bid.panel(), split).majority()).isEmpty();
    assertThatThrownBy(() -> bid.decide(reunificationThroughResettlement, "r", null, split, chair, now))
        .isInstanceOf(ProcedureConflict.class).hasMessageContaining("no majority");
  }

  @Test
  void onlyMembersVoteAndOnlyWhileThePanelIsConvened() {
    Bid bid = convened();
    assertThatThrownBy(() -> bid.checkVote(UUID.randomUUID())).isInstanceOf(NotAPanelMember.class);
    bid.checkVote(ngo);
    Bid decided = bid.decide(reunificationThroughResettlement, "r", null, List.of(
        vote(bid, chair, reunificationThroughResettlement), vote(bid, ngo, reunificationThroughResettlement),
        vote(bid, welfare, reunificationThroughResettlement)), chair, now);
    assertThatThrownBy(() -> decided.checkVote(ngo)).isInstanceOf(ProcedureConflict.class);
  }

  @Test
  void aReviewReopensTheBidForANewRoundOrIsDeclined() {
    Bid bid = convened();
    Bid decided = bid.decide(reunificationThroughResettlement, "r", null, List.of(
        vote(bid, chair, reunificationThroughResettlement), vote(bid, ngo, reunificationThroughResettlement),
        vote(bid, welfare, reunificationThroughResettlement)), chair, now);
    Bid underReview = decided.requestReview("mother withdrew her request", caseworker, now);
    assertThat(underReview.status()).isEqualTo(BidStatus.REVIEW_REQUESTED);
    assertThat(underReview.declineReview("not substantiated", supervisor, now).status()).isEqualTo(BidStatus.DECIDED);

    Bid reopened = underReview.reopen("new information", supervisor, now);
    assertThat(reopened.status()).isEqualTo(BidStatus.REOPENED);
    assertThat(reopened.round()).isEqualTo(2);
    assertThat(reopened.decision()).isNull();
    assertThat(reopened.earlierDecisions()).hasSize(1);
    assertThat(reopened.panel()).isNull();
    assertThat(reopened.saveReport(report(), caseworker, now).status()).isEqualTo(BidStatus.INFO_GATHERING);
    assertThatThrownBy(() -> reopened.reopen("again", supervisor, now)).isInstanceOf(ProcedureConflict.class);
  }

  @Test
  void aPanelIsAtLeastTheQuorumWithTheChairAmongItsMembers() {
    assertThatThrownBy(() -> Panel.of(List.of(chair, ngo), null, null, null, 3))
        .hasMessageContaining("at least the quorum");
    assertThatThrownBy(() -> Panel.of(List.of(chair, ngo, welfare), null, 2, null, 3))
        .hasMessageContaining("quorum must be at least 3");
    assertThatThrownBy(() -> Panel.of(List.of(chair, chair, ngo), null, null, null, 2)).hasMessageContaining("distinct");
    assertThatThrownBy(() -> Panel.of(List.of(chair, ngo, welfare), UUID.randomUUID(), null, null, 3))
        .hasMessageContaining("chairId");
    assertThat(Panel.of(List.of(chair, ngo), null, null, null, 1).chairId()).isEqualTo(chair);
  }
}
