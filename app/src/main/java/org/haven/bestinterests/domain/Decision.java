package org.haven.bestinterests.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The panel's decision: the choice, the reasons, and the dissent (the votes for another choice, with the
 * members' own words, and what the chair added).
 */
public record Decision(int round, BidChoice choice, String reasons, List<Vote> dissentingVotes, String dissent,
    UUID decidedBy, Instant decidedAt) {

  public Decision {
    dissentingVotes = List.copyOf(dissentingVotes);
  }
}
