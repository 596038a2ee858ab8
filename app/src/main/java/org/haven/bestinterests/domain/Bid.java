package org.haven.bestinterests.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A best-interests determination and the rules of its procedure:
 * {@code required → info_gathering → report_drafted → supervisor_reviewed → panel_scheduled → decided →
 * communicated → implemented}, with {@code review_requested → reopened} (a new round) or back to where it
 * stood when the review is declined. Every method returns the next state or throws
 * {@link ProcedureConflict} saying why the step is not possible now.
 */
public record Bid(UUID id, UUID caseId, BidStatus status, long version, BidReason reason, String reasonNote,
    int round, BidReport report, UUID reportBy, String supervisorComment, UUID supervisorId, Panel panel,
    Decision decision, List<Decision> earlierDecisions, Communication communication, List<ReviewRequest> reviews,
    Instant createdAt, UUID createdBy, Instant updatedAt, UUID updatedBy) {

  public Bid {
    earlierDecisions = earlierDecisions == null ? List.of() : List.copyOf(earlierDecisions);
    reviews = reviews == null ? List.of() : List.copyOf(reviews);
  }

  public static Bid open(UUID id, UUID caseId, BidReason reason, String reasonNote, UUID by, Instant at) {
    return new Bid(id, caseId, BidStatus.REQUIRED, 1, reason, reasonNote, 1, null, null, null, null, null, null,
        List.of(), null, List.of(), at, by, at, by);
  }

  public Bid saveReport(BidReport newReport, UUID by, Instant at) {
    if (!status.reportOpen()) {
      throw new ProcedureConflict("the BID report cannot be changed while the BID is " + status.code()
          + (status.decided() ? "; request a review to reopen it" : ""));
    }
    return with(BidStatus.INFO_GATHERING, by, at).report(newReport, by);
  }

  public Bid submitReport(UUID by, Instant at) {
    if (status != BidStatus.INFO_GATHERING || report == null) {
      throw new ProcedureConflict("only a BID with a report being written can be submitted; this one is "
          + status.code());
    }
    return with(BidStatus.REPORT_DRAFTED, by, at);
  }

  /** The supervisor's quality review of the report: approved for the panel, or returned for more information. */
  public Bid reviewReport(boolean approved, String comment, UUID by, Instant at) {
    if (status != BidStatus.REPORT_DRAFTED) {
      throw new ProcedureConflict("only a drafted BID report can be reviewed; this BID is " + status.code());
    }
    Bid next = with(approved ? BidStatus.SUPERVISOR_REVIEWED : BidStatus.INFO_GATHERING, by, at);
    return new Bid(id, caseId, next.status, next.version, reason, reasonNote, round, report, reportBy, comment, by,
        panel, decision, earlierDecisions, communication, reviews, createdAt, createdBy, at, by);
  }

  public Bid schedulePanel(Panel newPanel, UUID by, Instant at) {
    if (status != BidStatus.SUPERVISOR_REVIEWED) {
      throw new ProcedureConflict("a panel is convened once the supervisor has reviewed the report; this BID is "
          + status.code());
    }
    Bid next = with(BidStatus.PANEL_SCHEDULED, by, at);
    return new Bid(id, caseId, next.status, next.version, reason, reasonNote, round, report, reportBy,
        supervisorComment, supervisorId, newPanel, decision, earlierDecisions, communication, reviews, createdAt,
        createdBy, at, by);
  }

  /** Checks that {@code memberId} may vote now; the once-each rule is kept by the vote store. */
  public void checkVote(UUID memberId) {
    if (panel == null || !panel.isMember(memberId)) {
      throw new NotAPanelMember();
    }
    if (status != BidStatus.PANEL_SCHEDULED) {
      throw new ProcedureConflict("the panel votes while the BID is panel_scheduled; it is " + status.code());
    }
  }

  /**
   * The chair records the panel's decision. The quorum must have voted, and the decision is the choice of
   * the majority; the votes for other choices are kept as the dissent.
   */
  public Bid decide(BidChoice choice, String reasons, String dissent, List<Vote> votes, UUID by, Instant at) {
    if (status != BidStatus.PANEL_SCHEDULED) {
      throw new ProcedureConflict("a decision is taken by a convened panel; this BID is " + status.code());
    }
    if (!by.equals(panel.chairId())) {
      throw new NotAPanelMember("only the chair of the panel records its decision");
    }
    PanelTally tally = new PanelTally(panel, votes);
    if (!tally.quorumReached()) {
      throw new ProcedureConflict("the quorum of " + panel.quorum() + " votes is not reached: " + votes.size()
          + " voted");
    }
    BidChoice majority = tally.majority().orElseThrow(() -> new ProcedureConflict(
        "the panel has no majority for one option; it must deliberate and vote again"));
    if (!majority.equals(choice)) {
      throw new ProcedureConflict("the panel's majority voted for " + majority.describe() + ", not "
          + choice.describe());
    }
    Decision d = new Decision(round, choice, reasons, tally.against(choice), dissent, by, at);
    Bid next = with(BidStatus.DECIDED, by, at);
    return new Bid(id, caseId, next.status, next.version, reason, reasonNote, round, report, reportBy,
        supervisorComment, supervisorId, panel, d, earlierDecisions, null, reviews, createdAt, createdBy, at, by);
  }

  public Bid communicate(Communication c, UUID by, Instant at) {
    if (status != BidStatus.DECIDED) {
      throw new ProcedureConflict("only a decided BID is communicated; this one is " + status.code());
    }
    Bid next = with(BidStatus.COMMUNICATED, by, at);
    return new Bid(id, caseId, next.status, next.version, reason, reasonNote, round, report, reportBy,
        supervisorComment, supervisorId, panel, decision, earlierDecisions, c, reviews, createdAt, createdBy, at,
        by);
  }

  /** The durable solution the BID decided has been carried out. */
  public Bid implemented(UUID by, Instant at) {
    if (status != BidStatus.COMMUNICATED) {
      throw new ProcedureConflict("only a communicated BID decision is implemented; this BID is " + status.code());
    }
    return with(BidStatus.IMPLEMENTED, by, at);
  }

  public Bid requestReview(String why, UUID by, Instant at) {
    if (!status.decided()) {
      throw new ProcedureConflict("only a decided BID can be reviewed; this one is " + status.code());
    }
    List<ReviewRequest> all = new ArrayList<>(reviews);
    all.add(new ReviewRequest(why, by, at, status, null, null, null, null));
    Bid next = with(BidStatus.REVIEW_REQUESTED, by, at);
    return new Bid(id, caseId, next.status, next.version, reason, reasonNote, round, report, reportBy,
        supervisorComment, supervisorId, panel, decision, earlierDecisions, communication, all, createdAt, createdBy,
        at, by);
  }

  /**
   * Reopens the BID on the review: the decision becomes an earlier decision, the report is written again
   * and a panel decides in a new round.
   */
  public Bid reopen(String why, UUID by, Instant at) {
    ReviewRequest open = openReview();
    List<ReviewRequest> all = closeLast(open.closed("reopened", why, by, at));
    List<Decision> earlier = new ArrayList<>(earlierDecisions);
    earlier.add(decision);
    return new Bid(id, caseId, BidStatus.REOPENED, version + 1, reason, reasonNote, round + 1, report, reportBy,
        null, null, null, null, earlier, null, all, createdAt, createdBy, at, by);
  }

  /** Declines the review: the decision stands and the BID returns to where it stood. */
  public Bid declineReview(String why, UUID by, Instant at) {
    ReviewRequest open = openReview();
    Bid next = with(open.statusBefore(), by, at);
    return new Bid(id, caseId, next.status, next.version, reason, reasonNote, round, report, reportBy,
        supervisorComment, supervisorId, panel, decision, earlierDecisions, communication,
        closeLast(open.closed("declined", why, by, at)), createdAt, createdBy, at, by);
  }

  private ReviewRequest openReview() {
    if (status != BidStatus.REVIEW_REQUESTED) {
      throw new ProcedureConflict("no review of this BID is requested; it is " + status.code());
    }
    return reviews.get(reviews.size() - 1);
  }

  private List<ReviewRequest> closeLast(ReviewRequest closed) {
    List<ReviewRequest> all = new ArrayList<>(reviews);
    all.set(all.size() - 1, closed);
    return all;
  }

  private Bid with(BidStatus next, UUID by, Instant at) {
    return new Bid(id, caseId, next, version + 1, reason, reasonNote, round, report, reportBy, supervisorComment,
        supervisorId, panel, decision, earlierDecisions, communication, reviews, createdAt, createdBy, at, by);
  }

  private Bid report(BidReport newReport, UUID author) {
    return new Bid(id, caseId, status, version, reason, reasonNote, round, newReport, author, supervisorComment,
        supervisorId, panel, decision, earlierDecisions, communication, reviews, createdAt, createdBy, updatedAt,
        updatedBy);
  }
}
