package org.haven.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.haven.identity.persistence.SecondFactorRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second factor for signing in to the web pages: a TOTP secret (RFC 6238) the user adds to an
 * authenticator app. Enrolment shows the secret once, as text, and is confirmed by a first valid code;
 * after that the secret is never shown again. Secrets are stored encrypted ({@link SecretBox}) and never
 * logged; a code is accepted once only. API tokens are not affected (see docs/adr/0010).
 */
@Service
public class SecondFactor {
  private static final int SECRET_BYTES = 20;
  private static final String ISSUER = "Haven";

  private final SecondFactorRows rows;
  private final SecretBox box;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  SecondFactor(SecondFactorRows rows, SecretBox box, ApplicationEventPublisher events, Clock clock) {
    this.rows = rows;
    this.box = box;
    this.events = events;
    this.clock = clock;
  }

  /** What the user types or scans into their app: the Base32 secret and the otpauth URI. */
  public record Enrolment(String secret, String uri) {}

  /** A confirmed second factor exists for the user. */
  public boolean enrolled(UUID userId) {
    return rows.find(userId).map(SecondFactorRows.Row::confirmed).orElse(false);
  }

  /**
   * Starts an enrolment with a new secret, or returns the one started and not yet confirmed. A confirmed
   * second factor is not replaced this way (an administrator resets it).
   */
  @Transactional
  public Optional<Enrolment> start(Actor actor) {
    Optional<SecondFactorRows.Row> existing = rows.find(actor.userId());
    if (existing.map(SecondFactorRows.Row::confirmed).orElse(false)) {
      return Optional.empty();
    }
    byte[] secret;
    if (existing.isPresent()) {
      secret = box.open(existing.get().secretEncrypted());
    } else {
      secret = new byte[SECRET_BYTES];
      random.nextBytes(secret);
      rows.saveUnconfirmed(actor.userId(), box.seal(secret), clock.instant());
    }
    String base32 = Totp.base32(secret);
    String label = ISSUER + ":" + actor.username();
    String uri = "otpauth://totp/" + java.net.URLEncoder.encode(label, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20") + "?secret=" + base32 + "&issuer=" + ISSUER + "&digits=" + Totp.DIGITS + "&period="
        + Totp.STEP_SECONDS;
    return Optional.of(new Enrolment(base32, uri));
  }

  /** Confirms the enrolment with a first code from the app; false if the code is wrong. */
  @Transactional
  public boolean confirm(Actor actor, String code) {
    boolean ok = check(actor.userId(), code);
    if (ok) {
      events.publishEvent(new IdentityEvents.SecondFactorEnrolled(actor.userId()));
    }
    return ok;
  }

  /** Checks a code at login against the confirmed secret; each code works once. Audited either way. */
  @Transactional
  public boolean verify(UUID userId, String code) {
    boolean ok = rows.find(userId).map(SecondFactorRows.Row::confirmed).orElse(false) && check(userId, code);
    events.publishEvent(new IdentityEvents.SecondFactorChecked(userId, ok));
    return ok;
  }

  private boolean check(UUID userId, String code) {
    Optional<SecondFactorRows.Row> row = rows.find(userId);
    if (row.isEmpty()) {
      return false;
    }
    long now = Totp.step(clock.instant().getEpochSecond());
    long step = Totp.matchingStep(box.open(row.get().secretEncrypted()), code, now);
    return step >= 0 && rows.use(userId, step, clock.instant());
  }
}
