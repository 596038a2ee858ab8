package org.haven.tracing.domain;

import java.time.Instant;
import java.util.UUID;

/** A visit after reunification: when, by whom, whether the child is safe, how the child is doing, the next visit. */
@org.springframework.modulith.NamedInterface("reunification")
public record FollowUpVisit(String date, String visitedBy, boolean childSafe, String wellbeing, String notes,
    String nextVisitOn, UUID recordedBy, Instant recordedAt) {}
