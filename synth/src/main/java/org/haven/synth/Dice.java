package org.haven.synth;

import java.util.SplittableRandom;

/** Seeded randomness with the few draws the generator needs; one instance per family keeps output reproducible. */
final class Dice {
  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  int between(int lowInclusive, int highInclusive) {
    return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
  }

  double gaussian() {
    return random.nextGaussian();
  }

  double unit() {
    return random.nextDouble();
  }

  <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }

  /** Index drawn with the given relative weights. */
  int weighted(int... weights) {
    int total = 0;
    for (int w : weights) total += w;
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** A seed for an independent stream derived from a master seed and up to two keys (SplitMix64 finaliser). */
  static long derive(long seed, long key, long salt) {
    return mix(mix(seed ^ 0x9E3779B97F4A7C15L * (salt + 1)) + key * 0xBF58476D1CE4E5B9L);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
