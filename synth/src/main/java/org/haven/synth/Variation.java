package org.haven.synth;

/**
 * How a generated dataset departs from the shipped proportions, so that a matcher can be checked on data it was
 * not tuned on: more or fewer typing errors, another share of tracing requests about registered children,
 * another mix of nationalities (each nationality's share multiplied by a factor between 1/4 and 4 drawn from
 * {@code mix}), and more or less variety in how the same child is written down.
 *
 * @param noise multiplier of the typing-error rate of every field (1 as shipped)
 * @param traceableShare share of tracing requests about a registered child (0.8 as shipped)
 * @param mix 0 for the shipped nationality shares, otherwise the seed of their reweighting
 * @param variety multiplier of the chance that a description departs from the plainest way of writing the child
 *     down: another script, name structure, spelling, romanisation, nickname or name order, a birth date
 *     recorded as a year or an age (1 as shipped, 0 for no such departures; typing errors follow {@code noise})
 */
public record Variation(double noise, double traceableShare, long mix, double variety) {
  public static final Variation SHIPPED = new Variation(1.0, SyntheticDataset.TRACEABLE_SHARE, 0, 1.0);

  public Variation {
    if (!(noise >= 0 && noise <= 5)) throw new IllegalArgumentException("noise must be between 0 and 5");
    if (!(variety >= 0 && variety <= 1)) throw new IllegalArgumentException("variety must be between 0 and 1");
    if (!(traceableShare >= 0 && traceableShare <= 1)) {
      throw new IllegalArgumentException("traceable share must be between 0 and 1");
    }
  }

  /** Factor applied to the share of one nationality. */
  double shareFactor(String nationality) {
    if (mix == 0) return 1.0;
    Dice dice = new Dice(Dice.derive(mix, nationality.hashCode(), 23));
    return Math.pow(4, 2 * dice.unit() - 1);
  }
}
