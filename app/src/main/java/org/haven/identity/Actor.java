package org.haven.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The authenticated user on whose behalf a use case runs. Resolved once in the web layer and passed
 * explicitly: the domain never reads it from a static context.
 */
public record Actor(UUID userId, String username, Role role, RecordScope scope, UUID agencyId,
    AgencyType agencyType, Set<UUID> locationIds) {

  public Actor {
    locationIds = Set.copyOf(locationIds);
  }
}
