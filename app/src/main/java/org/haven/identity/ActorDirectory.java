package org.haven.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.identity.persistence.UserRows;
import org.springframework.stereotype.Service;

/**
 * The actor behind a username, for work started by an operator on the server itself (bulk imports)
 * rather than by a signed-in client: the same actor a token of that user would stand for.
 */
@Service
public class ActorDirectory {
  private final UserRows users;
  private final Authentication authentication;

  ActorDirectory(UserRows users, Authentication authentication) {
    this.users = users;
    this.authentication = authentication;
  }

  /** An active user, for checks that name a user (the new owner of a transferred case); no password. */
  public Optional<User> activeUser(UUID id) {
    return users.find(id).filter(User::active);
  }

  /** The active users of an agency with a role, for alerts addressed to its supervisors. */
  public List<UUID> activeUsers(UUID agencyId, Role role) {
    return users.byAgency(agencyId).stream().filter(u -> u.active() && u.role() == role).map(User::id).toList();
  }

  /** The active user of that name as an actor; empty when there is none or it is deactivated. */
  public Optional<Actor> byUsername(String username) {
    return users.credentials(username).map(UserRows.Credentials::user).filter(User::active)
        .flatMap(authentication::actorOf);
  }
}
