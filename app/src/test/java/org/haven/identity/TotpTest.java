package org.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The test vectors of RFC 6238 (SHA-1) and RFC 4648 (Base32). */
class TotpTest {
  private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void producesTheCodesOfRfc6238() {
    assertThat(Totp.hotp(SECRET, Totp.step(59), 8)).isEqualTo("94287082");
    assertThat(Totp.hotp(SECRET, Totp.step(1111111109), 8)).isEqualTo("07081804");
    assertThat(Totp.hotp(SECRET, Totp.step(1234567890), 8)).isEqualTo("89005924");
    assertThat(Totp.hotp(SECRET, Totp.step(20000000000L), 8)).isEqualTo("65353130");
  }

  @Test
  void acceptsACodeOfTheStepBeforeOrAfterAndNothingElse() {
    long now = Totp.step(1234567890);
    assertThat(Totp.matchingStep(SECRET, Totp.hotp(SECRET, now, 6), now)).isEqualTo(now);
    assertThat(Totp.matchingStep(SECRET, Totp.hotp(SECRET, now - 1, 6), now)).isEqualTo(now - 1);
    assertThat(Totp.matchingStep(SECRET, Totp.hotp(SECRET, now + 1, 6), now)).isEqualTo(now + 1);
    assertThat(Totp.matchingStep(SECRET, Totp.hotp(SECRET, now + 2, 6), now)).isEqualTo(-1);
    assertThat(Totp.matchingStep(SECRET, "12345", now)).isEqualTo(-1);
    assertThat(Totp.matchingStep(SECRET, null, now)).isEqualTo(-1);
  }

  @Test
  void writesAndReadsBase32() {
    assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(new String(Totp.fromBase32("MZXW 6YTB OI======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
    assertThat(Totp.fromBase32(Totp.base32(SECRET))).isEqualTo(SECRET);
  }
}
