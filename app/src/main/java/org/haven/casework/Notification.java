package org.haven.casework;

import java.time.Instant;
import java.util.UUID;

/** Something a user is told in the app. The message names the kind and the case number, never a child. */
public record Notification(UUID id, UUID userId, String kind, UUID caseId, UUID subjectId, String message,
    Instant createdAt, Instant readAt) {}
