package org.haven.bestinterests.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a BID is held: the decisions of particular magnitude for which the BIP Guidelines require one. */
public enum BidReason {
  /** Identifying the durable solution for an unaccompanied or separated child. */
  DURABLE_SOLUTION,
  /** A decision that may separate the child from the parents against their will. */
  SEPARATION_FROM_PARENTS,
  /** Temporary care of an unaccompanied or separated child in exceptional circumstances. */
  TEMPORARY_CARE_EXCEPTIONAL,
  OTHER;

  @JsonValue
  public String code() {
    return Codes.of(this);
  }

  @JsonCreator
  public static BidReason fromCode(String code) {
    return Codes.parse(BidReason.class, code);
  }
}
