package org.haven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base of the tests that go through the real HTTP API. Subclasses choose the database with
 * {@link HavenApiTest} (embedded H2) or {@link HavenPostgresApiTest} (PostgreSQL). The application context,
 * and with it the database, is shared between test classes: tests create their own agencies and users
 * with unique names instead of relying on an empty database.
 */
public abstract class ApiTestSupport {
  public static final String ADMIN_PASSWORD = "test-admin-password-1";
  public static final String PASSWORD = "a-long-test-password";

  @LocalServerPort
  protected int port;

  protected Api anonymous() {
    return new Api("http://localhost:" + port, null);
  }

  // Password hashing is deliberately slow; one administrator login per server is enough.
  private static final java.util.Map<Integer, Api> ADMINS = new java.util.concurrent.ConcurrentHashMap<>();

  protected Api admin() {
    return ADMINS.computeIfAbsent(port, p -> login("admin", ADMIN_PASSWORD));
  }

  protected Api login(String username, String password) {
    Api.Response response = anonymous().post("/api/v1/auth/token", Api.object().put("username", username)
        .put("password", password));
    assertThat(response.status()).as("login of %s: %s", username, response).isEqualTo(200);
    return anonymous().as(response.body().get("token").asText());
  }

  /** Creates an agency with a unique code and returns its id. */
  protected UUID createAgency(String type) {
    String code = "AG-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Response response = admin().post("/api/v1/agencies", Api.object().put("code", code)
        .put("name", "Agency " + code).put("type", type));
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return UUID.fromString(response.body().get("id").asText());
  }

  /** Creates a user with a unique username in the agency and returns an API client signed in as them. */
  protected TestUser createUser(UUID agencyId, String role, String scope, List<UUID> locationIds) {
    String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode body = Api.object().put("username", username).put("password", PASSWORD)
        .put("fullName", "Test " + role).put("agencyId", agencyId.toString()).put("role", role);
    if (scope != null) {
      body.put("scope", scope);
    }
    if (locationIds != null) {
      var array = body.putArray("locationIds");
      locationIds.forEach(id -> array.add(id.toString()));
    }
    Api.Response response = admin().post("/api/v1/users", body);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return new TestUser(UUID.fromString(response.body().get("id").asText()), username, agencyId,
        login(username, PASSWORD));
  }

  protected TestUser createUser(UUID agencyId, String role) {
    return createUser(agencyId, role, null, null);
  }

  public record TestUser(UUID id, String username, UUID agencyId, Api api) {}
}
