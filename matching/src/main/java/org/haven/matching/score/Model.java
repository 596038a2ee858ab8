package org.haven.matching.score;

import java.util.Locale;
import org.haven.matching.Decision;
import org.haven.matching.compare.Comparison;
import org.haven.matching.compare.Field;
import org.haven.matching.compare.ParentLevels;

/**
 * Fellegi-Sunter weights: for each field and level, log2(m/u) bits; a prior for the pair; thresholds on the
 * resulting probability. There are two u tables: one for pairs of the same (or an unknown) nationality,
 * one for pairs of different nationalities. Names and places agree by chance far more often within one
 * country than across countries, and candidate pairs are mostly from one country. Immutable, so a new
 * model can replace the old one while queries run.
 */
public final class Model {
  /** No single field may outweigh all the others together; guards against unstable estimates. */
  private static final double MAX_FIELD_BITS = 12;
  private static final int NATIONALITY = Field.NATIONALITY.ordinal();
  private static final int GIVEN = Field.GIVEN_NAME.ordinal();
  private static final int BIRTH = Field.DATE_OF_BIRTH.ordinal();
  private static final int SEX = Field.SEX.ordinal();
  private static final int FATHER = Field.FATHER_NAME.ordinal();
  /** The fields that tell one child of a family from another. */
  private static final int[] PERSON_FIELDS = {GIVEN, BIRTH, SEX};

  private final double[][] m;
  private final double[][] uAll;
  private final double[][] uSame;
  private final double[][] weightAll;
  private final double[][] weightSame;
  /** log2(m / u) against a brother or sister, for the person fields only. */
  private final double[][] siblingWeights;
  private final double priorBits;
  private final Siblings siblings;
  private final double matchThreshold;
  private final double reviewThreshold;

  public Model(double[][] m, double[][] uAll, double[][] uSame, double priorBits, double matchThreshold,
      double reviewThreshold) {
    this(m, uAll, uSame, priorBits, Siblings.DEFAULTS, matchThreshold, reviewThreshold);
  }

  public Model(double[][] m, double[][] uAll, double[][] uSame, double priorBits, Siblings siblings,
      double matchThreshold, double reviewThreshold) {
    this.m = copy(m);
    this.uAll = copy(uAll);
    this.uSame = copy(uSame);
    this.priorBits = priorBits;
    this.siblings = siblings;
    this.matchThreshold = matchThreshold;
    this.reviewThreshold = reviewThreshold;
    weightAll = weights(m, uAll);
    weightSame = weights(m, uSame);
    siblingWeights = new double[m.length][];
    siblingWeights[GIVEN] = weights(m[GIVEN], siblings.given());
    siblingWeights[BIRTH] = weights(m[BIRTH], siblings.birth());
    siblingWeights[SEX] = weights(m[SEX], uSame[SEX]);
  }

  private static double[][] weights(double[][] m, double[][] u) {
    double[][] w = new double[m.length][];
    for (int f = 0; f < m.length; f++) {
      w[f] = weights(m[f], u[f]);
    }
    return w;
  }

  private static double[] weights(double[] m, double[] u) {
    double[] w = new double[m.length];
    for (int l = 0; l < m.length; l++) {
      double bits = Math.log(m[l] / u[l]) / Math.log(2);
      w[l] = Math.max(-MAX_FIELD_BITS, Math.min(MAX_FIELD_BITS, bits));
    }
    return w;
  }

  /** Starting model: textbook probabilities, and a prior of one match among {@code population} records. */
  public static Model defaults(int population) {
    double[][] m = new double[Field.ALL.length][];
    double[][] u = new double[Field.ALL.length][];
    for (Field f : Field.ALL) {
      m[f.ordinal()] = f.defaultM.clone();
      u[f.ordinal()] = f.defaultU.clone();
    }
    return new Model(m, u, u, priorFor(1.0, Math.max(population, 1000)), Siblings.DEFAULTS, 0.96, 0.2);
  }

  /** Prior in bits when {@code expectedMatches} true matches are expected among {@code candidates} records. */
  public static double priorFor(double expectedMatches, double candidates) {
    double p = Math.min(0.5, expectedMatches / candidates);
    return Math.log(p / (1 - p)) / Math.log(2);
  }

  public Model withPrior(double bits) {
    return new Model(m, uAll, uSame, bits, siblings, matchThreshold, reviewThreshold);
  }

  public Model withThresholds(double match, double review) {
    return new Model(m, uAll, uSame, priorBits, siblings, match, review);
  }

  public Model withM(double[][] newM) {
    return new Model(newM, uAll, uSame, priorBits, siblings, matchThreshold, reviewThreshold);
  }

  public Model withU(double[][] all, double[][] sameNationality) {
    return new Model(m, all, sameNationality, priorBits, siblings, matchThreshold, reviewThreshold);
  }

  public double fieldBits(Comparison c, int field, TermStats terms) {
    int level = c.level[field];
    if (level < 0) {
      return field == FATHER && c.grandfatherAgrees ? grandfatherBits(c) : 0;
    }
    double w = weights(c)[field][level];
    boolean parent = Field.ALL[field].parent();
    // Levels 0 and 1 are the same name (exact or a variant) or, for a parent, the same first name.
    if (level <= 1 && Field.ALL[field].termFrequency() && c.agreeing[field] != null && terms != null) {
      // A parent's name by its frequency among the records of the child's nationality: Hasina is rare among
      // all mothers and one of the commonest among Rohingya mothers. Applied to the child's own names as well,
      // it cost recall on every data set, as Ukrainian given and family names, as concentrated, are good
      // evidence all the same.
      w += parent ? terms.adjustment(c.agreeing[field], c.community) : terms.adjustment(c.agreeing[field]);
    }
    return w;
  }

  /** The weights for the pair's nationalities: the same (or unknown), or different. */
  private double[][] weights(Comparison c) {
    return c.level[NATIONALITY] == 1 ? weightAll : weightSame;
  }

  /**
   * A father's full name agreeing where its first name is the family name, counted already: what the full name
   * adds to the first name alone. Between strangers with one family name, the further part (the grandfather's
   * name) agrees about as often as between any two fathers of one first name.
   */
  private double grandfatherBits(Comparison c) {
    double[] w = weights(c)[FATHER];
    return Math.max(0, w[ParentLevels.FULL_NAME] - w[ParentLevels.FIRST_NAME]);
  }

  /**
   * Evidence in bits, prior included, of every field but one, as if neither side recorded it. With
   * {@code againstSiblings} false, only against a child of another family. The field is marked missing in
   * {@code c} during the call only.
   */
  public double bitsWithout(Comparison c, int field, TermStats terms, boolean againstSiblings) {
    int level = c.level[field];
    c.level[field] = Comparison.MISSING;
    try {
      return againstSiblings ? bits(c, terms) : againstOthers(c, terms);
    } finally {
      c.level[field] = level;
    }
  }

  /** Total evidence in bits, prior included. */
  public double bits(Comparison c, TermStats terms) {
    return combined(againstOthers(c, terms), siblingBits(c));
  }

  /**
   * Evidence against a child of another family, prior included: every field, with the family's support
   * capped ({@link #familyCap}).
   */
  private double againstOthers(Comparison c, TermStats terms) {
    double person = 0;
    double familySupport = 0;
    double familyAgainst = 0;
    for (int f = 0; f < m.length; f++) {
      double w = fieldBits(c, f, terms);
      if (!FAMILY_FIELDS[f]) {
        person += w;
      } else if (w > 0) {
        familySupport += w;
      } else {
        familyAgainst += w;
      }
    }
    return priorBits + person + Math.min(familySupport, familyCap()) + familyAgainst;
  }

  /**
   * Evidence against a brother or sister of the child, prior included: only the person fields count, since
   * a sibling shares the family's fields as the child itself does. Twins share the birth date, and brothers
   * are often given the same first name (Mohammed Ali, Mohammed Omar), so these fields weigh less against
   * a sibling than against a stranger.
   */
  private double siblingBits(Comparison c) {
    double bits = -Math.log(siblings.ratio()) / Math.log(2);
    for (int f : PERSON_FIELDS) {
      int level = c.level[f];
      if (level >= 0) {
        bits += siblingWeights[f][level];
      }
    }
    return bits;
  }

  /**
   * Posterior odds of a match against the two ways of being wrong, a child of another family and a brother
   * or sister of the child: the inverse odds add up.
   */
  private static double combined(double againstOthers, double againstSibling) {
    return -Math.log(Math.pow(2, -againstOthers) + Math.pow(2, -againstSibling)) / Math.log(2);
  }

  /**
   * Family name, parents, origin, nationality and separation describe the child's family, and brothers and
   * sisters share all of them (they are often separated together). Fellegi-Sunter would add them up as if
   * independent and call a sibling the same child. Their support is therefore capped just short of
   * certainty that the family is the same; which child of the family it is must come from the given name,
   * the birth date and the sex.
   */
  private double familyCap() {
    return Math.max(4, -priorBits - 1);
  }

  private double familyScale(Comparison c, TermStats terms) {
    double support = 0;
    for (int f = 0; f < m.length; f++) {
      if (FAMILY_FIELDS[f]) {
        support += Math.max(0, fieldBits(c, f, terms));
      }
    }
    return support > familyCap() ? familyCap() / support : 1;
  }

  private static final boolean[] FAMILY_FIELDS = new boolean[Field.ALL.length];

  static {
    for (Field f : new Field[] {Field.FAMILY_NAME, Field.NATIONALITY, Field.PLACE_OF_ORIGIN, Field.FATHER_NAME,
        Field.MOTHER_NAME, Field.SEPARATION_DATE, Field.SEPARATION_PLACE, Field.RECORDED_AFTER_SEPARATION,
        Field.RECORDED_ON}) {
      FAMILY_FIELDS[f.ordinal()] = true;
    }
  }

  public static double probability(double bits) {
    return 1.0 / (1.0 + Math.pow(2, -bits));
  }

  public Decision decide(double probability) {
    return probability >= matchThreshold ? Decision.MATCH
        : probability >= reviewThreshold ? Decision.REVIEW : Decision.DIFFERENT;
  }

  /**
   * The decision for a pair whose given names may disagree. Such a pair is at most a case for review,
   * however likely: twins agree on everything else (family, parents, places, the day of birth), and how
   * often one child is registered under two unrelated first names cannot be told from the data apart from
   * how often twins are registered, since both look alike in every other field. Letting a person look
   * raised the precision of duplicates on generated registrations from 0.920 to 0.951 for a recall of 0.927
   * against 0.930; a pair of records of one child under two names is still found, as review.
   */
  public Decision decide(double probability, boolean givenNamesDisagree) {
    Decision d = decide(probability);
    return d == Decision.MATCH && givenNamesDisagree ? Decision.REVIEW : d;
  }

  /**
   * Evidence per present field, e.g. {@code given_name:+5.2 family_name:+3.1 date_of_birth:-2.0}; family
   * support is shown as it counts, after the cap.
   */
  public String explain(Comparison c, TermStats terms) {
    StringBuilder out = new StringBuilder();
    double scale = familyScale(c, terms);
    for (int f = 0; f < m.length; f++) {
      if (c.level[f] < 0 && !(f == FATHER && c.grandfatherAgrees)) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      double w = fieldBits(c, f, terms);
      if (FAMILY_FIELDS[f] && w > 0) {
        w *= scale;
      }
      out.append(Field.ALL[f].label).append(':').append(String.format(Locale.ROOT, "%+.1f", w));
    }
    double others = againstOthers(c, terms);
    double sibling = combined(others, siblingBits(c)) - others;
    if (sibling <= -0.05) {
      out.append(String.format(Locale.ROOT, " sibling:%+.1f", sibling));
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

  /** u for pairs of the same or an unknown nationality. */
  public double[][] uSameNationality() {
    return copy(uSame);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "prior %.2f bits%n", priorBits));
    for (Field f : Field.ALL) {
      s.append(String.format(Locale.ROOT, "%-17s", f.label));
      for (int l = 0; l < f.levels(); l++) {
        s.append(String.format(Locale.ROOT, " m=%.3f u=%.4f/%.4f w=%+.1f |", m[f.ordinal()][l],
            uSame[f.ordinal()][l], uAll[f.ordinal()][l], weightSame[f.ordinal()][l]));
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
