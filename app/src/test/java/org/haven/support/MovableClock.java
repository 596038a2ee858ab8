package org.haven.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock, moved ahead by as much as a test asks: time keeps running (so records still come in
 * order), but a deadline a day away can be passed without waiting a day. Import {@link Config} to make it
 * the application's clock.
 */
public final class MovableClock extends Clock {
  private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

  public void moveAhead(Duration by) {
    ahead.updateAndGet(current -> current.plus(by));
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** The same moved time, read in another zone. */
  @Override
  public Clock withZone(ZoneId zone) {
    MovableClock self = this;
    return new Clock() {
      @Override
      public Instant instant() {
        return self.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }
    };
  }

  /** Puts the movable clock before the application's own wherever a {@link Clock} is injected. */
  @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @org.springframework.context.annotation.Bean
    @org.springframework.context.annotation.Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }
}
