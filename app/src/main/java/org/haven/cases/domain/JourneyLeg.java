package org.haven.cases.domain;

import java.util.List;
import java.util.UUID;

/** One stage of the child's journey: where (place as said, location where known, country), when, how, what happened. */
public record JourneyLeg(String stage, String place, UUID locationId, String country, PartialDate arrived,
    PartialDate departed, String means, List<String> conditions, String notes) {}
