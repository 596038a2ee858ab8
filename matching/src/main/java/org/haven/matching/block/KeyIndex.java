package org.haven.matching.block;

import java.util.Arrays;

/**
 * Posting lists of record slots per blocking key, keyed by a 64-bit hash of the key. Open addressing over
 * primitive arrays: a million records produce tens of millions of postings, too many for boxed collections.
 * Not thread-safe; the owner guards it.
 */
public final class KeyIndex {
  private static final int[] EMPTY = new int[0];

  private long[] keys = new long[1 << 16];
  private int[][] postings = new int[1 << 16][];
  private int[] sizes = new int[1 << 16];
  private int used;
  private long postingCount;

  public void add(long key, int slot) {
    int i = find(key);
    if (keys[i] == 0) {
      keys[i] = key;
      postings[i] = new int[2];
      used++;
    }
    int[] p = postings[i];
    if (sizes[i] == p.length) {
      p = Arrays.copyOf(p, p.length + (p.length >> 1) + 2);
      postings[i] = p;
    }
    p[sizes[i]++] = slot;
    postingCount++;
    if (used * 10L > keys.length * 6L) {
      grow();
    }
  }

  /** Number of postings under the key, dead slots included. */
  public int frequency(long key) {
    int i = find(key);
    return keys[i] == 0 ? 0 : sizes[i];
  }

  /** The posting array (only the first {@link #frequency} entries are meaningful). */
  public int[] postings(long key) {
    int i = find(key);
    return keys[i] == 0 ? EMPTY : postings[i];
  }

  public int keyCount() {
    return used;
  }

  public long postingCount() {
    return postingCount;
  }

  /** Drops a slot from one key's list; used when a description is removed or replaced. */
  public void remove(long key, int slot) {
    int i = find(key);
    if (keys[i] == 0) {
      return;
    }
    int[] p = postings[i];
    for (int j = 0; j < sizes[i]; j++) {
      if (p[j] == slot) {
        p[j] = p[--sizes[i]];
        postingCount--;
        return;
      }
    }
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int i = (int) (mix(key) & mask);
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[][] oldPostings = postings;
    int[] oldSizes = sizes;
    keys = new long[oldKeys.length * 2];
    postings = new int[keys.length][];
    sizes = new int[keys.length];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = find(oldKeys[j]);
        keys[i] = oldKeys[j];
        postings[i] = oldPostings[j];
        sizes[i] = oldSizes[j];
      }
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** 64-bit hash of a key string, never 0 (0 marks an empty cell). */
  public static long hash(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }
}
