package org.haven.matching.score;

import java.util.concurrent.atomic.AtomicLong;
import org.haven.matching.normalize.Token;

/**
 * Name frequencies among indexed descriptions, kept current as descriptions come and go. Agreement on a
 * value shared by one child in twenty (Mohammed) is weak evidence; on a value shared by one in a million it
 * is strong. The adjustment compares the value's frequency with that of an average agreeing value.
 */
public final class TermStats {
  private static final double MIN_BITS = -3;
  private static final double MAX_BITS = 3;

  private final AtomicLong total = new AtomicLong();
  private final AtomicLong sumSquares = new AtomicLong();

  public void add(Token t) {
    int before = t.groupCount.getAndIncrement();
    total.incrementAndGet();
    sumSquares.addAndGet(2L * before + 1);
  }

  public void remove(Token t) {
    int before = t.groupCount.getAndDecrement();
    total.decrementAndGet();
    sumSquares.addAndGet(-(2L * before - 1));
  }

  /** Extra weight in bits for agreeing on this value, beyond the average agreement weight. */
  public double adjustment(Token t) {
    long n = total.get();
    long sq = sumSquares.get();
    if (n < 1000 || sq <= 0) {
      return 0;
    }
    double count = Math.max(1, t.groupCount.get());
    double bits = Math.log((double) sq / (n * count)) / Math.log(2);
    return Math.max(MIN_BITS, Math.min(MAX_BITS, bits));
  }
}
