package org.haven.bestinterests.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a BIA stands: {@code in_progress → submitted → approved | returned}, a returned one is revised. */
public enum BiaStatus {
  IN_PROGRESS, SUBMITTED, APPROVED, RETURNED;

  /** Whether the caseworker may still change what the assessment says. */
  public boolean editable() {
    return this == IN_PROGRESS || this == RETURNED;
  }

  @JsonValue
  public String code() {
    return Codes.of(this);
  }

  @JsonCreator
  public static BiaStatus fromCode(String code) {
    return Codes.parse(BiaStatus.class, code);
  }
}
