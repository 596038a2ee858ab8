package org.haven.bestinterests.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** A BID panel: its members (users who signed the undertaking of confidentiality when they vote), its chair. */
public record Panel(List<UUID> members, UUID chairId, int quorum, String meetingOn) {

  public Panel {
    members = List.copyOf(members);
  }

  /** Checks the panel's shape against the deployment's minimum quorum; the message names the rule broken. */
  public static Panel of(List<UUID> members, UUID chairId, Integer quorum, String meetingOn, int minimumQuorum) {
    if (members == null || new LinkedHashSet<>(members).size() != members.size()) {
      throw new IllegalArgumentException("members must be distinct users");
    }
    int q = quorum == null ? minimumQuorum : quorum;
    if (q < minimumQuorum) {
      throw new IllegalArgumentException("quorum must be at least " + minimumQuorum + " in this deployment");
    }
    if (members.size() < q) {
      throw new IllegalArgumentException("members must be at least the quorum of " + q);
    }
    UUID chair = chairId == null ? members.get(0) : chairId;
    if (!members.contains(chair)) {
      throw new IllegalArgumentException("chairId must be one of the members");
    }
    return new Panel(members, chair, q, meetingOn);
  }

  public boolean isMember(UUID userId) {
    return members.contains(userId);
  }
}
