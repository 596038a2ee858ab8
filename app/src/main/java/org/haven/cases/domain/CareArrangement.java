package org.haven.cases.domain;

import java.time.LocalDate;

/** Who looks after the child and how, over a period. The current one has no end date. */
public record CareArrangement(String type, String caregiverName, String caregiverRelationship, String agencyProvidingCare,
    LocalDate startDate, LocalDate endDate, String changeReason) {}
