package org.haven.matching.score;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.haven.matching.normalize.Token;

/**
 * Name frequencies among indexed descriptions, kept current as descriptions come and go. Agreement on a
 * value shared by one child in twenty (Mohammed) is weak evidence; on a value shared by one in a million it
 * is strong. The adjustment compares the value's frequency with that of an average agreeing value.
 *
 * <p>Frequencies are also kept per community (the nationality recorded), because a name rare among all
 * records can be one of the commonest among the records of one people: Hasina and Rahima among the Rohingya,
 * Winta and Saba among Eritreans.
 */
public final class TermStats {
  private static final double MIN_BITS = -3;
  private static final double MAX_BITS = 3;
  /** Name parts a community needs before its own frequencies are used rather than those of all records. */
  private static final long MIN_COMMUNITY = 1000;

  private final AtomicLong total = new AtomicLong();
  private final AtomicLong sumSquares = new AtomicLong();
  private final ConcurrentHashMap<String, Community> communities = new ConcurrentHashMap<>();

  /** Counts of one community's name parts by variant group. */
  private static final class Community {
    final ConcurrentHashMap<String, AtomicInteger> groups = new ConcurrentHashMap<>();
    final AtomicLong total = new AtomicLong();
    final AtomicLong sumSquares = new AtomicLong();
  }

  /** Counts a name part of an indexed description of this community (null when it records none). */
  public void add(Token t, String community) {
    int before = t.groupCount.getAndIncrement();
    total.incrementAndGet();
    sumSquares.addAndGet(2L * before + 1);
    if (community != null) {
      Community c = communities.computeIfAbsent(community, k -> new Community());
      int inCommunity = c.groups.computeIfAbsent(t.canonical, k -> new AtomicInteger()).getAndIncrement();
      c.total.incrementAndGet();
      c.sumSquares.addAndGet(2L * inCommunity + 1);
    }
  }

  /** Forgets a name part counted by {@link #add} with the same community. */
  public void remove(Token t, String community) {
    int before = t.groupCount.getAndDecrement();
    total.decrementAndGet();
    sumSquares.addAndGet(-(2L * before - 1));
    if (community != null) {
      Community c = communities.get(community);
      AtomicInteger count = c == null ? null : c.groups.get(t.canonical);
      if (count != null) {
        int inCommunity = count.getAndDecrement();
        c.total.decrementAndGet();
        c.sumSquares.addAndGet(-(2L * inCommunity - 1));
      }
    }
  }

  /** Extra weight in bits for agreeing on this value, beyond the average agreement weight. */
  public double adjustment(Token t) {
    return bits(total.get(), sumSquares.get(), t.groupCount.get());
  }

  /**
   * As {@link #adjustment(Token)}, among the records of one community when it has enough of them (null: all
   * records).
   */
  public double adjustment(Token t, String community) {
    Community c = community == null ? null : communities.get(community);
    if (c == null || c.total.get() < MIN_COMMUNITY) {
      return adjustment(t);
    }
    AtomicInteger count = c.groups.get(t.canonical);
    return bits(c.total.get(), c.sumSquares.get(), count == null ? 0 : count.get());
  }

  private static double bits(long n, long sq, int count) {
    if (n < 1000 || sq <= 0) {
      return 0;
    }
    double bits = Math.log((double) sq / (n * Math.max(1.0, count))) / Math.log(2);
    return Math.max(MIN_BITS, Math.min(MAX_BITS, bits));
  }
}
