package org.haven.cases.domain;

import java.time.Instant;
import java.util.UUID;

/** A child's case as stored: its identity, ownership and version, and the recorded details. */
public record ChildCase(UUID id, String caseNumber, CaseStatus status, long version, UUID ownerId, UUID agencyId,
    Instant createdAt, UUID createdBy, Instant updatedAt, UUID updatedBy, CaseDetails details) {

  public ChildCase withDetails(CaseDetails newDetails, UUID by, Instant at) {
    return new ChildCase(id, caseNumber, status, version + 1, ownerId, agencyId, createdAt, createdBy, at, by,
        newDetails);
  }
}
