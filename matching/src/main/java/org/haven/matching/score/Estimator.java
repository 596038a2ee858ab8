package org.haven.matching.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.haven.matching.compare.BirthLevels;
import org.haven.matching.compare.Comparer;
import org.haven.matching.compare.Comparison;
import org.haven.matching.compare.Field;
import org.haven.matching.compare.NameLevels;
import org.haven.matching.model.Profile;

/**
 * Estimates the model from the data themselves, as Splink and fastLink do: u from random pairs (almost all of
 * them different children), m by expectation-maximisation over candidate pairs, where matches and
 * non-matches are mixed.
 */
public final class Estimator {
  private static final int EM_ITERATIONS = 100;
  private static final double PSEUDO = 0.5;

  private final Comparer comparer = new Comparer();

  /** u from random pairs of any nationality, and from random pairs of the same nationality. */
  public record U(double[][] all, double[][] sameNationality) {}

  /**
   * u probabilities from {@code samples} random pairs of a left and a right profile, and as many random
   * pairs that share a nationality (a left profile without one is paired at random).
   */
  public U estimateU(List<Profile> left, List<Profile> right, int samples, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, List<Profile>> byNationality = new HashMap<>();
    for (Profile p : right) {
      if (p.nationality != null) {
        byNationality.computeIfAbsent(p.nationality, k -> new java.util.ArrayList<>()).add(p);
      }
    }
    double[][] all = Field.levelCounts();
    double[][] same = Field.levelCounts();
    Comparison c = new Comparison();
    for (int i = 0; i < samples; i++) {
      Profile a = left.get(random.nextInt(left.size()));
      Profile b = right.get(random.nextInt(right.size()));
      if (a != b) {
        comparer.compare(a, b, c);
        add(c, all);
      }
      List<Profile> pool = a.nationality == null ? right : byNationality.getOrDefault(a.nationality, right);
      Profile s = pool.get(random.nextInt(pool.size()));
      if (a != s) {
        comparer.compare(a, s, c);
        add(c, same);
      }
    }
    return new U(withDefaults(all), withDefaults(same));
  }

  private static void add(Comparison c, double[][] counts) {
    for (int f = 0; f < c.level.length; f++) {
      if (c.level[f] >= 0) {
        counts[f][c.level[f]]++;
      }
    }
  }

  private static double[][] withDefaults(double[][] counts) {
    double[][] u = normalise(counts);
    for (Field f : Field.ALL) {
      double seen = 0;
      for (double v : counts[f.ordinal()]) {
        seen += v;
      }
      if (seen < 50) {
        u[f.ordinal()] = f.defaultU.clone();
      }
    }
    return u;
  }

  /** Counts the agreement patterns of candidate pairs, the input of {@link #em}. */
  public static void count(Comparison c, Map<Long, long[]> patterns) {
    patterns.computeIfAbsent(c.patternKey(), k -> new long[1])[0]++;
  }

  /** Result of expectation-maximisation: m, u among candidates, share of matches among candidates. */
  public record Em(double[][] m, double[][] u, double lambda, int iterations) {}

  /**
   * Expectation-maximisation of m, of u among these pairs, and of the share of matches, for the fields marked
   * {@code estimated}; the others are ignored. The u found here describes the candidate pairs, not random
   * pairs, so only m is meant to be kept.
   */
  public Em em(Map<Long, long[]> patterns, double[][] startM, double[][] startU, double startLambda,
      boolean[] estimated) {
    Decoded decoded = Decoded.of(patterns);
    int n = decoded.levels().length;
    int[][] levels = decoded.levels();
    double[] weights = decoded.weights();
    int fields = Field.ALL.length;
    double[][] m = deep(startM);
    double[][] u = deep(startU);
    double lambda = startLambda;
    int iteration = 0;
    double[] bits = new double[fields];
    for (; iteration < EM_ITERATIONS; iteration++) {
      double[][] mc = Field.levelCounts();
      double[][] uc = Field.levelCounts();
      double matchSum = 0;
      double total = 0;
      for (int p = 0; p < n; p++) {
        double prior = Math.log(lambda / (1 - lambda));
        double sum = prior;
        for (int f = 0; f < fields; f++) {
          int l = estimated[f] ? levels[p][f] : -1;
          bits[f] = l >= 0 ? Math.log(m[f][l] / u[f][l]) : 0;
          sum += bits[f];
        }
        double w = weights[p];
        double post = logistic(sum);
        matchSum += post * w;
        total += w;
        for (int f = 0; f < fields; f++) {
          int l = estimated[f] ? levels[p][f] : -1;
          if (l >= 0) {
            mc[f][l] += post * w;
            uc[f][l] += (1 - post) * w;
          }
        }
      }
      double[][] newM = normalise(mc);
      double[][] newU = normalise(uc);
      for (int f = 0; f < fields; f++) {
        if (!estimated[f]) {
          newM[f] = m[f];
          newU[f] = u[f];
        }
      }
      u = newU;
      double newLambda = Math.min(0.5, Math.max(1e-6, matchSum / total));
      double change = Math.abs(newLambda - lambda) + maxDiff(newM, m);
      m = newM;
      lambda = newLambda;
      if (change < 1e-5) {
        break;
      }
    }
    return new Em(m, u, lambda, iteration);
  }

  /**
   * Classification EM with one field left out at a time: the m of a field is measured on the pairs that the
   * other fields alone make near-certain matches. Leaving the field out of the selection keeps its estimate
   * unbiased when fields are independent given the match status, and unlike soft EM over all fields it does
   * not drift towards "same family" or "same country", which candidate pairs share far more often than
   * random pairs.
   *
   * @param priorBits log2 prior odds of a match for one candidate pair
   * @param certainty posterior (without the field) above which a pair counts as a match
   */
  public Em crossFieldM(Map<Long, long[]> patterns, double[][] startM, double[][] u, double priorBits,
      double certainty, int iterations) {
    Decoded decoded = Decoded.of(patterns);
    int n = decoded.levels().length;
    int[][] levels = decoded.levels();
    double[] weights = decoded.weights();
    int fields = Field.ALL.length;
    double[][] m = deep(startM);
    double threshold = Math.log(certainty / (1 - certainty)) / Math.log(2);
    double[] bits = new double[fields];
    double matches = 0;
    int iteration = 0;
    for (; iteration < iterations; iteration++) {
      double[][] mc = Field.levelCounts();
      matches = 0;
      for (int p = 0; p < n; p++) {
        double sum = priorBits;
        for (int f = 0; f < fields; f++) {
          int l = levels[p][f];
          bits[f] = l >= 0 ? Math.log(m[f][l] / u[f][l]) / Math.log(2) : 0;
          sum += bits[f];
        }
        matches += logistic(sum * Math.log(2)) * weights[p];
        for (int f = 0; f < fields; f++) {
          int l = levels[p][f];
          if (l >= 0 && sum - bits[f] >= threshold && anchored(f, levels[p])) {
            mc[f][l] += weights[p];
          }
        }
      }
      double[][] newM = normalise(mc);
      for (int f = 0; f < fields; f++) {
        double seen = 0;
        for (double v : mc[f]) {
          seen += v;
        }
        if (seen < 30) {
          newM[f] = m[f];
        }
      }
      double change = maxDiff(newM, m);
      m = newM;
      if (change < 1e-4) {
        break;
      }
    }
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    return new Em(m, u, matches / Math.max(1, total), iteration);
  }

  /**
   * Siblings agree on family name, parents, places and separation, so they pass for the same child when the
   * given name or the birth date is left out. The given name is therefore measured only on pairs whose birth
   * dates agree, and the birth date only on pairs whose given names agree.
   */
  public static boolean anchored(int field, int[] levels) {
    if (field == GIVEN) {
      int dob = levels[DOB];
      return dob >= 0 && dob <= BirthLevels.WITHIN_PRECISION;
    }
    if (field == DOB) {
      int given = levels[GIVEN];
      return given >= 0 && given <= NameLevels.CLOSE;
    }
    return true;
  }

  private static final int GIVEN = Field.GIVEN_NAME.ordinal();
  private static final int DOB = Field.DATE_OF_BIRTH.ordinal();

  private static double logistic(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  private static double maxDiff(double[][] a, double[][] b) {
    double d = 0;
    for (int f = 0; f < a.length; f++) {
      for (int l = 0; l < a[f].length; l++) {
        d = Math.max(d, Math.abs(a[f][l] - b[f][l]));
      }
    }
    return d;
  }

  private static double[][] normalise(double[][] counts) {
    double[][] p = new double[counts.length][];
    for (int f = 0; f < counts.length; f++) {
      double sum = 0;
      for (double v : counts[f]) {
        sum += v + PSEUDO;
      }
      p[f] = new double[counts[f].length];
      for (int l = 0; l < counts[f].length; l++) {
        p[f][l] = (counts[f][l] + PSEUDO) / sum;
      }
    }
    return p;
  }

  private static double[][] deep(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  static Map<Long, long[]> newPatterns() {
    return new HashMap<>();
  }

  /** Comparison patterns decoded into their field levels, with how many pairs show each. */
  private record Decoded(int[][] levels, double[] weights) {
    static Decoded of(Map<Long, long[]> patterns) {
      int[][] levels = new int[patterns.size()][];
      double[] weights = new double[patterns.size()];
      int i = 0;
      for (Map.Entry<Long, long[]> e : patterns.entrySet()) {
        levels[i] = Comparison.decode(e.getKey());
        weights[i] = e.getValue()[0];
        i++;
      }
      return new Decoded(levels, weights);
    }
  }
}
