package org.haven.tracing.domain;

import java.util.Arrays;

/** A potential match between a tracing request and a case: waiting for review, confirmed or rejected. */
public enum MatchStatus implements ReviewStatus {
  PENDING, CONFIRMED, REJECTED;

  @Override
  public String code() {
    return name().toLowerCase();
  }

  @Override
  public boolean pending() {
    return this == PENDING;
  }

  public static MatchStatus fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown match status"));
  }
}
