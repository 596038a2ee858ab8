package org.haven.identity.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.haven.identity.Actor;
import org.haven.identity.User;
import org.haven.identity.Users;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Administration")
class UserController {
  private final Users users;

  UserController(Users users) {
    this.users = users;
  }

  record UserView(UUID id, String username, String fullName, UUID agencyId, String role, String scope,
      Set<UUID> locationIds, boolean active, long version) {
    static UserView of(User user) {
      return new UserView(user.id(), user.username(), user.fullName(), user.agencyId(), user.role().code(),
          user.scope().code(), user.locationIds(), user.active(), user.version());
    }
  }

  @PostMapping
  ResponseEntity<UserView> create(Actor actor, @RequestBody Users.NewUser request) {
    User user = users.create(actor, request);
    return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserView.of(user));
  }

  @GetMapping
  List<UserView> list(Actor actor) {
    return users.list(actor).stream().map(UserView::of).toList();
  }

  @GetMapping("/me")
  UserView me(Actor actor) {
    return UserView.of(users.get(actor, actor.userId()));
  }

  @GetMapping("/{id}")
  UserView get(Actor actor, @PathVariable UUID id) {
    return UserView.of(users.get(actor, id));
  }
}
