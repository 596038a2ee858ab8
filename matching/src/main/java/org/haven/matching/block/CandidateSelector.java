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
  private final HeapTopK top = new HeapTopK();

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
    return select(keys, index, slots, alive, exclude, limit, maxFrequency, slot -> 0f);
  }

  /** Cheap evidence about a candidate slot (birth date, sex), added to its key score before the cut. */
  @FunctionalInterface
  public interface SlotPrior {
    float adjust(int slot);
  }

  /**
   * As above, with {@code prior} added to each touched candidate's key score, so that among candidates that
   * share equally rare keys, those with a compatible birth date and sex are compared first.
   */
  public int[] select(List<String> keys, KeyIndex index, int slots, java.util.function.IntPredicate alive,
      int exclude, int limit, int maxFrequency, SlotPrior prior) {
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
      if (df == 0 || (df > maxFrequency && df != minFreq)) {
        continue;
      }
      float idf = (float) Math.log(total / df);
      int[] postings = index.postings(keyHashes[i]);
      int scan = Math.min(df, Math.max(maxFrequency, 1));
      for (int j = 0; j < scan; j++) {
        int slot = postings[j];
        if (score[slot] == 0f) {
          if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touched.length * 2);
          }
          touched[touchedCount++] = slot;
        }
        score[slot] += idf;
      }
    }
    top.reset(limit);
    for (int i = 0; i < touchedCount; i++) {
      int slot = touched[i];
      float s = score[slot];
      score[slot] = 0f;
      if (slot != exclude && alive.test(slot)) {
        top.offer(slot, s + prior.adjust(slot));
      }
    }
    return top.drainBestFirst();
  }

  /** Bounded min-heap of (slot, score) keeping the best {@code limit} entries. */
  static final class HeapTopK {
    private int[] slots = new int[16];
    private float[] scores = new float[16];
    private int size;
    private int limit;

    void reset(int limit) {
      this.limit = limit;
      size = 0;
      if (slots.length < limit + 1) {
        slots = new int[limit + 1];
        scores = new float[limit + 1];
      }
    }

    void offer(int slot, float s) {
      if (limit <= 0) {
        return;
      }
      if (size < limit) {
        slots[size] = slot;
        scores[size] = s;
        up(size++);
      } else if (s > scores[0]) {
        slots[0] = slot;
        scores[0] = s;
        down(0);
      }
    }

    int[] drainBestFirst() {
      int[] out = new int[size];
      for (int i = size - 1; i >= 0; i--) {
        out[i] = slots[0];
        size--;
        slots[0] = slots[size];
        scores[0] = scores[size];
        down(0);
      }
      return out;
    }

    private void up(int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (scores[parent] <= scores[i]) {
          break;
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void down(int i) {
      while (true) {
        int l = 2 * i + 1;
        int r = l + 1;
        int smallest = i;
        if (l < size && scores[l] < scores[smallest]) {
          smallest = l;
        }
        if (r < size && scores[r] < scores[smallest]) {
          smallest = r;
        }
        if (smallest == i) {
          return;
        }
        swap(i, smallest);
        i = smallest;
      }
    }

    private void swap(int a, int b) {
      int s = slots[a];
      slots[a] = slots[b];
      slots[b] = s;
      float f = scores[a];
      scores[a] = scores[b];
      scores[b] = f;
    }
  }
}
