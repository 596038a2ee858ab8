package org.haven.casework;

import java.time.Instant;
import java.util.UUID;
import org.haven.casework.domain.ApprovalStatus;

/**
 * A request for a supervisor's approval: of an assessment, a case plan, a closure or a reopening
 * ({@code kind}), about the record {@code subjectId} of a case (none for a community or structural
 * assessment).
 */
public record Approval(UUID id, String kind, UUID subjectId, UUID caseId, UUID agencyId, ApprovalStatus status,
    String requestNote, UUID requestedBy, Instant requestedAt, UUID decidedBy, Instant decidedAt, String comment,
    long version) {}
