package org.haven.bestinterests.domain;

/** Only the members of a BID's panel vote on it, and only its chair records the decision. Answered with 403. */
public class NotAPanelMember extends RuntimeException {
  public NotAPanelMember() {
    this("only the members of this BID's panel vote on it");
  }

  public NotAPanelMember(String message) {
    super(message);
  }
}
