package org.haven.bestinterests.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Set;

/**
 * Where a durable solution stands: {@code identified → in_preparation → implementing → completed}, or
 * {@code cancelled} from anywhere before completion.
 */
public enum DurableSolutionStatus {
  IDENTIFIED, IN_PREPARATION, IMPLEMENTING, COMPLETED, CANCELLED;

  private static final Map<DurableSolutionStatus, Set<DurableSolutionStatus>> NEXT = Map.of(
      IDENTIFIED, Set.of(IN_PREPARATION, CANCELLED),
      IN_PREPARATION, Set.of(IMPLEMENTING, CANCELLED),
      IMPLEMENTING, Set.of(COMPLETED, CANCELLED),
      COMPLETED, Set.of(),
      CANCELLED, Set.of());

  public boolean mayBecome(DurableSolutionStatus next) {
    return NEXT.get(this).contains(next);
  }

  /** From here on the solution is being carried out, which the best-interests rules gate. */
  public boolean implementing() {
    return this == IMPLEMENTING || this == COMPLETED;
  }

  @JsonValue
  public String code() {
    return Codes.of(this);
  }

  @JsonCreator
  public static DurableSolutionStatus fromCode(String code) {
    return Codes.parse(DurableSolutionStatus.class, code);
  }
}
