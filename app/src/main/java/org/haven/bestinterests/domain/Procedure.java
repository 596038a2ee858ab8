package org.haven.bestinterests.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which best-interests procedure a decision needs. */
public enum Procedure {
  /** A best interests determination, with its panel. */
  BID,
  /** At least an approved best interests assessment. */
  BIA,
  NONE;

  @JsonValue
  public String code() {
    return Codes.of(this);
  }
}
