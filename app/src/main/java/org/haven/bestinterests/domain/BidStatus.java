package org.haven.bestinterests.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a BID stands; the transitions are the methods of {@link Bid}. */
public enum BidStatus {
  REQUIRED, INFO_GATHERING, REPORT_DRAFTED, SUPERVISOR_REVIEWED, PANEL_SCHEDULED, DECIDED, COMMUNICATED,
  IMPLEMENTED, REVIEW_REQUESTED, REOPENED;

  /** The report may still be written: before it goes to the supervisor, or after reopening. */
  public boolean reportOpen() {
    return this == REQUIRED || this == INFO_GATHERING || this == REOPENED;
  }

  /** A decision stands (it may be reviewed from here). */
  public boolean decided() {
    return this == DECIDED || this == COMMUNICATED || this == IMPLEMENTED;
  }

  @JsonValue
  public String code() {
    return Codes.of(this);
  }

  @JsonCreator
  public static BidStatus fromCode(String code) {
    return Codes.parse(BidStatus.class, code);
  }
}
