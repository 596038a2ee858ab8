package org.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** Logging in, tokens and throttling, as a client sees them. Run on H2 and on PostgreSQL. */
abstract class AuthenticationScenarios extends ApiTestSupport {

  @Test
  void theFirstAdministratorLogsInAndGetsAnExpiringToken() {
    Api.Response response = anonymous().post("/api/v1/auth/token",
        Api.object().put("username", "admin").put("password", ADMIN_PASSWORD));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().get("token").asText()).hasSizeGreaterThan(30);
    assertThat(response.body().get("expiresAt").asText()).isNotBlank();
  }

  @Test
  void wrongCredentialsAreRefusedWith401ProblemJson() {
    Api.Response response = anonymous().post("/api/v1/auth/token",
        Api.object().put("username", "admin").put("password", "not-the-password"));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void callsWithoutAValidTokenAreRefused() {
    assertThat(anonymous().get("/api/v1/cases").status()).isEqualTo(401);
    Api.Response forged = anonymous().as("forged-token").get("/api/v1/cases");
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.contentType()).startsWith("application/problem+json");
  }

  @Test
  void repeatedFailuresForOneUserAreThrottled() {
    UUID agency = createAgency("ngo");
    TestUser user = createUser(agency, "caseworker");
    int lastStatus = 0;
    for (int i = 0; i < 6; i++) {
      lastStatus = anonymous().post("/api/v1/auth/token",
          Api.object().put("username", user.username()).put("password", "wrong-password-" + i)).status();
    }
    assertThat(lastStatus).isEqualTo(429);
    // Even the right password waits until the window has passed.
    Api.Response right = anonymous().post("/api/v1/auth/token",
        Api.object().put("username", user.username()).put("password", PASSWORD));
    assertThat(right.status()).isEqualTo(429);
    assertThat(right.header("Retry-After")).isNotNull();
  }

  @Test
  void healthAndTheApiDocumentAreOpen() {
    Api.Response health = anonymous().get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().get("status").asText()).isEqualTo("UP");

    Api.Response docs = anonymous().get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body().get("paths").has("/api/v1/cases")).isTrue();
    assertThat(docs.body().get("paths").has("/api/v1/cases/{id}/history")).isTrue();
  }

  @Test
  void usersNeedAStrongEnoughPasswordAndAKnownRole() {
    UUID agency = createAgency("ngo");
    Api.Response response = admin().post("/api/v1/users", Api.object().put("username", "weak-" + agency)
        .put("password", "short").put("fullName", "X").put("agencyId", agency.toString()).put("role", "wizard"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("errors").toString()).contains("password").contains("role");
  }
}
