package org.haven.casework;

import java.time.Instant;
import java.util.UUID;

/** Work due on a case by a moment: a first response, a follow-up, a proposed referral. */
public record Task(UUID id, UUID caseId, String caseNumber, String kind, String title, UUID assigneeId,
    UUID agencyId, Instant dueAt, String status, UUID sourceId, long version, Instant createdAt,
    Instant completedAt, UUID completedBy) {

  public static final String OPEN = "open";
  public static final String DONE = "done";
  public static final String CANCELLED = "cancelled";
}
