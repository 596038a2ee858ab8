package org.haven.bestinterests.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A request to review a decided BID on new information (the BID Review Report), and what became of it:
 * {@code reopened} for a new round, or {@code declined} with the decision standing.
 */
public record ReviewRequest(String reason, UUID requestedBy, Instant requestedAt, BidStatus statusBefore,
    String outcome, String outcomeReason, UUID outcomeBy, Instant outcomeAt) {

  ReviewRequest closed(String outcome, String why, UUID by, Instant at) {
    return new ReviewRequest(reason, requestedBy, requestedAt, statusBefore, outcome, why, by, at);
  }
}
