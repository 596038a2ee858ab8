package org.haven.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit log. {@code purpose} says why (the rule or the stated reason), never record content. */
public record AuditEvent(long seq, UUID id, Instant at, UUID userId, UUID agencyId, String action, String recordType,
    UUID recordId, Outcome outcome, String purpose, String prevHash, String hash) {

  public enum Outcome {
    ALLOWED, DENIED;

    public String code() {
      return name().toLowerCase();
    }
  }
}
