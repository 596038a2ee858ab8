package org.haven.identity;

import java.util.List;
import java.util.UUID;

/**
 * What the access policy needs to know of a record: its owner, its agency, and its location with all
 * ancestors (the caller resolves them, so the policy stays free of the location hierarchy).
 */
public record RecordFacts(UUID ownerId, UUID agencyId, List<UUID> locationWithAncestors) {
  public RecordFacts {
    locationWithAncestors = locationWithAncestors == null ? List.of() : List.copyOf(locationWithAncestors);
  }
}
