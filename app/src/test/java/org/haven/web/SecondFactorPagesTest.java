package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.web.WebSession.fields;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.identity.Totp;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A deployment that requires a second factor: after the password a user without one must enrol (the
 * secret shown as text, confirmed by a code) before any page opens; the next login asks for a code, and
 * a code works once. API tokens are issued by password as before.
 */
@HavenApiTest
@TestPropertySource(properties = "haven.security.require-second-factor=true")
class SecondFactorPagesTest extends ApiTestSupport {
  private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7]+)<");

  @Test
  void aUserEnrolsThenNeedsACodeAtEachLoginAndTheApiIsUnaffected() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    WebSession web = new WebSession(port);
    web.login(user.username(), PASSWORD);

    WebSession.Page held = web.get("/cases");
    assertThat(held.status()).isEqualTo(302);
    assertThat(held.location()).endsWith("/account/second-factor");
    WebSession.Page enrol = web.get("/account/second-factor");
    Matcher m = SECRET.matcher(enrol.body());
    assertThat(m.find()).as("the secret is shown as text").isTrue();
    byte[] secret = Totp.fromBase32(m.group(1));
    long now = Totp.step(Instant.now().getEpochSecond());

    WebSession.Page wrong = web.post("/account/second-factor", fields("_csrf", enrol.csrf(), "code", "000000"
        .equals(Totp.hotp(secret, now, 6)) ? "111111" : "000000"));
    assertThat(wrong.status()).isEqualTo(200);
    assertThat(wrong.body()).contains("id=\"code-error\"");
    WebSession.Page enrolled = web.post("/account/second-factor", fields("_csrf", wrong.csrf(), "code",
        Totp.hotp(secret, now, 6)));
    assertThat(enrolled.location()).endsWith("/account?enrolled");
    assertThat(web.get("/cases").status()).isEqualTo(200);

    WebSession again = new WebSession(port);
    again.login(user.username(), PASSWORD);
    assertThat(again.get("/").location()).endsWith("/second-factor");
    WebSession.Page ask = again.get("/second-factor");
    WebSession.Page replay = again.post("/second-factor", fields("_csrf", ask.csrf(), "code", Totp.hotp(secret, now, 6)));
    assertThat(replay.status()).as("a code works once").isEqualTo(200);
    assertThat(replay.body()).contains("id=\"code-error\"");
    WebSession.Page passed = again.post("/second-factor", fields("_csrf", replay.csrf(), "code",
        Totp.hotp(secret, now + 1, 6)));
    assertThat(passed.location()).endsWith("/");
    assertThat(again.get("/").status()).isEqualTo(200);

    WebSession guessing = new WebSession(port);
    guessing.login(user.username(), PASSWORD);
    WebSession.Page last = guessing.get("/second-factor");
    for (int attempt = 0; attempt < 5; attempt++) {
      last = guessing.post("/second-factor", fields("_csrf", last.csrf(), "code", "wrong" + attempt));
      if (last.status() == 302) {
        break;
      }
    }
    assertThat(last.location()).as("a few wrong codes end the session").endsWith("/login?error");
    assertThat(guessing.get("/").location()).endsWith("/login");

    assertThat(login(user.username(), PASSWORD).get("/api/v1/cases").status()).isEqualTo(200);
  }
}
