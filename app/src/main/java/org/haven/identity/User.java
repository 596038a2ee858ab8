package org.haven.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person who signs in. The password hash never leaves the identity module. */
public record User(UUID id, String username, String fullName, UUID agencyId, Role role, RecordScope scope,
    Set<UUID> locationIds, boolean active, long version, Instant createdAt) {}
