package org.haven.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the access policy needs to know of a record: its owner, its agency, and its location with all
 * ancestors (the caller resolves them, so the policy stays free of the location hierarchy), and the
 * agencies an active referral shares it with (they may read the parts the referral grants, nothing else).
 */
public record RecordFacts(UUID ownerId, UUID agencyId, List<UUID> locationWithAncestors,
    Set<UUID> sharedWithAgencies) {
  public RecordFacts {
    locationWithAncestors = locationWithAncestors == null ? List.of() : List.copyOf(locationWithAncestors);
    sharedWithAgencies = sharedWithAgencies == null ? Set.of() : Set.copyOf(sharedWithAgencies);
  }

  public RecordFacts(UUID ownerId, UUID agencyId, List<UUID> locationWithAncestors) {
    this(ownerId, agencyId, locationWithAncestors, Set.of());
  }

  /** The same record, shared with these agencies by active referrals. */
  public RecordFacts sharedWith(Set<UUID> agencies) {
    return new RecordFacts(ownerId, agencyId, locationWithAncestors, agencies);
  }
}
