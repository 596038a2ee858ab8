package org.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** A token stops working when it expires; the client must log in again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "haven.db.url=jdbc:h2:mem:haven-token-expiry;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
    "HAVEN_ADMIN_PASSWORD=" + ApiTestSupport.ADMIN_PASSWORD,
    "haven.security.token-ttl=2s"})
class TokenExpiryTest extends ApiTestSupport {

  @Test
  void anExpiredTokenIsRefused() throws InterruptedException {
    Api admin = login("admin", ADMIN_PASSWORD);
    assertThat(admin.get("/api/v1/users/me").status()).isEqualTo(200);

    Thread.sleep(2_500);

    Api.Response expired = admin.get("/api/v1/users/me");
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.contentType()).startsWith("application/problem+json");
  }
}
