package org.haven.bestinterests.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts a round's votes: whether the quorum has voted, and the choice of the panel, by consensus or
 * otherwise by a strict majority of the votes cast. A tie is no decision.
 */
public record PanelTally(Panel panel, List<Vote> votes) {

  public PanelTally {
    votes = List.copyOf(votes);
  }

  public boolean quorumReached() {
    return votes.size() >= panel.quorum();
  }

  public Optional<BidChoice> majority() {
    Map<BidChoice, Integer> counts = new LinkedHashMap<>();
    votes.forEach(v -> counts.merge(v.choice(), 1, Integer::sum));
    return counts.entrySet().stream().filter(e -> e.getValue() * 2 > votes.size()).map(Map.Entry::getKey)
        .findFirst();
  }

  public List<Vote> against(BidChoice choice) {
    return votes.stream().filter(v -> !v.choice().equals(choice)).toList();
  }
}
