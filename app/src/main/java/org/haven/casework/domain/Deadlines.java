package org.haven.casework.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * When work on a case is due: the first response after a risk level is set, and the next follow-up,
 * both by risk level ({@code high}, {@code medium}, {@code low}) as the deployment configures them.
 */
public record Deadlines(Map<String, TimeLimit> responseTimes, Map<String, TimeLimit> followUpCadences, ZoneId zone) {
  public Deadlines {
    responseTimes = Map.copyOf(responseTimes);
    followUpCadences = Map.copyOf(followUpCadences);
  }

  public Instant responseDue(String riskLevel, Instant from) {
    return limit(responseTimes, riskLevel).after(from, zone);
  }

  public Instant nextFollowUp(String riskLevel, Instant from) {
    return limit(followUpCadences, riskLevel).after(from, zone);
  }

  /** Whether work due at {@code dueAt} is overdue at {@code now}: due means by that moment, not after it. */
  public static boolean overdue(Instant dueAt, Instant now) {
    return now.isAfter(dueAt);
  }

  private static TimeLimit limit(Map<String, TimeLimit> limits, String riskLevel) {
    TimeLimit limit = limits.get(riskLevel);
    if (limit == null) {
      throw new IllegalArgumentException("no time limit configured for risk level " + riskLevel);
    }
    return limit;
  }
}
