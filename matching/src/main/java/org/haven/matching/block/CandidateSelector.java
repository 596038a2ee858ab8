package org.haven.matching.block;

import java.util.Arrays;
import java.util.List;

/**
 * Frequency-aware meta-blocking. Every shared key adds its inverse document frequency to a candidate's
 * score, so sharing a rare surname counts more than sharing Mohammed; only the best-scored candidates are
 * compared in full. Keys too frequent to scan are skipped when rarer keys exist. One instance per thread.
 */
public final class CandidateSelector {
  private float[] score = new float[1024];
  private int[] touched = new int[1024];
  private int touchedCount;
  private long[] keyHashes = new long[64];
  private int[] keyFreq = new int[64];
  private int[] candSlots = new int[1024];
  private float[] candScores = new float[1024];
  private float[] work = new float[1024];
  private float[] lastScores = new float[1024];

  /**
   * @param keys the query's blocking keys
   * @param index the key index
   * @param slots number of slots in the index
   * @param alive which slots hold a live description
   * @param exclude slot of the query itself, or -1
   * @param limit how many candidates to return at most
   * @param maxFrequency keys with more postings than this are skipped unless nothing rarer exists
   * @return candidate slots, best first
   */
  public int[] select(List<String> keys, KeyIndex index, int slots, java.util.function.IntPredicate alive,
      int exclude, int limit, int maxFrequency) {
    return select(BlockingKeys.Query.byKind(keys), index, slots, exclude, limit, maxFrequency, maxFrequency,
        slot -> alive.test(slot) ? 0f : EXCLUDED);
  }

  /** What a {@link SlotPrior} returns for a slot that must not be a candidate (a removed description). */
  public static final float EXCLUDED = Float.NEGATIVE_INFINITY;

  /**
   * Cheap evidence about a candidate slot (birth date, sex), added to its key score before the cut, or
   * {@link #EXCLUDED}.
   */
  @FunctionalInterface
  public interface SlotPrior {
    float adjust(int slot);

    /** Adds the prior of each of the first {@code n} slots to its score, or makes it {@link #EXCLUDED}. */
    default void addTo(int[] slots, float[] scores, int n) {
      for (int i = 0; i < n; i++) {
        float adjust = adjust(slots[i]);
        scores[i] = adjust == EXCLUDED ? adjust : scores[i] + adjust;
      }
    }
  }

  /**
   * As above, with {@code prior} added to each touched candidate's key score, so that among candidates that
   * share equally rare keys, those with a compatible birth date and sex are compared first; the prior also
   * says which slots are alive.
   */
  public int[] select(BlockingKeys.Query query, KeyIndex index, int slots, int exclude, int limit,
      int maxFrequency, int maxSingleFrequency, SlotPrior prior) {
    List<String> keys = query.keys();
    if (score.length < slots) {
      score = new float[Math.max(slots, score.length * 2)];
    }
    int n = keys.size();
    if (keyHashes.length < n) {
      keyHashes = new long[n * 2];
      keyFreq = new int[n * 2];
    }
    int minFreq = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      keyHashes[i] = KeyIndex.hash(keys.get(i));
      keyFreq[i] = index.frequency(keyHashes[i]);
      if (keyFreq[i] > 0) {
        minFreq = Math.min(minFreq, keyFreq[i]);
      }
    }
    touchedCount = 0;
    double total = Math.max(slots, 1) + 1.0;
    for (int i = 0; i < n; i++) {
      int df = keyFreq[i];
      int cap = BlockingKeys.isSinglePart(keys.get(i)) ? maxSingleFrequency : maxFrequency;
      if (df == 0 || (df > cap && df != minFreq)) {
        continue;
      }
      float idf = (float) Math.log(total / df) * query.weights()[i];
      int[] postings = index.postings(keyHashes[i]);
      int scan = Math.min(df, Math.max(maxFrequency, 1));
      if (touched.length < touchedCount + scan) {
        touched = Arrays.copyOf(touched, Math.max(touched.length * 2, touchedCount + scan));
      }
      // Without a branch on whether the slot was touched before: which slots a key shares with the keys
      // before it is unpredictable, and a mispredicted branch would stall the next postings' reads.
      for (int j = 0; j < scan; j++) {
        int slot = postings[j];
        float before = score[slot];
        touched[touchedCount] = slot;
        touchedCount += before == 0f ? 1 : 0;
        score[slot] = before + idf;
      }
    }
    if (candSlots.length < touchedCount) {
      candSlots = new int[touchedCount];
      candScores = new float[touchedCount];
      work = new float[touchedCount];
    }
    int touchedOthers = 0;
    for (int i = 0; i < touchedCount; i++) {
      int slot = touched[i];
      candSlots[touchedOthers] = slot;
      candScores[touchedOthers] = score[slot];
      score[slot] = 0f;
      touchedOthers += slot != exclude ? 1 : 0;
    }
    prior.addTo(candSlots, candScores, touchedOthers);
    int m = 0;
    for (int i = 0; i < touchedOthers; i++) {
      if (candScores[i] != EXCLUDED) {
        candSlots[m] = candSlots[i];
        candScores[m++] = candScores[i];
      }
    }
    return best(m, limit);
  }

  /**
   * The {@code limit} best of the first {@code m} candidates, best first. A query touches tens of thousands
   * of candidates and keeps a few hundred: the cut-off score is found by selection in linear time, and only
   * the kept ones are sorted.
   */
  private int[] best(int m, int limit) {
    int k = Math.min(m, Math.max(limit, 0));
    if (k == 0) {
      return new int[0];
    }
    int kept = 0;
    if (k < m) {
      System.arraycopy(candScores, 0, work, 0, m);
      float cut = kthLargest(work, m, k);
      // Everything above the cut-off, then as many of the ties at the cut-off as fit.
      for (int i = 0; i < m; i++) {
        if (candScores[i] > cut) {
          swapCandidate(i, kept++);
        }
      }
      for (int i = kept; i < m && kept < k; i++) {
        if (candScores[i] == cut) {
          swapCandidate(i, kept++);
        }
      }
    } else {
      kept = m;
    }
    if (lastScores.length < kept) {
      lastScores = new float[Math.max(kept, lastScores.length * 2)];
    }
    int[] order = bestFirst(candScores, kept, kept);
    int[] out = new int[kept];
    for (int i = 0; i < kept; i++) {
      out[i] = candSlots[order[i]];
      lastScores[i] = candScores[order[i]];
    }
    return out;
  }

  /** Scores of the candidates the last {@link #select} returned, in the same order (best first). */
  public float[] lastScores() {
    return lastScores;
  }

  /**
   * The {@code limit} best of {@code slots} under new scores, best first; ties keep their order. Used to
   * re-rank a wider first selection with evidence the keys do not carry.
   */
  public static int[] best(int[] slots, float[] scores, int limit) {
    int[] order = bestFirst(scores, slots.length, limit);
    int[] out = new int[order.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = slots[order[i]];
    }
    return out;
  }

  /**
   * Positions of the best {@code limit} of the first {@code n} scores, best first; ties keep their order.
   * One sort of longs: score bits (which sort like the score for non-negative floats, hence the shift) above
   * the inverted position.
   */
  private static int[] bestFirst(float[] scores, int n, int limit) {
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = ((long) Float.floatToIntBits(scores[i] + SCORE_SHIFT) << 32) | (0xffffffffL - i);
    }
    Arrays.sort(order);
    int[] out = new int[Math.min(limit, n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) (0xffffffffL - (order[n - 1 - i] & 0xffffffffL));
    }
    return out;
  }

  /** Added to scores before sorting by their bits: priors may push a key score below zero, never this far. */
  private static final float SCORE_SHIFT = 64f;

  private void swapCandidate(int a, int b) {
    int slot = candSlots[a];
    candSlots[a] = candSlots[b];
    candSlots[b] = slot;
    float s = candScores[a];
    candScores[a] = candScores[b];
    candScores[b] = s;
  }

  /** The k-th largest of the first n values (1-based k), reordering them: iterative quickselect. */
  static float kthLargest(float[] a, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    int target = k - 1;
    while (lo < hi) {
      float pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] > pivot) {
          i++;
        }
        while (a[j] < pivot) {
          j--;
        }
        if (i <= j) {
          float t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return a[target];
      }
    }
    return a[target];
  }

  private static float median(float a, float b, float c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
