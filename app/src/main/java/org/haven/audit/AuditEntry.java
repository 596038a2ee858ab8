package org.haven.audit;

import java.util.UUID;

/** What a module asks the audit log to record: who did what to which record, and why. */
public record AuditEntry(UUID userId, UUID agencyId, String action, String recordType, UUID recordId,
    String purpose) {

  public static AuditEntry of(UUID userId, UUID agencyId, String action, String recordType, UUID recordId,
      String purpose) {
    return new AuditEntry(userId, agencyId, action, recordType, recordId, purpose);
  }
}
