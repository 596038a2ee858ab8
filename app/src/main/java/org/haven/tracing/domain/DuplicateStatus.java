package org.haven.tracing.domain;

import java.util.Arrays;

/** A pair of cases that may be one child registered twice: waiting for review, or decided. */
public enum DuplicateStatus implements ReviewStatus {
  PENDING, DUPLICATE, NOT_DUPLICATE;

  @Override
  public String code() {
    return name().toLowerCase();
  }

  @Override
  public boolean pending() {
    return this == PENDING;
  }

  public static DuplicateStatus fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown duplicate status"));
  }
}
