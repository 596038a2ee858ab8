package org.haven.identity;

import java.util.UUID;

/** Facts the identity module publishes; the audit log records them. They carry ids, never passwords. */
public final class IdentityEvents {
  private IdentityEvents() {}

  public record AgencyCreated(UUID agencyId, UUID byUserId) {}

  public record UserCreated(UUID userId, UUID agencyId, UUID byUserId) {}

  /** An administrator changed a user's role, scope or activity; {@code summary} says what it is now. */
  public record UserChanged(UUID userId, UUID agencyId, UUID byUserId, String summary) {}

  public record LoginSucceeded(UUID userId) {}

  /** The user id is null when the username does not exist. */
  public record LoginFailed(UUID userId, String reason) {}

  /** A second factor was confirmed (enrolled) or a code was checked at login; never the secret or the code. */
  public record SecondFactorEnrolled(UUID userId) {}

  public record SecondFactorChecked(UUID userId, boolean passed) {}

  public record AccessDenied(UUID userId, String action, String reason) {}
}
