package org.haven.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.haven.matching.compare.Comparison;
import org.haven.matching.compare.Field;
import org.junit.jupiter.api.Test;

class EstimatorTest {
  /** Patterns drawn from known m and u: EM must recover the share of matches and m. */
  @Test
  void emConvergesToTheGeneratingParameters() {
    Random r = new Random(3);
    double[] m = {0.9, 0.05, 0.02, 0.02, 0.01};
    double[] u = {0.01, 0.01, 0.03, 0.05, 0.90};
    Map<Long, long[]> patterns = new HashMap<>();
    Comparison c = new Comparison();
    int pairs = 40_000;
    int matches = 0;
    for (int i = 0; i < pairs; i++) {
      boolean match = r.nextDouble() < 0.1;
      matches += match ? 1 : 0;
      for (Field f : Field.ALL) {
        double[] p = f.levels() == 5 ? (match ? m : u) : (match ? new double[] {0.9, 0.05, 0.05} : new double[] {0.05, 0.05, 0.9});
        c.level[f.ordinal()] = f.levels() >= 3 ? draw(r, p, f.levels()) : (r.nextDouble() < (match ? 0.95 : 0.4) ? 0 : 1);
      }
      Estimator.count(c, patterns);
    }
    double[][] startM = new double[Field.ALL.length][];
    double[][] startU = new double[Field.ALL.length][];
    for (Field f : Field.ALL) {
      startM[f.ordinal()] = f.defaultM.clone();
      startU[f.ordinal()] = f.defaultU.clone();
    }
    boolean[] all = new boolean[Field.ALL.length];
    java.util.Arrays.fill(all, true);
    Estimator.Em em = new Estimator().em(patterns, startM, startU, 0.3, all);
    assertThat(em.lambda()).isCloseTo(matches / (double) pairs, org.assertj.core.data.Offset.offset(0.01));
    assertThat(em.m()[Field.GIVEN_NAME.ordinal()][0]).isCloseTo(0.9, org.assertj.core.data.Offset.offset(0.03));
    assertThat(em.u()[Field.GIVEN_NAME.ordinal()][4]).isCloseTo(0.9, org.assertj.core.data.Offset.offset(0.03));
    assertThat(em.iterations()).isLessThan(100);
  }

  private static int draw(Random r, double[] p, int levels) {
    double x = r.nextDouble();
    double acc = 0;
    for (int l = 0; l < levels; l++) {
      acc += l < p.length ? p[l] : 0;
      if (x < acc) {
        return l;
      }
    }
    return levels - 1;
  }

  @Test
  void evidenceIsExplainedPerFieldAndMissingFieldsAreLeftOut() {
    Model model = Model.defaults(10_000);
    Comparison c = new Comparison();
    java.util.Arrays.fill(c.level, Comparison.MISSING);
    c.level[Field.GIVEN_NAME.ordinal()] = 0;
    c.level[Field.DATE_OF_BIRTH.ordinal()] = 5;
    assertThat(model.explain(c, null)).matches("given_name:\\+\\d+\\.\\d date_of_birth:-\\d+\\.\\d");
    double bits = model.bits(c, null);
    assertThat(Model.probability(bits)).isBetween(0.0, 1.0);
  }

  @Test
  void agreeingOnACommonNameCountsLessThanOnARareOne() {
    org.haven.matching.normalize.TokenTable table =
        new org.haven.matching.normalize.TokenTable(new org.haven.matching.normalize.NameDictionary());
    TermStats stats = new TermStats();
    org.haven.matching.normalize.Token common = table.intern("mohammed");
    for (int i = 0; i < 2000; i++) {
      stats.add(common, null);
      stats.add(table.intern("rare" + i), null);
    }
    org.haven.matching.normalize.Token rare = table.intern("rare7");
    assertThat(stats.adjustment(common)).isNegative();
    assertThat(stats.adjustment(rare)).isPositive();
  }
}
