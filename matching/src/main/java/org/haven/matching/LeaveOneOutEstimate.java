package org.haven.matching;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.haven.matching.compare.Field;
import org.haven.matching.model.Profile;
import org.haven.matching.score.Estimator;
import org.haven.matching.score.Model;

/**
 * m of each field, measured on the candidate pairs that the other fields alone make near-certain matches under
 * the whole model: name frequencies, the cap on a family's support and the hypothesis of a brother or sister
 * included. The estimate on agreement patterns alone ({@link Estimator#crossFieldM}) sees none of these, and
 * among registrations, where a child's brothers, sisters and namesakes are registered as well, it took them
 * for the same child: on 100,000 generated registrations written plainly it put the share of the same
 * child's records with different birth dates at 0.89, and every field fell back to its default.
 *
 * <p>The given name and the birth date are what tell a child from a brother or sister, so without one of them
 * no pair is certain against a sibling. For those two the other stands in for the sibling hypothesis: the
 * given name is measured on pairs whose birth dates agree and the birth date on pairs whose given names
 * agree, against children of other families only.
 */
final class LeaveOneOutEstimate {
  /** The selection depends on the model being estimated, so it is made again with each new estimate. */
  private static final int ROUNDS = 3;
  /** Fewer selected pairs than this say too little about a field; its m stays as it was. */
  private static final int MIN_PAIRS = 30;
  private static final int GIVEN = Field.GIVEN_NAME.ordinal();
  private static final int BIRTH = Field.DATE_OF_BIRTH.ordinal();

  private final MatchIndex index;
  private final double thresholdBits;

  /** @param certainty probability, from the other fields alone, at or above which a pair counts as a match */
  LeaveOneOutEstimate(MatchIndex index, double certainty) {
    this.index = index;
    this.thresholdBits = Math.log(certainty / (1 - certainty)) / Math.log(2);
  }

  /**
   * @param candidates per query, the candidate pairs to measure on
   * @param start model whose u, prior and m to begin with are used for the selection
   * @param trusted what becomes of an estimate before the next round selects with it
   */
  double[][] estimate(List<Profile> queries, List<List<MatchIndex.Scored>> candidates, Model start,
      UnaryOperator<double[][]> trusted) {
    double[][] m = start.m();
    for (int round = 0; round < ROUNDS; round++) {
      Model model = start.withM(m);
      double[][] counts = IntStream.range(0, queries.size()).parallel()
          .mapToObj(i -> counts(queries.get(i), candidates.get(i), model))
          .reduce(LeaveOneOutEstimate::sum).orElseGet(Field::levelCounts);
      m = trusted.apply(shares(counts, m));
    }
    return m;
  }

  /** Per field and level, the query's candidate pairs that the other fields make certain. */
  private double[][] counts(Profile query, List<MatchIndex.Scored> candidates, Model model) {
    double[][] counts = Field.levelCounts();
    for (MatchIndex.Scored s : candidates) {
      index.compared(query, s.profile(), (c, terms) -> {
        for (int f = 0; f < counts.length; f++) {
          int level = c.level[f];
          if (level < 0) {
            continue;
          }
          boolean person = f == GIVEN || f == BIRTH;
          if ((!person || Estimator.anchored(f, c.level))
              && model.bitsWithout(c, f, terms, !person) >= thresholdBits) {
            counts[f][level]++;
          }
        }
        return null;
      });
    }
    return counts;
  }

  /** Counts as shares, with half a pair added to each level so that no level is ever impossible. */
  private static double[][] shares(double[][] counts, double[][] previous) {
    double[][] m = new double[counts.length][];
    for (int f = 0; f < counts.length; f++) {
      double seen = 0;
      for (double n : counts[f]) {
        seen += n;
      }
      if (seen < MIN_PAIRS) {
        m[f] = previous[f].clone();
        continue;
      }
      m[f] = new double[counts[f].length];
      for (int l = 0; l < m[f].length; l++) {
        m[f][l] = (counts[f][l] + 0.5) / (seen + 0.5 * m[f].length);
      }
    }
    return m;
  }

  private static double[][] sum(double[][] a, double[][] b) {
    for (int f = 0; f < a.length; f++) {
      for (int l = 0; l < a[f].length; l++) {
        a[f][l] += b[f][l];
      }
    }
    return a;
  }
}
