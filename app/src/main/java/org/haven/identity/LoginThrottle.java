package org.haven.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits failed logins per username and per client address within a sliding window, so that passwords
 * cannot be guessed at speed. Kept in memory: on several nodes each limits on its own, which still
 * bounds guessing to a small multiple.
 */
@Component
class LoginThrottle {
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final int maxPerUser;
  private final int maxPerAddress;
  private final Duration window;
  private final Clock clock;

  LoginThrottle(@Value("${haven.security.login.max-failures-per-user}") int maxPerUser,
      @Value("${haven.security.login.max-failures-per-address}") int maxPerAddress,
      @Value("${haven.security.login.window}") Duration window, Clock clock) {
    this.maxPerUser = maxPerUser;
    this.maxPerAddress = maxPerAddress;
    this.window = window;
    this.clock = clock;
  }

  Optional<Duration> blockedFor(String username, String address) {
    Instant now = clock.instant();
    Optional<Duration> byUser = wait("u:" + username, maxPerUser, now);
    return byUser.isPresent() ? byUser : wait("a:" + address, maxPerAddress, now);
  }

  void recordFailure(String username, String address) {
    Instant now = clock.instant();
    add("u:" + username, now);
    add("a:" + address, now);
  }

  void recordSuccess(String username) {
    failures.remove("u:" + username);
  }

  private void add(String key, Instant now) {
    failures.compute(key, (k, times) -> {
      Deque<Instant> deque = times == null ? new ArrayDeque<>() : times;
      prune(deque, now);
      deque.addLast(now);
      return deque;
    });
  }

  private Optional<Duration> wait(String key, int max, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      prune(times, now);
      if (times.size() < max) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
    }
  }

  private void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && times.peekFirst().plus(window).isBefore(now)) {
      times.removeFirst();
    }
  }
}
