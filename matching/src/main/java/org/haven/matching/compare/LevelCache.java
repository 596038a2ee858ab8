package org.haven.matching.compare;

/**
 * Remembers the level of recently compared token pairs, per thread. Names are Zipf-distributed, so the same
 * pairs come back constantly and string similarity need not be computed again. A collision simply
 * overwrites the older entry.
 */
final class LevelCache {
  private static final int SIZE = 1 << 20;
  private final long[] keys = new long[SIZE];
  private final byte[] levels = new byte[SIZE];

  int get(int a, int b) {
    long key = key(a, b);
    int i = slot(key);
    return keys[i] == key ? levels[i] - 1 : -1;
  }

  void put(int a, int b, int level) {
    long key = key(a, b);
    int i = slot(key);
    keys[i] = key;
    levels[i] = (byte) (level + 1);
  }

  private static long key(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  private static int slot(long key) {
    long z = key * 0x9E3779B97F4A7C15L;
    return (int) (z >>> 44) & (SIZE - 1);
  }
}
