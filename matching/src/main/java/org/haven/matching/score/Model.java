package org.haven.matching.score;

import java.util.Locale;
import org.haven.matching.Decision;
import org.haven.matching.compare.Comparison;
import org.haven.matching.compare.Field;

/**
 * Fellegi-Sunter weights: for each field and level, log2(m/u) bits; a prior for the pair; thresholds on the
 * resulting probability. Immutable, so a new model can replace the old one while queries run.
 */
public final class Model {
  /** No single field may outweigh all the others together; guards against unstable estimates. */
  private static final double MAX_FIELD_BITS = 12;
  private static final int PLACE = Field.PLACE_OF_ORIGIN.ordinal();
  private static final int NATIONALITY = Field.NATIONALITY.ordinal();
  private static final int FATHER = Field.FATHER_NAME.ordinal();
  private static final int MOTHER = Field.MOTHER_NAME.ordinal();

  private final double[][] m;
  private final double[][] u;
  private final double[][] weight;
  /**
   * Place weights for pairs of the same nationality: places within one country agree far more often than
   * places in general, and the nationality has already been counted.
   */
  private final double[] placeWeightSameNationality;
  private final double priorBits;
  private final double matchThreshold;
  private final double reviewThreshold;

  public Model(double[][] m, double[][] u, double priorBits, double matchThreshold, double reviewThreshold) {
    this.m = copy(m);
    this.u = copy(u);
    this.priorBits = priorBits;
    this.matchThreshold = matchThreshold;
    this.reviewThreshold = reviewThreshold;
    if (u.length != m.length + 1) {
      throw new IllegalArgumentException("u needs one row per field plus place among same nationality");
    }
    weight = new double[m.length][];
    for (int f = 0; f < m.length; f++) {
      weight[f] = new double[m[f].length];
      for (int l = 0; l < m[f].length; l++) {
        double w = Math.log(m[f][l] / u[f][l]) / Math.log(2);
        weight[f][l] = Math.max(-MAX_FIELD_BITS, Math.min(MAX_FIELD_BITS, w));
      }
    }
    int place = Field.PLACE_OF_ORIGIN.ordinal();
    placeWeightSameNationality = new double[m[place].length];
    for (int l = 0; l < m[place].length; l++) {
      double w = Math.log(m[place][l] / u[u.length - 1][l]) / Math.log(2);
      placeWeightSameNationality[l] = Math.max(-MAX_FIELD_BITS, Math.min(MAX_FIELD_BITS, w));
    }
  }

  /** Starting model: textbook probabilities, and a prior of one match among {@code population} records. */
  public static Model defaults(int population) {
    double[][] m = new double[Field.ALL.length][];
    double[][] u = new double[Field.ALL.length + 1][];
    for (Field f : Field.ALL) {
      m[f.ordinal()] = f.defaultM.clone();
      u[f.ordinal()] = f.defaultU.clone();
    }
    u[Field.ALL.length] = new double[] {0.2, 0.05, 0.75};
    return new Model(m, u, priorFor(1.0, Math.max(population, 1000)), 0.95, 0.2);
  }

  /** Prior in bits when {@code expectedMatches} true matches are expected among {@code candidates} records. */
  public static double priorFor(double expectedMatches, double candidates) {
    double p = Math.min(0.5, expectedMatches / candidates);
    return Math.log(p / (1 - p)) / Math.log(2);
  }

  public Model withPrior(double bits) {
    return new Model(m, u, bits, matchThreshold, reviewThreshold);
  }

  public Model withThresholds(double match, double review) {
    return new Model(m, u, priorBits, match, review);
  }

  public Model withM(double[][] newM) {
    return new Model(newM, u, priorBits, matchThreshold, reviewThreshold);
  }

  public Model withU(double[][] newU) {
    return new Model(m, newU, priorBits, matchThreshold, reviewThreshold);
  }

  public double fieldBits(Comparison c, int field, TermStats terms) {
    int level = c.level[field];
    if (level < 0) {
      return 0;
    }
    double w = field == PLACE && c.level[NATIONALITY] == 0 ? placeWeightSameNationality[level]
        : weight[field][level];
    if (level <= (field == FATHER || field == MOTHER ? 0 : 1) && Field.ALL[field].termFrequency() && c.agreeing[field] != null && terms != null) {
      w += terms.adjustment(c.agreeing[field]);
    }
    return w;
  }

  /** Total evidence in bits, prior included. */
  public double bits(Comparison c, TermStats terms) {
    double s = priorBits;
    for (int f = 0; f < weight.length; f++) {
      s += fieldBits(c, f, terms);
    }
    return s;
  }

  public static double probability(double bits) {
    return 1.0 / (1.0 + Math.pow(2, -bits));
  }

  public Decision decide(double probability) {
    return probability >= matchThreshold ? Decision.MATCH
        : probability >= reviewThreshold ? Decision.REVIEW : Decision.DIFFERENT;
  }

  /** Evidence per present field, e.g. {@code given_name:+5.2 family_name:+3.1 date_of_birth:-2.0}. */
  public String explain(Comparison c, TermStats terms) {
    StringBuilder out = new StringBuilder();
    for (int f = 0; f < weight.length; f++) {
      if (c.level[f] < 0) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Field.ALL[f].label).append(':')
          .append(String.format(Locale.ROOT, "%+.1f", fieldBits(c, f, terms)));
    }
    return out.toString();
  }

  public double matchThreshold() {
    return matchThreshold;
  }

  public double reviewThreshold() {
    return reviewThreshold;
  }

  public double priorBits() {
    return priorBits;
  }

  public double[][] m() {
    return copy(m);
  }

  public double[][] u() {
    return copy(u);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "prior %.2f bits%n", priorBits));
    for (Field f : Field.ALL) {
      s.append(String.format(Locale.ROOT, "%-17s", f.label));
      for (int l = 0; l < f.levels(); l++) {
        s.append(String.format(Locale.ROOT, " m=%.3f u=%.4f w=%+.1f |", m[f.ordinal()][l], u[f.ordinal()][l],
            weight[f.ordinal()][l]));
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
