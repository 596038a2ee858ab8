package org.haven.identity;

import java.time.Instant;
import java.util.UUID;

/** An organisation that works with children: an NGO, a UN agency, a government service. */
public record Agency(UUID id, String code, String name, AgencyType type, long version, Instant createdAt) {}
