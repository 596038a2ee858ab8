package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkerTest {
  private static final double FIXED = 0.96;
  private static final double RATE = 0.008;

  /** The probabilities of a run's pairs, one per request. */
  private static double[] run(double... probabilities) {
    return probabilities;
  }

  private static double[] repeat(int times, double p, double... rest) {
    double[] out = new double[times + rest.length];
    java.util.Arrays.fill(out, 0, times, p);
    System.arraycopy(rest, 0, out, times, rest.length);
    return out;
  }

  @Test
  void aRunOfClearPairsMakesLessCertainPairsMatchesWithinTheErrorRate() {
    // 95 pairs at 0.999 and 5 at 0.9: expected errors 0.095 + 0.5 = 0.595 of 100, within 0.8%.
    double threshold = Linker.matchThreshold(run(repeat(95, 0.999, 0.9, 0.9, 0.9, 0.9, 0.9)), FIXED, RATE);

    assertThat(threshold).isEqualTo(0.9);
  }

  @Test
  void aRunOfUncertainPairsKeepsTheFixedThreshold() {
    // 50 pairs at 0.999 and 50 at 0.9: 5.05 expected errors in 100 pairs is far above 0.8%.
    double threshold = Linker.matchThreshold(run(repeat(50, 0.999, repeat(50, 0.9))), FIXED, RATE);

    assertThat(threshold).isEqualTo(FIXED);
  }

  @Test
  void equallyLikelyPairsAreMatchesAllTogetherOrNotAtAll() {
    // 50 pairs at 1.0 and three at 0.82: two of the three would fit (0.36 of 52), all three do not (0.54 of 53).
    double threshold = Linker.matchThreshold(run(repeat(50, 1.0, 0.82, 0.82, 0.82)), FIXED, RATE);

    assertThat(threshold).isEqualTo(FIXED);
  }

  @Test
  void noPairBelowOddsOfFourToOneIsAMatch() {
    // One doubtful pair among 10,000 sure ones is well within the rate, but is no match below 0.8.
    assertThat(Linker.matchThreshold(run(repeat(10_000, 1.0, 0.45)), FIXED, RATE)).isEqualTo(FIXED);
    assertThat(Linker.matchThreshold(run(repeat(10_000, 1.0, 0.75)), FIXED, RATE)).isEqualTo(FIXED);
    assertThat(Linker.matchThreshold(run(repeat(10_000, 1.0, 0.85)), FIXED, RATE)).isEqualTo(0.85);
  }

  @Test
  void aZeroRateKeepsTheFixedThreshold() {
    assertThat(Linker.matchThreshold(run(repeat(100, 0.999, 0.95)), FIXED, 0)).isEqualTo(FIXED);
    assertThat(Linker.matchThreshold(run(repeat(100, 0.999, 0.95)), FIXED, RATE)).isEqualTo(0.95);
  }

  @Test
  void anErrorRateOfHalfOrMoreIsRefused() {
    assertThatThrownBy(() -> new Linker.Settings(0.96, 0.5, 0.001, 6, 3, 200, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("match error rate");
  }
}
