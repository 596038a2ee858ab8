package org.haven.matching.block;

import org.haven.matching.model.Profile;
import org.haven.matching.normalize.Sex;

/**
 * Birth date and sex as a pre-filter of candidate selection: a candidate whose birth date is years away or
 * whose sex differs is compared in full only if nothing better shares its keys. Units are those of the key
 * scores (nats of inverse key frequency), so an agreeing birth year weighs about as much as sharing a fairly
 * rare key.
 *
 * <p>What it reads of a slot is packed into one word per slot ({@link #facts}), so that the thousands of
 * slots a query touches cost one memory access each. One instance per thread, aimed at a query with
 * {@link #of}.
 */
public final class BirthAndSexPrior implements CandidateSelector.SlotPrior {
  /** The facts of a slot that holds no description. */
  public static final long EMPTY = 0L;
  private static final long ALIVE = 1L;
  private static final float SEX_PENALTY = 3f;

  private long[] facts = new long[0];
  private float queryCenter;
  private float queryHalfWidth;
  private byte querySex;
  private long[] gathered = new long[1024];

  /** Alive bit, sex (2 bits), birth-date half width in half days (24 bits), birth-date centre (float bits). */
  public static long facts(Profile p) {
    float center = p.birth == null ? Float.NaN : (float) p.birth.center();
    long half = p.birth == null ? 0 : Math.min(0xffffff, Math.round(p.birth.halfWidth() * 2));
    return ((long) Float.floatToRawIntBits(center) << 32) | (half << 8) | ((long) (p.sex & 3) << 1) | ALIVE;
  }

  /** This prior, aimed at query {@code q} over the slots whose {@link #facts} are {@code slotFacts}. */
  public BirthAndSexPrior of(Profile q, long[] slotFacts) {
    facts = slotFacts;
    queryCenter = q.birth == null ? Float.NaN : (float) q.birth.center();
    queryHalfWidth = q.birth == null ? 0f : (float) q.birth.halfWidth();
    querySex = q.sex;
    return this;
  }

  @Override
  public float adjust(int slot) {
    return adjustFor(facts[slot]);
  }

  /**
   * The facts of all slots are read first, then judged: the reads are independent of each other, so the
   * processor has many of them under way at once, where reading and judging slot by slot waits for each
   * read behind the judgement's unpredictable branches. Most of a query's touched slots are not in any
   * cache.
   */
  @Override
  public void addTo(int[] slots, float[] scores, int n) {
    if (gathered.length < n) {
      gathered = new long[Math.max(n, gathered.length * 2)];
    }
    long[] f = facts;
    long[] g = gathered;
    for (int i = 0; i < n; i++) {
      g[i] = f[slots[i]];
    }
    for (int i = 0; i < n; i++) {
      float adjust = adjustFor(g[i]);
      scores[i] = adjust == CandidateSelector.EXCLUDED ? adjust : scores[i] + adjust;
    }
  }

  private float adjustFor(long f) {
    if ((f & ALIVE) == 0) {
      return CandidateSelector.EXCLUDED;
    }
    float adjust = 0f;
    int s = (int) (f >>> 1) & 3;
    if (querySex != Sex.UNKNOWN && s != Sex.UNKNOWN && s != querySex) {
      adjust -= SEX_PENALTY;
    }
    float c = Float.intBitsToFloat((int) (f >>> 32));
    if (!Float.isNaN(queryCenter) && !Float.isNaN(c)) {
      float half = ((int) (f >>> 8) & 0xffffff) / 2f;
      float slackYears = (Math.abs(queryCenter - c) - 0.5f * (queryHalfWidth + half)) / 365.25f;
      adjust += slackYears <= 0.25f ? 2f : slackYears <= 1f ? 1f : slackYears <= 2.5f ? 0f
          : slackYears <= 4f ? -2f : -5f;
    }
    return adjust;
  }
}
