package org.haven.tracing.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a tracing request stands, by the standard tracing status lookup. */
public enum TracingStatus {
  OPEN, TRACING_IN_PROGRESS, VERIFIED, REUNIFIED, CLOSED;

  /** Whether the child is still being looked for, so that new and changed cases are matched against it. */
  public boolean searching() {
    return this == OPEN || this == TRACING_IN_PROGRESS;
  }

  public String code() {
    return name().toLowerCase();
  }

  public static TracingStatus fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown tracing status"));
  }

  public static String codes() {
    return Arrays.stream(values()).map(TracingStatus::code).collect(Collectors.joining(", "));
  }
}
