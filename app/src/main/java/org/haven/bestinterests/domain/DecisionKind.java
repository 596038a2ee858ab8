package org.haven.bestinterests.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Decisions about a child that the best-interests rules speak about. */
public enum DecisionKind {
  DURABLE_SOLUTION, SEPARATION_FROM_PARENTS, TEMPORARY_CARE_EXCEPTIONAL, CARE_ARRANGEMENT;

  @JsonValue
  public String code() {
    return Codes.of(this);
  }

  @JsonCreator
  public static DecisionKind fromCode(String code) {
    return Codes.parse(DecisionKind.class, code);
  }
}
