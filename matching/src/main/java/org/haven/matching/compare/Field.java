package org.haven.matching.compare;

/**
 * The compared fields, their number of agreement levels (level 0 is the strongest agreement, the last level
 * is disagreement) and default probabilities: m (level given the same child) and u (level given two random
 * children). The defaults for m are typical of registrations and tracing requests with transliteration
 * variants, typos, dropped parts and estimated ages; estimation from the data refines them.
 */
public enum Field {
  GIVEN_NAME("given_name", new double[] {0.45, 0.33, 0.07, 0.06, 0.09}, new double[] {0.01, 0.01, 0.02, 0.06, 0.90}),
  FAMILY_NAME("family_name", new double[] {0.45, 0.25, 0.06, 0.04, 0.20}, new double[] {0.01, 0.01, 0.02, 0.06, 0.90}),
  // By the levels of BirthLevels: same day, same month, one slip, within the precision of a year or an age,
  // within a year, within 2.5 years, the same two with an age on one side, apart. Apart is also the most a
  // measured estimate may put there (Training.measuredTrusted). Counted on the truth files, none of the
  // independent set's duplicates and 0.1% of its links were apart, 2.3% of our hardest set's links (an age or a
  // year against a date); at 3%, namesakes born years apart passed for one child, and 1% raised precision or
  // recall on the sets of both generators.
  DATE_OF_BIRTH("date_of_birth", new double[] {0.27, 0.05, 0.05, 0.32, 0.12, 0.06, 0.06, 0.06, 0.01},
      new double[] {0.0002, 0.004, 0.006, 0.05, 0.1, 0.16, 0.02, 0.04, 0.6198}),
  SEX("sex", new double[] {0.985, 0.015}, new double[] {0.5, 0.5}),
  NATIONALITY("nationality", new double[] {0.97, 0.03}, new double[] {0.2, 0.8}),
  PLACE_OF_ORIGIN("place_of_origin", new double[] {0.75, 0.15, 0.10}, new double[] {0.05, 0.02, 0.93}),
  // By the levels of ParentLevels: full name, first name, alike, different. A father's further part is mostly
  // the child's family name, which does not count, so his full name agrees less often than a mother's.
  FATHER_NAME("father_name", new double[] {0.1, 0.55, 0.27, 0.08}, new double[] {0.002, 0.028, 0.07, 0.90}),
  MOTHER_NAME("mother_name", new double[] {0.25, 0.4, 0.27, 0.08}, new double[] {0.002, 0.028, 0.07, 0.90}),
  // By the levels of SeparationLevels: the same day, within a month, two months, three months, a year, apart.
  SEPARATION_DATE("separation_date", new double[] {0.2, 0.3, 0.2, 0.1, 0.15, 0.05},
      new double[] {0.007, 0.03, 0.025, 0.025, 0.25, 0.663}),
  SEPARATION_PLACE("separation_place", new double[] {0.65, 0.17, 0.18}, new double[] {0.05, 0.02, 0.93}),
  // By the levels of AfterSeparationLevels, where one side records no separation date: the other side's
  // separation against the day this one was taken. Random pairs of a few years' registrations are taken before
  // the other's separation about as often as after it. These defaults and the next serve an index not yet
  // trained; estimation starts these two fields from no evidence (Training.withoutRecordingEvidence).
  RECORDED_AFTER_SEPARATION("recorded_after_separation", new double[] {0.75, 0.15, 0.07, 0.03},
      new double[] {0.2, 0.15, 0.25, 0.4}),
  // By the levels of RecordedOnLevels, where neither side records a separation date.
  RECORDED_ON("recorded_on", new double[] {0.5, 0.25, 0.15, 0.1}, new double[] {0.15, 0.13, 0.25, 0.47});

  public static final Field[] ALL = values();
  /** The most levels any field has. */
  public static final int MAX_LEVELS = java.util.Arrays.stream(ALL).mapToInt(Field::levels).max().orElse(0);

  public final String label;
  public final double[] defaultM;
  public final double[] defaultU;

  Field(String label, double[] m, double[] u) {
    this.label = label;
    this.defaultM = m;
    this.defaultU = u;
  }

  public int levels() {
    return defaultM.length;
  }

  /** A table of zeros, one per level of every field ({@code [field][level]}), to count agreement patterns in. */
  public static double[][] levelCounts() {
    double[][] z = new double[ALL.length][];
    for (Field f : ALL) {
      z[f.ordinal()] = new double[f.levels()];
    }
    return z;
  }

  /** A parent's name, compared by {@link ParentLevels}. */
  public boolean parent() {
    return this == FATHER_NAME || this == MOTHER_NAME;
  }

  /** Compares when the descriptions were taken (and the separation before that), not the child itself. */
  public boolean recording() {
    return this == RECORDED_AFTER_SEPARATION || this == RECORDED_ON;
  }

  /** Whether agreement on this field is weighted by how common the agreeing name is. */
  public boolean termFrequency() {
    return this == GIVEN_NAME || this == FAMILY_NAME || this == FATHER_NAME || this == MOTHER_NAME;
  }
}
