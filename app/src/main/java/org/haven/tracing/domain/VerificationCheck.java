package org.haven.tracing.domain;

import java.util.List;

/**
 * One point of verifying a family link before reunification: {@code confirmed}, {@code not_confirmed} or
 * {@code pending}, with the evidence or note, who checked and when.
 */
@org.springframework.modulith.NamedInterface("reunification")
public record VerificationCheck(String outcome, String note, String checkedBy, String checkedOn) {
  public static final List<String> OUTCOMES = List.of("confirmed", "not_confirmed", "pending");

  public static final VerificationCheck PENDING = new VerificationCheck("pending", null, null, null);

  public boolean confirmed() {
    return "confirmed".equals(outcome);
  }

  public boolean refuted() {
    return "not_confirmed".equals(outcome);
  }
}
